package vn.opendvc.assistant.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.assistant.internal.Assistant;
import vn.opendvc.assistant.internal.AssistantProperties;
import vn.opendvc.assistant.internal.Reply;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;
import vn.opendvc.web.PublicUrl;

/**
 * The assistant for apps and the embeddable widget. Open to anyone; a bearer token lets "my dossiers" be answered
 * (the caller's own only). The widget on another site calls it with a form-encoded POST (a request the browser sends
 * without a pre-flight, and without cookies); a call from a site not in {@code opendvc.assistant.widget-origins} is
 * refused, an allowed one gets its {@code Access-Control-Allow-Origin}.
 */
@RestController
@RequestMapping("/api/v1/assistant")
@Tag(name = "Trợ lý ảo / Virtual assistant")
class AssistantApi {

    private final Assistant assistant;
    private final AssistantProperties properties;
    private final PublicUrl publicUrl;

    AssistantApi(Assistant assistant, AssistantProperties properties, PublicUrl publicUrl) {
        this.assistant = assistant;
        this.properties = properties;
        this.publicUrl = publicUrl;
    }

    /** @param agency the agency whose hotline to offer (the widget's {@code data-agency}), optional */
    record Question(String question, String conversationId, String agency) {
    }

    @PostMapping(value = "/ask", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Hỏi trợ lý ảo / ask the assistant: {\"question\", \"conversationId\"?} → the answer, the "
            + "procedures best first, the intent, the sources, a clarifying question when several fit")
    Reply ask(@RequestBody(required = false) Question question, Authentication authentication, Locale locale,
            @RequestHeader(value = HttpHeaders.ORIGIN, required = false) String origin,
            HttpServletResponse response) {
        return answer(question, authentication, locale, origin, response);
    }

    @PostMapping(value = "/ask", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "The same, form-encoded (what the widget sends: no pre-flight from other sites)")
    Reply askForm(@ModelAttribute Question question, Authentication authentication, Locale locale,
            @RequestHeader(value = HttpHeaders.ORIGIN, required = false) String origin,
            HttpServletResponse response) {
        return answer(question, authentication, locale, origin, response);
    }

    private Reply answer(Question question, Authentication authentication, Locale locale, String origin,
            HttpServletResponse response) {
        if (origin != null && !origin.equals(publicUrl.base())) {
            if (!properties.allowsOrigin(origin)) {
                throw Problems.forbidden(Message.of("assistant.problem.origin"));
            }
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        }
        String text = question == null ? null : question.question();
        if (text == null || text.isBlank() || text.length() > Assistant.MAX_QUESTION) {
            throw Problems.badRequest(Message.of("assistant.problem.question", Assistant.MAX_QUESTION),
                    Map.of("question", Message.of("assistant.problem.question", Assistant.MAX_QUESTION)));
        }
        String agency = question.agency() == null || question.agency().length() > 64 ? null : question.agency();
        return assistant.ask(text, question.conversationId(), CurrentUser.from(authentication), agency, locale);
    }
}
