package vn.antq.models.support;

import java.util.Map;

/** Which demo login acts above which demo commune (CONTRACT.md; commune5 is the tests' own, see {@link ExtraCommune}). */
public final class Officials {

    public record Chain(String commune, String district, String province) {}

    private static final Map<String, Chain> CHAINS = Map.of(
            "commune1", new Chain("commune1", "district1", "province1"),
            "commune2", new Chain("commune2", "district1", "province1"),
            "commune3", new Chain("commune3", "district2", "province1"),
            "commune4", new Chain("commune4", null, "province2"),
            "commune5", new Chain("commune5", "district2", "province1"));

    private Officials() {}

    public static Chain above(String commune) {
        return CHAINS.get(commune);
    }
}
