package org.hanse.server.web;

import java.util.Map;
import org.hanse.model.Lang;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Server-side HTML with Thymeleaf: {@code th:text} escapes every value, so a record's text can never become markup,
 * and {@code #{key}} resolves the words of the request's language from {@link I18n}.
 */
public final class Templates {
  private final TemplateEngine engine = new TemplateEngine();

  public Templates(I18n i18n) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
    // Pages are served at the root, so "@{/path(param=...)}" links need no context path; the builder still
    // percent-encodes path and query values.
    engine.setLinkBuilder(new StandardLinkBuilder() {
      @Override
      protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
        return "";
      }
    });
    engine.setMessageResolver(new AbstractMessageResolver() {
      @Override
      public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
        Lang lang = I18n.lang(context.getLocale());
        return i18n.has(lang, key) ? i18n.text(lang, key, args == null ? new Object[0] : args) : null;
      }

      @Override
      public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
          Object[] args) {
        return key;
      }
    });
  }

  public String render(String template, Lang lang, Map<String, Object> variables) {
    return engine.process(template, new Context(I18n.locale(lang), variables));
  }
}
