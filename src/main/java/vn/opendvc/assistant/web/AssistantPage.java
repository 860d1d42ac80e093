package vn.opendvc.assistant.web;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.opendvc.assistant.internal.Assistant;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.PublicPaths;

/**
 * The assistant as a page of the portal, usable without JavaScript: a plain form posted to the server (with the CSRF
 * token), the answer rendered in the page, the conversation carried by a hidden field. A signed-in citizen may ask
 * about their own dossiers.
 */
@Controller
@RequestMapping("/assistant")
class AssistantPage {

    private final Assistant assistant;

    AssistantPage(Assistant assistant) {
        this.assistant = assistant;
    }

    @GetMapping
    String page() {
        return "assistant/page";
    }

    @PostMapping
    String ask(@RequestParam(required = false) String question,
            @RequestParam(required = false) String conversationId, Authentication authentication, Locale locale,
            Model model) {
        if (question == null || question.isBlank() || question.length() > Assistant.MAX_QUESTION) {
            model.addAttribute("invalid", true);
            return "assistant/page";
        }
        model.addAttribute("question", question);
        model.addAttribute("reply",
                assistant.ask(question, conversationId, CurrentUser.from(authentication), null, locale));
        return "assistant/page";
    }

    @Configuration(proxyBeanMethods = false)
    static class Paths {

        @Bean
        PublicPaths assistantPublicPaths() {
            return PublicPaths.pages("/assistant", "/assistant/**")
                    .and(PublicPaths.apiCallbacks("/api/v1/assistant/ask"));
        }
    }
}
