package vn.antq.models.reminder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings the BPMN reads by name: {@code ${mailRetryCycle}} and {@code ${digestCron}}. */
@Configuration
public class ReminderConfig {

  @Bean
  public String mailRetryCycle(ReminderSettings settings) {
    return settings.retryCycle();
  }

  @Bean
  public String digestCron(ReminderSettings settings) {
    return settings.digestCron();
  }
}
