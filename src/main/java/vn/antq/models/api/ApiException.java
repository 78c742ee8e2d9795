package vn.antq.models.api;

import org.springframework.http.HttpStatus;

/** An answer other than 200 from {@code /api}, with a Vietnamese message and, for bad input, the field. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    public ApiException(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public HttpStatus getStatus() {
        return status;
    }

    public String getField() {
        return field;
    }
}
