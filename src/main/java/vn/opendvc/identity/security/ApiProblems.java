package vn.opendvc.identity.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problem;
import vn.opendvc.web.Problems;
import vn.opendvc.web.Translations;

/**
 * 401 and 403 of the API as RFC 9457 problem details ({@code application/problem+json}) in the caller's language,
 * plus the {@code WWW-Authenticate: Bearer} header of RFC 6750.
 */
@Component
class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;
    private final Translations translations;

    ApiProblems(JsonMapper json, Translations translations) {
        this.json = json;
        this.translations = translations;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean badToken = e instanceof InvalidBearerTokenException || e instanceof OAuth2AuthenticationException;
        // RFC 6750; tokens are first-party, so there is no protected resource metadata to point to.
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        write(request, response, badToken
                ? Problems.problem(HttpStatus.UNAUTHORIZED, "invalid-token",
                        Message.of("identity.problem.invalid-token.title"),
                        Message.of("identity.problem.invalid-token.detail"))
                : Problems.unauthorized(Message.of("identity.problem.bearer-required")));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        write(request, response, Problems.forbidden(Message.of("identity.problem.access-denied")));
    }

    /** In the request's language: this runs in the security filters, before Spring MVC has resolved it. */
    private void write(HttpServletRequest request, HttpServletResponse response, Problem problem) throws IOException {
        ProblemDetail translated = translations.problem(problem, request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", translated.getType().toString());
        body.put("title", translated.getTitle());
        body.put("status", translated.getStatus());
        body.put("detail", translated.getDetail());
        body.put("instance", request.getRequestURI());
        response.setStatus(translated.getStatus());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
