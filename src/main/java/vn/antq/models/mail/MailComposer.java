package vn.antq.models.mail;

import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.antq.models.common.Messages;

/**
 * Renders the e-mails from the Thymeleaf templates in {@code templates/mail/}, HTML and plain text;
 * their words come from messages.properties ({@code #{mail.template.…}}), so both parts say the same.
 */
@Component
public class MailComposer {

    public record Rendered(String html, String text) {}

    private final SpringTemplateEngine html;
    private final SpringTemplateEngine text;

    public MailComposer(MessageSource messages) {
        this.html = engine(TemplateMode.HTML, ".html", messages);
        this.text = engine(TemplateMode.TEXT, ".txt", messages);
    }

    private static SpringTemplateEngine engine(TemplateMode mode, String suffix, MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    public Rendered render(String template, Map<String, Object> model) {
        Context context = new Context(Messages.VIETNAMESE, model);
        return new Rendered(html.process(template, context), text.process(template, context));
    }
}
