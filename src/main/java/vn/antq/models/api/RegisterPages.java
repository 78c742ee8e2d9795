package vn.antq.models.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The register's address as officials type it, {@code /so-mo-hinh/}: the static pages have no folder index. */
@Configuration
class RegisterPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/so-mo-hinh", "/so-mo-hinh/");
        registry.addViewController("/so-mo-hinh/").setViewName("forward:/so-mo-hinh/index.html");
    }
}
