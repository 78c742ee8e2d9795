package vn.antq.models.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The indicators a commune reports each cycle (CONTRACT.md), each a count ≥ 0. */
public record Indicators(
        long outreachSessions,
        long attendees,
        long tips,
        long valuableTips,
        long casesResolved,
        long suspectsHandled,
        long camerasInstalled,
        long weaponsHandedIn,
        long householdsCommitted) {

    /** Form keys, in the order the report form shows them. */
    public static final List<String> KEYS = List.of(
            "outreachSessions",
            "attendees",
            "tips",
            "valuableTips",
            "casesResolved",
            "suspectsHandled",
            "camerasInstalled",
            "weaponsHandedIn",
            "householdsCommitted");

    public static Indicators of(Map<String, Long> values) {
        return new Indicators(
                values.get("outreachSessions"),
                values.get("attendees"),
                values.get("tips"),
                values.get("valuableTips"),
                values.get("casesResolved"),
                values.get("suspectsHandled"),
                values.get("camerasInstalled"),
                values.get("weaponsHandedIn"),
                values.get("householdsCommitted"));
    }

    public Map<String, Long> asMap() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("outreachSessions", outreachSessions);
        m.put("attendees", attendees);
        m.put("tips", tips);
        m.put("valuableTips", valuableTips);
        m.put("casesResolved", casesResolved);
        m.put("suspectsHandled", suspectsHandled);
        m.put("camerasInstalled", camerasInstalled);
        m.put("weaponsHandedIn", weaponsHandedIn);
        m.put("householdsCommitted", householdsCommitted);
        return m;
    }
}
