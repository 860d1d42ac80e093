package vn.opendvc.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The {@code opendvc.calendar.*} keys bind, default as documented, and a bad value stops the start. */
class CalendarPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CalendarProperties.class)
    static class Config {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void defaults() {
        runner.run(context -> {
            CalendarProperties properties = context.getBean(CalendarProperties.class);
            assertThat(properties).isEqualTo(CalendarProperties.defaults());
            assertThat(properties.periods()).containsExactly(
                    new CalendarProperties.Period(LocalTime.of(7, 0), LocalTime.of(11, 30)),
                    new CalendarProperties.Period(LocalTime.of(13, 30), LocalTime.of(17, 0)));
            assertThat(properties.cutoff()).isEqualTo(LocalTime.of(15, 0));
        });
    }

    @Test
    void customValues() {
        runner.withPropertyValues("opendvc.calendar.working-hours=07:30-11:30,13:00-16:30",
                        "opendvc.calendar.working-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY",
                        "opendvc.calendar.receipt-cutoff=16:00", "opendvc.calendar.national-day-extra-day=AFTER",
                        "opendvc.calendar.announced-days-cache-ttl=5s")
                .run(context -> {
                    CalendarProperties properties = context.getBean(CalendarProperties.class);
                    assertThat(properties.periods()).hasSize(2);
                    assertThat(properties.workingDays()).contains(DayOfWeek.SATURDAY);
                    assertThat(properties.cutoff()).isEqualTo(LocalTime.of(16, 0));
                    assertThat(properties.nationalDayExtraDay()).isEqualTo(CalendarProperties.NationalDayExtraDay.AFTER);
                    assertThat(properties.announcedDaysCacheTtl()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(new StatutoryWorkingCalendar(properties, y -> java.util.List.of(), java.time.Clock.systemUTC())
                            .workingDayLength()).isEqualTo(Duration.ofMinutes(450));
                });
    }

    @Test
    void invalidWorkingHoursStopTheStart() {
        runner.withPropertyValues("opendvc.calendar.working-hours=13:30-17:00,07:00-11:30")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("opendvc.calendar.working-hours=7h-11h")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("opendvc.calendar.receipt-cutoff=quá trưa")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("opendvc.calendar.lunar-new-year-days-before=5")
                .run(context -> assertThat(context).hasFailed());
    }
}
