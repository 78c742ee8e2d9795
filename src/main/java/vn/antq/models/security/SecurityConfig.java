package vn.antq.models.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Logins for the two APIs. The webapps (Tasklist, Cockpit, Admin) keep their own session login and
 * CSRF protection; {@code /engine-rest} and {@code /api} refuse anonymous requests, the first with
 * Camunda's authentication filter, the second with Spring Security ({@link ApiSecurity}, at order
 * {@code spring.security.filter.order} = 10, after the login throttle).
 */
@Configuration
public class SecurityConfig {

    @Bean
    public FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> bean = new FilterRegistrationBean<>(new SecurityHeaders());
        bean.setName("security-headers");
        bean.addUrlPatterns("/*");
        bean.setOrder(1);
        return bean;
    }

    /** Before authentication, so that an expression never reaches the engine, whoever sends it. */
    @Bean
    public FilterRegistrationBean<ExpressionQueryGuard> expressionQueryGuard(vn.antq.models.common.Messages messages) {
        FilterRegistrationBean<ExpressionQueryGuard> bean =
                new FilterRegistrationBean<>(new ExpressionQueryGuard(messages));
        bean.setName("expression-query-guard");
        bean.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        bean.setOrder(5);
        return bean;
    }

    @Bean
    public FilterRegistrationBean<EngineErrorAnswers> engineErrorAnswers(
            org.camunda.bpm.engine.TaskService tasks, vn.antq.models.common.Messages messages) {
        FilterRegistrationBean<EngineErrorAnswers> bean =
                new FilterRegistrationBean<>(new EngineErrorAnswers(tasks, messages));
        bean.setName("engine-error-answers");
        bean.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        bean.setOrder(3);
        return bean;
    }

    /** After the logins (order 10): what an official may ask of the engine beyond its authorizations. */
    @Bean
    public FilterRegistrationBean<EngineRequestGuard> engineRequestGuard(
            IdentityService identity,
            org.camunda.bpm.engine.TaskService tasks,
            org.camunda.bpm.engine.RuntimeService runtime,
            FormFieldTypes formTypes,
            vn.antq.models.common.Messages messages) {
        FilterRegistrationBean<EngineRequestGuard> bean =
                new FilterRegistrationBean<>(new EngineRequestGuard(identity, tasks, runtime, formTypes, messages));
        bean.setName("engine-request-guard");
        bean.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        bean.setOrder(15);
        return bean;
    }

    @Bean
    public FilterRegistrationBean<LastAdminGuard> lastAdminGuard(
            IdentityService identity, vn.antq.models.common.Messages messages) {
        FilterRegistrationBean<LastAdminGuard> bean =
                new FilterRegistrationBean<>(new LastAdminGuard(identity, messages));
        bean.setName("last-admin-guard");
        bean.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        bean.setOrder(20);
        return bean;
    }

    /** Before every password check (order 10): wrong passwords slow their sender down. */
    @Bean
    public FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(
            LoginThrottle throttle, vn.antq.models.common.Messages messages) {
        FilterRegistrationBean<LoginThrottleFilter> bean =
                new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, messages));
        bean.setName("login-throttle");
        bean.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/admin/auth/*");
        bean.setOrder(8);
        return bean;
    }

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> bean =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        bean.setName("engine-rest-authentication");
        bean.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        bean.addUrlPatterns("/engine-rest/*");
        bean.setOrder(10);
        return bean;
    }
}
