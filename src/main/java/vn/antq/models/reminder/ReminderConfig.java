package vn.antq.models.reminder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings the BPMN reads by name: {@code ${digestCron}} and {@code ${reminderSweepCycle}}. */
@Configuration
public class ReminderConfig {

    /** The timer cycle of the process "Nhắc việc": every {@code antq.reminders.sweep-every}, for ever. */
    @Bean
    public String reminderSweepCycle(ReminderSettings settings) {
        return "R/" + settings.sweepEvery();
    }

    @Bean
    public String digestCron(ReminderSettings settings) {
        return settings.digestCron();
    }
}
