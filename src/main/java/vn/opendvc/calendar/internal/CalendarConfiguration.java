package vn.opendvc.calendar.internal;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.opendvc.calendar.WorkingCalendar;

/** Wires the working calendar; provides the system {@link Clock} unless the application defines one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    WorkingCalendar workingCalendar(CalendarProperties properties, JdbcAnnouncedDays announced, Clock clock) {
        return new StatutoryWorkingCalendar(properties, announced::ofYear, clock);
    }
}
