package vn.antq.models.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Malformed and malicious values for one form field, in the engine REST API's variable shape
 * ({"value": ..., "type": ...}). {@code null} as a value means: leave the field out.
 */
final class HostileValues {

    record Value(String label, Map<String, Object> variable) {}

    private HostileValues() {}

    static Map<String, Object> typed(Object value, String type) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("value", value);
        if (type != null) {
            v.put("type", type);
        }
        return v;
    }

    static List<Value> all() {
        List<Value> v = new ArrayList<>();
        String deep = "<div>".repeat(3000) + "sâu" + "</div>".repeat(3000);
        // missing and wrong types
        v.add(new Value("missing", null));
        v.add(new Value("null", typed(null, "Null")));
        v.add(new Value("empty", typed("", "String")));
        v.add(new Value("blank", typed("   \t  ", "String")));
        v.add(new Value("integer", typed(42, "Integer")));
        v.add(new Value("negative long", typed(-7, "Long")));
        v.add(new Value("huge long", typed(Long.MAX_VALUE, "Long")));
        v.add(new Value("double", typed(2.75, "Double")));
        v.add(new Value("boolean", typed(true, "Boolean")));
        v.add(new Value("date type", typed("2025-01-01T00:00:00.000+0000", "Date")));
        v.add(new Value("json array", typed("[1,2,3]", "Json")));
        v.add(new Value("json object", typed("{\"unitCode\":\"QT0001\"}", "Json")));
        v.add(new Value("bytes", typed("AAEC", "Bytes")));
        v.add(new Value(
                "java serialized object",
                Map.of(
                        "value",
                        "rO0ABXQAA2FiYw==",
                        "type",
                        "Object",
                        "valueInfo",
                        Map.of(
                                "objectTypeName",
                                "java.lang.String",
                                "serializationDataFormat",
                                "application/x-java-serialized-object"))));
        v.add(new Value("unknown type", typed("x", "Rocket")));
        // every variable type the REST API knows, as no form field sends it
        v.add(new Value(
                "object json url",
                Map.of(
                        "value",
                        "\"http://evil.example/\"",
                        "type",
                        "Object",
                        "valueInfo",
                        Map.of("objectTypeName", "java.net.URL", "serializationDataFormat", "application/json"))));
        v.add(new Value(
                "object json list",
                Map.of(
                        "value",
                        "[\"QB0102\"]",
                        "type",
                        "Object",
                        "valueInfo",
                        Map.of(
                                "objectTypeName",
                                "java.util.ArrayList",
                                "serializationDataFormat",
                                "application/json"))));
        v.add(new Value(
                "object no format",
                Map.of("value", "abc", "type", "Object", "valueInfo", Map.of("objectTypeName", "java.lang.String"))));
        v.add(new Value("object no value info", typed("abc", "Object")));
        v.add(new Value("json broken", typed("{\"a\": [1, 2", "Json")));
        v.add(new Value("json deep", typed("[".repeat(5000) + "]".repeat(5000), "Json")));
        v.add(new Value("json list", typed("[\"QB0102\"]", "Json")));
        v.add(new Value("xml", typed("<a><b>x</b></a>", "Xml")));
        v.add(new Value("xml broken", typed("<a><b>", "Xml")));
        v.add(new Value(
                "file",
                Map.of(
                        "value",
                        "AAEC",
                        "type",
                        "File",
                        "valueInfo",
                        Map.of("filename", "a.txt", "mimetype", "text/plain"))));
        v.add(new Value("date garbage", typed("hôm qua", "Date")));
        v.add(new Value("date as number", typed(1_700_000_000_000L, "Date")));
        v.add(new Value("short", typed(12, "Short")));
        v.add(new Value("string typed number", typed("12", "Long")));
        v.add(new Value("value object", typed(Map.of("unitCode", "QT0001"), null)));
        v.add(new Value("value list", typed(List.of("QB0102"), null)));
        v.add(new Value("type not text", Map.of("value", "x", "type", 7)));
        // sizes
        v.add(new Value("10k", typed("a".repeat(10_000), "String")));
        v.add(new Value("300k", typed("ư".repeat(300_000), "String")));
        v.add(new Value("deep html", typed(deep, "String")));
        // markup and scripts
        v.add(new Value("script", typed("<script>alert('xss')</script>Tổ an ninh", "String")));
        v.add(new Value("img onerror", typed("<img src=x onerror=alert(1)>Ảnh", "String")));
        v.add(new Value("svg onload", typed("<svg onload=alert(1)><p>Vẽ</p></svg>", "String")));
        v.add(new Value("javascript link", typed("<a href=\"javascript:alert(1)\">bấm</a>", "String")));
        v.add(new Value("data link", typed("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>", "String")));
        v.add(new Value("iframe", typed("<iframe src=\"https://evil.example\"></iframe>Khung", "String")));
        v.add(new Value(
                "style",
                typed("<p style=\"position:fixed;top:0\">che</p><style>body{display:none}</style>", "String")));
        v.add(new Value("event in allowed tag", typed("<p onclick=\"steal()\" onmouseover=x>đoạn</p>", "String")));
        v.add(new Value("broken markup", typed("<p><b>chưa đóng <i>thẻ", "String")));
        v.add(new Value("comment", typed("<!-- <script>x</script> -->ghi chú", "String")));
        v.add(new Value("entity script", typed("&lt;script&gt;alert(1)&lt;/script&gt;", "String")));
        v.add(new Value("uppercase script", typed("<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "String")));
        // injection strings
        v.add(new Value("sql quote", typed("'; drop table security_model; --", "String")));
        v.add(new Value("sql or", typed("\" or 1=1 --", "String")));
        v.add(new Value("el expression", typed("${7*7}", "String")));
        v.add(new Value("el bean", typed("${execution.getProcessEngineServices().getRuntimeService()}", "String")));
        v.add(new Value("spel", typed("#{T(java.lang.Runtime).getRuntime().exec('id')}", "String")));
        v.add(new Value("thymeleaf", typed("__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "String")));
        v.add(new Value("mustache", typed("{{7*7}} {{constructor.constructor('alert(1)')()}}", "String")));
        v.add(new Value("feel", typed("=\"a\" + modelName", "String")));
        // control characters and unicode
        v.add(new Value("nul and bell", typed("Tổ\u0000an\u0007ninh", "String")));
        v.add(new Value("rtl override", typed("Mô hình \u202Egnp.exe", "String")));
        v.add(new Value("zero width", typed("Mô\u200Bhình\uFEFF", "String")));
        v.add(new Value("combining marks", typed("Lo\u0323\u0302c Thu\u0309y an toa\u0300n", "String")));
        v.add(new Value("emoji", typed("Tổ an ninh 🚓👮", "String")));
        v.add(new Value("lone surrogate", typed("x\uD800y", "String")));
        // dates
        v.add(new Value("date month 13", typed("2025-13-01", "String")));
        v.add(new Value("date feb 30", typed("2025-02-30", "String")));
        v.add(new Value("date words", typed("hôm qua", "String")));
        v.add(new Value("date far future", typed("9999-12-31", "String")));
        v.add(new Value("date short", typed("2025-1-1", "String")));
        // unit codes smuggled as values
        v.add(new Value("unit code", typed("QT0001", "String")));
        return v;
    }
}
