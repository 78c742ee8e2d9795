package vn.antq.models.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.antq.models.common.Messages;

/** Every refusal from {@code /api} as JSON: status, field (for bad input) and a Vietnamese message. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
public class ApiErrors {

    private final Messages messages;

    public ApiErrors(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> api(ApiException e) {
        return body(e.getStatus(), e.getField(), e.getMessage());
    }

    /** A service's refusal of one field (a form rule applied to a request body), in its own words. */
    @ExceptionHandler(vn.antq.models.common.FieldRefusal.class)
    ResponseEntity<Map<String, Object>> refused(vn.antq.models.common.FieldRefusal e) {
        return body(HttpStatus.BAD_REQUEST, e.getField(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> typeMismatch(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST, e.getName(), messages.get("api.badParameter", e.getName()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        return body(
                HttpStatus.BAD_REQUEST,
                e.getParameterName(),
                messages.get("api.missingParameter", e.getParameterName()));
    }

    /** A multipart upload that cannot be parsed (no boundary, cut off): the request is at fault. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<Map<String, Object>> multipart(org.springframework.web.multipart.MultipartException e) {
        return body(HttpStatus.BAD_REQUEST, null, messages.get("api.badMultipart"));
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String field, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        if (field != null) {
            body.put("field", field);
        }
        body.put("message", message);
        return ResponseEntity.status(status).body(body);
    }
}
