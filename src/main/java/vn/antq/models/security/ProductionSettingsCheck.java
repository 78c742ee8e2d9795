package vn.antq.models.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside the demo, the application does not start without a real administrator password from the
 * environment. Checked before any bean exists: an unresolved {@code ${ANTQ_ADMIN_PASSWORD}} would
 * otherwise become the administrator's password, literally.
 */
@Component
@Profile("!demo")
public class ProductionSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    static final int MIN_PASSWORD = 12;

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String password = environment.getProperty("ANTQ_ADMIN_PASSWORD");
        if (password == null || password.isBlank() || password.length() < MIN_PASSWORD) {
            throw new IllegalStateException("ANTQ_ADMIN_PASSWORD must be set to a password of at least " + MIN_PASSWORD
                    + " characters for the first administrator (see README, Running on PostgreSQL)");
        }
    }
}
