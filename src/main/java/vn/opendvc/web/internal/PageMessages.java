package vn.opendvc.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import vn.opendvc.web.Message;
import vn.opendvc.web.Translations;

/**
 * Lets a page controller put {@link Message}s in its model as it would put text: a model value that is
 * a message, or a map or list of them (field errors), is translated into the page's language just before the view
 * renders, flash attributes of a redirect included. So {@code model.addAttribute("fieldErrors", problem.fieldErrors())}
 * shows Vietnamese or English text, and the controller needs no locale.
 */
class PageMessages implements HandlerInterceptor {

    private final Translations translations;

    PageMessages(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null) {
            return;
        }
        page.getModelMap().replaceAll((name, value) -> translated(value));
    }

    private Object translated(Object value) {
        if (value instanceof Message message) {
            return translations.text(message);
        }
        if (value instanceof Map<?, ?> map && !map.isEmpty()
                && map.values().stream().allMatch(Message.class::isInstance)) {
            Map<Object, String> texts = new LinkedHashMap<>();
            map.forEach((key, message) -> texts.put(key, translations.text((Message) message)));
            return texts;
        }
        if (value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(Message.class::isInstance)) {
            List<String> texts = new ArrayList<>();
            list.forEach(message -> texts.add(translations.text((Message) message)));
            return texts;
        }
        return value; // other types, Spring's own FieldErrors included, are left as they are
    }
}
