package vn.opendvc.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.opendvc.monitoring.Indicators;
import vn.opendvc.monitoring.Indicators.Period;
import vn.opendvc.monitoring.Scorecard;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.OnMondayMorning;

/**
 * Scorecards add an agency's own counters to those of every agency under it, and any period, whole months or not,
 * sums exactly the days in it. The counters are written for 2031, a year no other test counts dossiers in.
 */
@ApplicationTest
@OnMondayMorning
class IndicatorRollUpTest {

    static final long PROCEDURE = 900_001L;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CounterLedger ledger;
    @Autowired
    Indicators indicators;

    @AfterEach
    void removeTheCountersOf2031() {
        jdbc.sql("delete from indicator_counter where on_day >= ?").param(java.sql.Date.valueOf("2031-01-01")).update();
        jdbc.sql("delete from indicator_agency_day where on_day >= ?").param(java.sql.Date.valueOf("2031-01-01")).update();
        jdbc.sql("delete from indicator_agency_month where in_month >= ?").param(java.sql.Date.valueOf("2031-01-01"))
                .update();
    }

    void count(String agency, String day, String metric, long value) {
        ledger.add(Map.of(new Track.Key(agency, PROCEDURE, LocalDate.parse(day), metric), value));
    }

    static Period period(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }

    long submitted(String agency, Period period) {
        return indicators.scorecard(agency, period).totals().getOrDefault(Metrics.SUBMITTED, 0L);
    }

    @Test
    void anAgencysFiguresIncludeEveryAgencyUnderIt() {
        count("DNG-HAICHAU", "2031-02-10", Metrics.SUBMITTED, 10);
        count("DNG-HAICHAU", "2031-02-10", Metrics.FINISHED_WITH_DUE, 10);
        count("DNG-HAICHAU", "2031-02-10", Metrics.FINISHED_ON_TIME, 10);
        count("DNG-SONTRA", "2031-02-11", Metrics.SUBMITTED, 5);
        count("DNG-SONTRA", "2031-02-11", Metrics.FINISHED_WITH_DUE, 10);
        count("DNG-SONTRA", "2031-02-11", Metrics.FINISHED_ON_TIME, 5);
        count("DNG", "2031-02-12", Metrics.SUBMITTED, 1);
        count("HUE", "2031-02-12", Metrics.SUBMITTED, 100);
        Period february = period("2031-02-01", "2031-02-28");

        assertThat(submitted("DNG-HAICHAU", february)).isEqualTo(10);
        assertThat(submitted("DNG", february)).isEqualTo(16);
        assertThat(submitted(Indicators.COUNTRY, february)).isEqualTo(116);
        Scorecard city = indicators.scorecard("DNG", february);
        assertThat(ScoringTest.indicator(city, "onTime").numerator()).isEqualTo(15);
        assertThat(ScoringTest.indicator(city, "onTime").denominator()).isEqualTo(20);
        assertThat(ScoringTest.indicator(city, "onTime").points()).isEqualTo(15.0);

        // the catalog figures add up too: every ward receives the same commune procedures
        long wardProcedures = indicators.scorecard("DNG-HAICHAU", february).totals().get(Metrics.CATALOG_PROCEDURES);
        assertThat(wardProcedures).isPositive();
        assertThat(city.totals().get(Metrics.CATALOG_PROCEDURES)).isGreaterThanOrEqualTo(4 * wardProcedures);

        List<Scorecard> wards = indicators.overview("DNG", february).children();
        assertThat(wards).extracting(Scorecard::code).contains("DNG-HAICHAU", "DNG-SONTRA", "DNG-SOTUPHAP");
        assertThat(wards.indexOf(find(wards, "DNG-HAICHAU"))).isLessThan(wards.indexOf(find(wards, "DNG-SONTRA")));
        assertThat(indicators.overview(Indicators.COUNTRY, february).children()).extracting(Scorecard::code)
                .contains("DNG", "HUE", "BTP").doesNotContain("DNG-HAICHAU");
    }

    static Scorecard find(List<Scorecard> cards, String code) {
        return cards.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void anyPeriodSumsExactlyItsDaysWhetherWholeMonthsOrNot() {
        Map<String, Long> byDay = new HashMap<>();
        byDay.put("2031-01-30", 1L);
        byDay.put("2031-01-31", 2L);
        byDay.put("2031-02-01", 4L);
        byDay.put("2031-02-28", 8L);
        byDay.put("2031-03-01", 16L);
        byDay.put("2031-04-30", 32L);
        byDay.forEach((day, n) -> count("DNG-HAICHAU", day, Metrics.SUBMITTED, n));

        assertThat(submitted("DNG-HAICHAU", period("2031-01-31", "2031-03-01"))).isEqualTo(2 + 4 + 8 + 16);
        assertThat(submitted("DNG-HAICHAU", period("2031-02-01", "2031-02-28"))).isEqualTo(4 + 8);
        assertThat(submitted("DNG-HAICHAU", period("2031-01-01", "2031-04-30"))).isEqualTo(63);
        assertThat(submitted("DNG-HAICHAU", period("2031-02-02", "2031-02-27"))).isZero();
        assertThat(submitted("DNG-HAICHAU", period("2031-01-31", "2031-01-31"))).isEqualTo(2);
        assertThat(submitted("DNG-HAICHAU", period("2031-01-15", "2031-04-29"))).isEqualTo(31);

        List<Indicators.MonthlyScorecard> months = indicators.monthly("DNG", YearMonth.of(2031, 1),
                YearMonth.of(2031, 4));
        assertThat(months).extracting(m -> m.scorecard().totals().getOrDefault(Metrics.SUBMITTED, 0L))
                .containsExactly(3L, 12L, 16L, 32L);
        assertThat(indicators.byProcedure("DNG", period("2031-01-01", "2031-12-31")))
                .filteredOn(card -> card.code().equals(String.valueOf(PROCEDURE)))
                .singleElement().satisfies(card -> assertThat(card.totals().get(Metrics.SUBMITTED)).isEqualTo(63));
    }
}
