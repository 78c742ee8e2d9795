package vn.antq.models.api;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.antq.models.absence.AbsenceProcess;
import vn.antq.models.common.Messages;
import vn.antq.models.mail.ReminderPreferences;
import vn.antq.models.security.Absence;
import vn.antq.models.security.Absences;
import vn.antq.models.security.Official;
import vn.antq.models.security.OfficialService;

@RestController
class MeController {

    private final CurrentOfficial current;
    private final ReminderPreferences preferences;
    private final Messages messages;
    private final OfficialService officials;

    private final Absences absences;
    private final AbsenceProcess absenceProcess;

    MeController(
            CurrentOfficial current,
            ReminderPreferences preferences,
            Messages messages,
            OfficialService officials,
            Absences absences,
            AbsenceProcess absenceProcess) {
        this.absences = absences;
        this.absenceProcess = absenceProcess;
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

    /** The webapps' CSRF token of the caller's session, for writes from the pages outside /camunda; null without one. */
    @GetMapping("/api/me/csrf")
    Map<String, Object> csrf(HttpServletRequest request) {
        current.of(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("header", "X-XSRF-TOKEN");
        body.put(
                "token",
                vn.antq.models.security.ApiSecurity.sessionCsrfToken(request).orElse(null));
        return body;
    }

    /** Who may stand in for the caller: the other officials of their unit. */
    @GetMapping("/api/me/colleagues")
    List<Map<String, Object>> colleagues(HttpServletRequest request) {
        Official o = current.of(request);
        return absences.colleagues(o).stream()
                .map(c -> Map.<String, Object>of("login", c.login(), "name", officials.name(c.login())))
                .toList();
    }

    /** The caller's absence now or to come ({@code absence}: null when none). */
    @GetMapping("/api/me/absence")
    Map<String, Object> absence(HttpServletRequest request) {
        Official o = current.of(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("absence", absences.of(o.login()).map(this::view).orElse(null));
        return body;
    }

    /**
     * {"from": "2026-12-10", "to": "2026-12-20", "standIn": "login"}: the caller is away on those days
     * (both included) and a colleague of their unit stands in; replaces a record not yet over.
     */
    @PutMapping(path = "/api/me/absence", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> recordAbsence(HttpServletRequest request, @RequestBody Map<String, Object> body) {
        Official o = current.of(request);
        Map<String, Object> b = body == null ? Map.of() : body;
        Absence a = absenceProcess.record(o, day(b, "from"), day(b, "to"), text(b, "standIn"));
        return Map.of("absence", view(a));
    }

    /** Ends the caller's absence now (or cancels one to come); what the stand-in took stays with them. */
    @DeleteMapping("/api/me/absence")
    Map<String, Object> endAbsence(HttpServletRequest request) {
        Official o = current.of(request);
        return absenceProcess
                .end(o)
                .map(a -> Map.<String, Object>of("ended", view(a)))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "absence", messages.get("absence.none")));
    }

    private Map<String, Object> view(Absence a) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("from", a.getStartsOn());
        v.put("to", a.getEndsOn());
        v.put("standIn", a.getStandIn());
        v.put("standInName", officials.name(a.getStandIn()));
        v.put("processInstanceId", a.getProcessInstanceId());
        return v;
    }

    private LocalDate day(Map<String, Object> body, String field) {
        String v = text(body, field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, field, messages.refusal(field, "problem.notDate"));
        }
    }

    private String text(Map<String, Object> body, String field) {
        Object v = body.get(field);
        if (v != null && !(v instanceof String)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, field, messages.refusal(field, "problem.notText"));
        }
        String s = vn.antq.models.common.UserText.normalise((String) v);
        return s == null || s.isEmpty() ? null : s;
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
