package vn.antq.models.mail;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import vn.antq.models.security.Privileged;

/** Whether an official wants each reminder on its own or one daily digest; kept as Camunda user info. */
@Service
public class ReminderPreferences {

    public enum Mode {
        EACH,
        DIGEST
    }

    static final String KEY = "antq.reminders";

    private final IdentityService identity;

    public ReminderPreferences(IdentityService identity) {
        this.identity = identity;
    }

    public Mode of(String login) {
        String value = Privileged.call(() -> identity.getUserInfo(login, KEY));
        return Mode.DIGEST.name().equals(value) ? Mode.DIGEST : Mode.EACH;
    }

    public void set(String login, Mode mode) {
        Privileged.run(() -> identity.setUserInfo(login, KEY, mode.name()));
    }
}
