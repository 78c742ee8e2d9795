package vn.antq.models.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Logins for the two APIs. The webapps (Tasklist, Cockpit, Admin) keep their own session login and
 * CSRF protection; {@code /engine-rest} and {@code /api} refuse anonymous requests.
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
  public FilterRegistrationBean<ExpressionQueryGuard> expressionQueryGuard() {
    FilterRegistrationBean<ExpressionQueryGuard> bean = new FilterRegistrationBean<>(new ExpressionQueryGuard());
    bean.setName("expression-query-guard");
    bean.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    bean.setOrder(5);
    return bean;
  }

  @Bean
  public FilterRegistrationBean<ConcurrentChangeAnswer> concurrentChangeAnswer(org.camunda.bpm.engine.TaskService tasks) {
    FilterRegistrationBean<ConcurrentChangeAnswer> bean = new FilterRegistrationBean<>(new ConcurrentChangeAnswer(tasks));
    bean.setName("concurrent-change-answer");
    bean.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    bean.setOrder(3);
    return bean;
  }

  @Bean
  public FilterRegistrationBean<LastAdminGuard> lastAdminGuard(IdentityService identity) {
    FilterRegistrationBean<LastAdminGuard> bean = new FilterRegistrationBean<>(new LastAdminGuard(identity));
    bean.setName("last-admin-guard");
    bean.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    bean.setOrder(20);
    return bean;
  }

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> bean = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    bean.setName("engine-rest-authentication");
    bean.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    bean.addUrlPatterns("/engine-rest/*");
    bean.setOrder(10);
    return bean;
  }

  @Bean
  public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identity, OfficialService officials) {
    FilterRegistrationBean<ApiAuthenticationFilter> bean = new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity, officials));
    bean.setName("api-authentication");
    bean.addUrlPatterns("/api/*");
    bean.setOrder(10);
    return bean;
  }
}
