package vn.opendvc.calendar.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

import vn.opendvc.web.PublicPaths;

/**
 * The calendar's public paths (the year page and the read API); admin pages under {@code /admin/calendar} are
 * guarded by {@code @PreAuthorize}, hence method security.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class CalendarWebConfiguration {

    @Bean
    PublicPaths calendarPublicPaths() {
        return PublicPaths.pages("/calendar", "/calendar/**")
                .and(PublicPaths.apiReads("/api/v1/calendar/**"));
    }
}
