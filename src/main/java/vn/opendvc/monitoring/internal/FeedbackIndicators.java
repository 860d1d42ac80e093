package vn.opendvc.monitoring.internal;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.feedback.FeedbackAction;
import vn.opendvc.feedback.FeedbackChanged;
import vn.opendvc.feedback.FeedbackKind;

/**
 * The indicators' share of the feedback events, after their transactions commit: an accepted complaint about a
 * dossier marks that dossier's track (satisfaction = 100% − late% − complaint% of the agency that handled it); each
 * answer is recorded once and counted for the answering agency on its day: answered, answered on time, working
 * minutes from submission to answer. Nothing is read from the feedback module's tables.
 */
@Component
class FeedbackIndicators {

    /** The counters of answers carry no procedure: they go to the agency roll-ups only. */
    static final long NO_PROCEDURE = 0L;

    private final CounterLedger ledger;
    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;

    FeedbackIndicators(CounterLedger ledger, JdbcClient jdbc, WorkingCalendar calendar,
            PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @ApplicationModuleListener
    void on(FeedbackChanged e) {
        if (e.action() == FeedbackAction.ACCEPT && e.kind() == FeedbackKind.DOSSIER_HANDLING
                && e.dossierId() != null) {
            ledger.update(e.dossierId(), track -> track.complaintAccepted(e.at()));
        }
        if ((e.action() == FeedbackAction.APPROVE || e.action() == FeedbackAction.ANSWER_WITH_TARGET)
                && e.receivedAt() != null) {
            answered(e);
        }
    }

    private void answered(FeedbackChanged e) {
        long minutes = calendar.workingTime(e.receivedAt(), e.at(), List.of()).toMinutes();
        boolean onTime = !Boolean.FALSE.equals(e.onTime());
        transaction.executeWithoutResult(status -> {
            try {
                // at a savepoint: on PostgreSQL a failed statement would otherwise spoil the whole transaction
                savepoint.executeWithoutResult(inner -> jdbc.sql("""
                        insert into indicator_feedback_answer (feedback_id, answered_at, agency_code, on_time,
                            working_minutes)
                        values (:id, :at, :agency, :onTime, :minutes)""")
                        .param("id", e.feedbackId()).param("at", Timestamp.from(e.at()))
                        .param("agency", e.agencyCode()).param("onTime", onTime).param("minutes", minutes)
                        .update());
            } catch (DuplicateKeyException again) {
                return; // the same event handed over again: counted already
            }
            ledger.addToAgency(contribution(e.agencyCode(), e.at(), onTime, minutes));
        });
    }

    private static Map<Track.Key, Long> contribution(String agency, java.time.Instant at, boolean onTime,
            long minutes) {
        Map<Track.Key, Long> out = new HashMap<>();
        java.time.LocalDate day = Metrics.day(at);
        out.put(new Track.Key(agency, NO_PROCEDURE, day, Metrics.FEEDBACK_ANSWERED), 1L);
        out.put(new Track.Key(agency, NO_PROCEDURE, day, Metrics.FEEDBACK_ANSWERED_ON_TIME), onTime ? 1L : 0L);
        out.put(new Track.Key(agency, NO_PROCEDURE, day, Metrics.FEEDBACK_ANSWER_MINUTES), minutes);
        return out;
    }

    /** Every recorded answer's contribution, for the full recomputation. */
    static Map<Track.Key, Long> counters(JdbcClient jdbc) {
        Map<Track.Key, Long> out = new HashMap<>();
        jdbc.sql("select agency_code, answered_at, on_time, working_minutes from indicator_feedback_answer")
                .query(rs -> {
                    contribution(rs.getString("agency_code"), rs.getTimestamp("answered_at").toInstant(),
                            rs.getBoolean("on_time"), rs.getLong("working_minutes"))
                            .forEach((k, v) -> out.merge(k, v, Long::sum));
                });
        return out;
    }
}
