package vn.antq.models.security;

import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's row ids (tasks, comments, attachments, instances) as random (version 4) UUIDs
 * instead of its time-based ones, whose value follows from the moment they were made and the
 * node's address: an id seen once tells nothing about the next. The text form of a time-based
 * UUID starts with its fastest-changing bits, so neither kind is inserted in index order and
 * PostgreSQL's indexes see no difference.
 */
@Configuration
public class RandomIds {

    @Bean
    public IdGenerator randomIdGenerator() {
        return () -> UUID.randomUUID().toString();
    }
}
