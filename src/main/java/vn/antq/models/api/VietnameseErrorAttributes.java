package vn.antq.models.api;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import vn.antq.models.common.Messages;

/**
 * What Spring's error handling answers when nothing else did (an unknown {@code /api} path, a
 * method not allowed, a request the servlet container refused): JSON with the status and a
 * Vietnamese {@code error} and {@code message}, never the English reason phrase. Browsers get
 * the pages in {@code static/error/} (403, 404, 5xx) instead of the Whitelabel page.
 */
@Component
class VietnameseErrorAttributes extends DefaultErrorAttributes {

    private final Messages messages;

    VietnameseErrorAttributes(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object status = attributes.get("status");
        int code = status instanceof Integer i ? i : 500;
        String key = switch (code) {
            case 400, 401, 403, 404, 405, 413, 415 -> "error." + code;
            default -> code >= 500 ? "error.5xx" : "error.4xx";
        };
        String text = messages.get(key);
        attributes.put("error", text);
        attributes.put("message", text);
        return attributes;
    }
}
