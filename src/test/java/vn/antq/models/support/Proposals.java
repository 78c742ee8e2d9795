package vn.antq.models.support;

import java.util.HashMap;
import java.util.Map;

/** A proposal form as a commune fills it in; tests change one field at a time. */
public final class Proposals {

    private Proposals() {}

    public static Map<String, Object> valid(String name) {
        Map<String, Object> v = new HashMap<>();
        v.put("modelName", name);
        v.put("field", "RESIDENTIAL");
        v.put("hostType", "RESIDENTIAL_AREA");
        v.put("decisionNo", "15/QĐ-UBND");
        v.put("foundedOn", "2024-03-01");
        v.put("leaderName", "Nguyễn Văn Tâm");
        v.put("leaderPhone", "0912 345 678");
        v.put("members", 12L);
        v.put("goals", "<p>Lắp đặt <b>camera an ninh</b> tại các ngõ xóm.</p>");
        v.put("activities", "<ul><li>Tuần tra ban đêm</li><li>Trực camera</li></ul>");
        v.put("funding", "Xã hội hóa");
        return v;
    }

    public static Map<String, Object> with(String name, String key, Object value) {
        Map<String, Object> v = valid(name);
        v.put(key, value);
        return v;
    }

    public static Map<String, Object> decision(String decision, String reason) {
        Map<String, Object> v = new HashMap<>();
        v.put("decision", decision);
        if (reason != null) {
            v.put("reason", reason);
        }
        return v;
    }
}
