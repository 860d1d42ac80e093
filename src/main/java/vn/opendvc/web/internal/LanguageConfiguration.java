package vn.opendvc.web.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import vn.opendvc.web.Translations;


/**
 * Vietnamese first; {@code ?lang=en} switches to English and is remembered in a cookie. Without that choice, an API
 * call ({@code /api/...}) is answered in the language of its {@code Accept-Language} header when it is Vietnamese or
 * English, and pages stay Vietnamese (a browser's language says little about the citizen's). The JVM's own locale
 * never counts ({@code spring.messages.fallback-to-system-locale: false}: a key missing in English falls back to the
 * Vietnamese default bundle). Pages may hold {@link vn.opendvc.web.Message}s in their model ({@link PageMessages}).
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final Locale ENGLISH = Locale.ENGLISH;

    /** Lazily: Translations needs the locale resolver made here. */
    private final ObjectProvider<Translations> translations;

    LanguageConfiguration(ObjectProvider<Translations> translations) {
        this.translations = translations;
    }

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver acceptLanguage = new AcceptHeaderLocaleResolver();
        acceptLanguage.setSupportedLocales(List.of(VIETNAMESE, ENGLISH));
        acceptLanguage.setDefaultLocale(VIETNAMESE);
        CookieLocaleResolver resolver = new CookieLocaleResolver("opendvc-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setDefaultLocaleFunction(
                request -> isApi(request) ? acceptLanguage.resolveLocale(request) : VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new PageMessages(translations.getObject()));
    }
}
