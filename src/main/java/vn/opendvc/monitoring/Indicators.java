package vn.opendvc.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import vn.opendvc.web.InvalidInput;
import vn.opendvc.web.Message;

/**
 * Reading the indicators. Every figure comes from the counters kept incrementally from domain events; none of
 * these reads scans the dossier table.
 */
public interface Indicators {

    /** Code of the whole country in scorecards. */
    String COUNTRY = "VN";

    /** The scorecard of an agency with everything under it, or of the whole country for {@link #COUNTRY}. */
    Scorecard scorecard(String agencyCode, Period period);

    /**
     * The scorecard of an agency (or {@link #COUNTRY}) and the scorecards of the agencies directly under it (the
     * top level for the country), best first.
     */
    Overview overview(String agencyCode, Period period);

    record Overview(Scorecard scorecard, List<Scorecard> children) {
    }

    /** One scorecard per procedure an agency (with everything under it) counted dossiers of, best first. */
    List<Scorecard> byProcedure(String agencyCode, Period period);

    /** One scorecard per month, oldest first. */
    List<MonthlyScorecard> monthly(String agencyCode, YearMonth from, YearMonth to);

    /**
     * One scorecard per month for every agency (each with everything under it) and the country, keyed by agency
     * code ({@link #COUNTRY} first, then parents before children), from a single read of the counters.
     */
    java.util.Map<String, List<MonthlyScorecard>> monthlyByAgency(YearMonth from, YearMonth to);

    /** The dossiers behind a figure, newest first, for drill-down (no personal data: codes and dates). */
    DossierPage dossiers(DossierQuery query);

    record MonthlyScorecard(YearMonth month, Scorecard scorecard) {
    }

    /** Days from {@code from} to {@code to}, both included, in Vietnam's time zone. */
    record Period(LocalDate from, LocalDate to) {

        public static final int MAX_DAYS = 366 * 5;

        public Period {
            if (from == null || to == null) {
                throw new InvalidInput(Message.of("monitoring.invalid.period.missing"));
            }
            if (to.isBefore(from)) {
                throw new InvalidInput(Message.of("monitoring.invalid.period.order"));
            }
            if (from.plusDays(MAX_DAYS).isBefore(to)) {
                throw new InvalidInput(Message.of("monitoring.invalid.period.max"));
            }
        }

        public static Period of(YearMonth month) {
            return new Period(month.atDay(1), month.atEndOfMonth());
        }
    }

    /**
     * @param agencyCode  an agency (with everything under it) or {@link #COUNTRY}
     * @param procedureId only this procedure, or {@code null}
     * @param indicator   an indicator key, or {@code fullProcess} / {@code online} for the headline figures
     * @param part        {@code numerator}, {@code denominator} or a part the indicator names
     */
    /**
     * @param page zero-based, at most {@link #MAX_PAGE}: the list is read with an SQL offset, which the database
     *             walks row by row, so the depth one may ask for is bounded (and an {@code int} page times the size
     *             cannot overflow)
     * @param size 1 to {@link #MAX_SIZE}
     */
    record DossierQuery(String agencyCode, Long procedureId, String indicator, String part, Period period, int page,
            int size) {

        public static final int MAX_PAGE = 1_000;
        public static final int MAX_SIZE = 200;

        public DossierQuery {
            if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
                throw new InvalidInput(Message.of("monitoring.problem.page", MAX_PAGE, MAX_SIZE));
            }
        }
    }

    record DossierPage(List<CountedDossier> items, long total, int page, int size) {
    }

    record CountedDossier(long id, String code, String agencyCode, long procedureId, String channel,
            java.time.Instant submittedAt, java.time.Instant dueAt, java.time.Instant finishedAt, Integer outcome,
            java.time.Instant deliveredAt) {
    }
}
