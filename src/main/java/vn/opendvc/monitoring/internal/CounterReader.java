package vn.opendvc.monitoring.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.opendvc.monitoring.Indicators.Period;

/**
 * Sums the counters of a period. Whole months are read from the agency × month roll-up and the days at either end
 * from the agency × day roll-up, so a quarter for the whole country reads a few thousand rows at most, however
 * many dossiers were counted.
 */
@Component
class CounterReader {

    private final JdbcClient jdbc;

    CounterReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Totals by agency and metric; {@code agencies == null} reads every agency. */
    Map<String, Map<String, Long>> byAgency(Collection<String> agencies, Period period) {
        Map<String, Map<String, Long>> out = new HashMap<>();
        YearMonth firstWhole = YearMonth.from(period.from().minusDays(1)).plusMonths(1);
        YearMonth lastWhole = YearMonth.from(period.to().plusDays(1)).minusMonths(1);
        if (firstWhole.isAfter(lastWhole)) {
            sumDays(agencies, period.from(), period.to(), out);
        } else {
            sum("indicator_agency_month", "in_month", "agency_code", agencies, firstWhole.atDay(1),
                    lastWhole.atDay(1), out, (rs, n) -> rs.getString(1));
            if (period.from().isBefore(firstWhole.atDay(1))) {
                sumDays(agencies, period.from(), firstWhole.atDay(1).minusDays(1), out);
            }
            if (period.to().isAfter(lastWhole.atEndOfMonth())) {
                sumDays(agencies, lastWhole.atEndOfMonth().plusDays(1), period.to(), out);
            }
        }
        return out;
    }

    /** Totals by procedure and metric, over the given agencies. */
    Map<Long, Map<String, Long>> byProcedure(Collection<String> agencies, Period period) {
        Map<Long, Map<String, Long>> out = new HashMap<>();
        sum("indicator_counter", "on_day", "procedure_id", agencies, period.from(), period.to(), out,
                (rs, n) -> rs.getLong(1));
        return out;
    }

    /** Totals by month and metric, over the given agencies. */
    Map<YearMonth, Map<String, Long>> byMonth(Collection<String> agencies, YearMonth from, YearMonth to) {
        Map<YearMonth, Map<String, Long>> out = new TreeMap<>();
        sum("indicator_agency_month", "in_month", "in_month", agencies, from.atDay(1), to.atDay(1), out,
                (rs, n) -> YearMonth.from(rs.getDate(1).toLocalDate()));
        return out;
    }

    /** One agency's month. */
    record AgencyMonth(String agencyCode, YearMonth month) {
    }

    /** Totals by agency, month and metric; {@code agencies == null} reads every agency. */
    Map<AgencyMonth, Map<String, Long>> byAgencyAndMonth(Collection<String> agencies, YearMonth from, YearMonth to) {
        Map<AgencyMonth, Map<String, Long>> out = new HashMap<>();
        sum("indicator_agency_month", "in_month", "agency_code, in_month", agencies, from.atDay(1), to.atDay(1), out,
                (rs, n) -> new AgencyMonth(rs.getString(1), YearMonth.from(rs.getDate(2).toLocalDate())));
        return out;
    }

    private void sumDays(Collection<String> agencies, LocalDate from, LocalDate to,
            Map<String, Map<String, Long>> out) {
        sum("indicator_agency_day", "on_day", "agency_code", agencies, from, to, out, (rs, n) -> rs.getString(1));
    }

    private <K> void sum(String table, String dayColumn, String groupColumn, Collection<String> agencies,
            LocalDate from, LocalDate to, Map<K, Map<String, Long>> out, RowMapper<K> key) {
        if (agencies != null && agencies.isEmpty()) {
            return;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("from", Date.valueOf(from));
        params.put("to", Date.valueOf(to));
        String where = dayColumn + " between :from and :to";
        if (agencies != null) {
            where += " and agency_code in (:agencies)";
            params.put("agencies", agencies);
        }
        jdbc.sql("select " + groupColumn + ", metric as m, sum(counted) as n from " + table + " where " + where
                + " group by " + groupColumn + ", metric")
                .params(params)
                .query(rs -> {
                    K k = key.mapRow(rs, 0);
                    out.computeIfAbsent(k, x -> new HashMap<>()).merge(rs.getString("m"), rs.getLong("n"), Long::sum);
                });
    }
}
