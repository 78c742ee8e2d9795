package vn.antq.models.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.antq.models.common.Messages;
import vn.antq.models.mail.ReminderPreferences;
import vn.antq.models.security.Official;
import vn.antq.models.security.OfficialService;

@RestController
class MeController {

    private final CurrentOfficial current;
    private final ReminderPreferences preferences;
    private final Messages messages;
    private final OfficialService officials;

    MeController(
            CurrentOfficial current, ReminderPreferences preferences, Messages messages, OfficialService officials) {
        this.current = current;
        this.preferences = preferences;
        this.messages = messages;
        this.officials = officials;
    }

    @GetMapping("/api/me")
    Map<String, Object> me(HttpServletRequest request) {
        Official o = current.of(request);
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("login", o.login());
        me.put("name", officials.name(o.login()));
        me.put("unitCode", o.unit() == null ? null : o.unit().getCode());
        me.put("unitName", o.unit() == null ? null : o.unit().getName());
        me.put("unitLevel", o.unit() == null ? null : o.unit().getLevel());
        me.put("roles", o.roles());
        me.put("reminders", preferences.of(o.login()));
        return me;
    }

    /** {"mode": "EACH"} for each reminder on its own, {"mode": "DIGEST"} for one e-mail a day. */
    @PutMapping(path = "/api/me/reminders", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> reminders(HttpServletRequest request, @RequestBody Map<String, Object> body) {
        Official o = current.of(request);
        Object mode = body == null ? null : body.get("mode");
        ReminderPreferences.Mode chosen;
        try {
            chosen = ReminderPreferences.Mode.valueOf(String.valueOf(mode));
        } catch (IllegalArgumentException e) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST, "mode", messages.get("api.param", "mode", messages.get("api.badChoice")));
        }
        preferences.set(o.login(), chosen);
        return Map.of("login", o.login(), "reminders", chosen);
    }
}
