package vn.antq.models.api;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.antq.models.common.Messages;
import vn.antq.models.onboarding.Invitations;

/** The set-password page's one call, behind no login: the one-time token is the proof. */
@RestController
class InvitationController {

    record NewPassword(String token, String password, String passwordAgain) {}

    private final Invitations invitations;
    private final Messages messages;

    InvitationController(Invitations invitations, Messages messages) {
        this.invitations = invitations;
        this.messages = messages;
    }

    @PostMapping(path = "/api/invitations/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> setPassword(@RequestBody NewPassword body) {
        String refusal = invitations.setPassword(body.token(), body.password(), body.passwordAgain());
        if (refusal != null) {
            HttpStatus status = "invitation.notUsable".equals(refusal) ? HttpStatus.GONE : HttpStatus.BAD_REQUEST;
            throw new ApiException(
                    status,
                    "invitation.notUsable".equals(refusal) ? "token" : "password",
                    messages.get(refusal, Invitations.MIN_PASSWORD));
        }
        return Map.of("status", 200, "message", messages.get("invitation.done"));
    }
}
