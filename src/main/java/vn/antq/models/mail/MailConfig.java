package vn.antq.models.mail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The setting the BPMN of {@code mail-delivery} reads by name: {@code ${mailRetryCycle}}. */
@Configuration
public class MailConfig {

    @Bean
    public String mailRetryCycle(MailSettings settings) {
        return settings.retryCycle();
    }
}
