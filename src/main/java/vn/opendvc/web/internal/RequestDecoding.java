package vn.opendvc.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.opendvc.web.MalformedRequest;

/**
 * Decodes the request's parameters before anything else in Spring MVC reads one (the language switch reads
 * {@code ?lang} for every request), so that a query string or form body that is not valid UTF-8 is the caller's
 * {@link MalformedRequest} — a 400 problem for the API, the 400 page for a page — and never an unexpected
 * {@link IllegalStateException}, which is what the Servlet API (6.1 onwards) throws from {@code getParameter} when
 * the parameters cannot be parsed. Multipart bodies are parsed earlier by the dispatcher, with their own limits.
 */
@Configuration(proxyBeanMethods = false)
class RequestDecoding implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ParametersFirst()).order(Ordered.HIGHEST_PRECEDENCE);
    }

    static final class ParametersFirst implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            try {
                request.getParameterMap();
            } catch (IllegalStateException undecodable) {
                throw new MalformedRequest();
            }
            return true;
        }
    }
}
