package vn.opendvc.feedback.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.opendvc.web.PublicPaths;

/**
 * Open without login: submitting feedback (anonymous authors), reading and acting on one with its tracking token (the
 * handlers answer 404 to anyone who is neither its author nor an officer of its agency), the public answers and the
 * feedback pages for visitors. Open311 has a filter chain of its own ({@link Open311Security}).
 */
@Configuration(proxyBeanMethods = false)
class FeedbackPaths {

    @Bean
    PublicPaths feedbackPublicPaths() {
        return PublicPaths.apiCallbacks(FeedbackApi.PATH, FeedbackApi.PATH + "/*/*")
                .and(PublicPaths.apiReads(FeedbackApi.PATH + "/*", PublicAnswersApi.PATH))
                .and(PublicPaths.pages("/feedback", "/feedback/**"));
    }
}
