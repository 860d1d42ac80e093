package vn.opendvc.calendar.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.opendvc.web.PublicPaths;

/**
 * The calendar's public paths (the year page and the read API); admin pages under {@code /admin/calendar} are
 * guarded by {@code @PreAuthorize} (method security is enabled by the identity module).
 */
@Configuration(proxyBeanMethods = false)
class CalendarWebConfiguration {

    @Bean
    PublicPaths calendarPublicPaths() {
        return PublicPaths.pages("/calendar", "/calendar/**")
                .and(PublicPaths.apiReads("/api/v1/calendar/**"));
    }
}
