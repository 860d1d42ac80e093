package vn.opendvc.monitoring.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.web.VietnamTime;

/** Names of the counted metrics; a dossier is counted on the day (Asia/Ho_Chi_Minh) of the fact. */
final class Metrics {

    /** Submitted (all channels), counted on the day of submission. */
    static final String SUBMITTED = "submitted";
    /** Submitted with the documents held electronically (online, or scanned at the counter); day of submission. */
    static final String SUBMITTED_DIGITIZED = "submitted_digitized";
    /** Submitted, of a dossier handled in another system and reported by sync (module sync); day of reception. */
    static final String SUBMITTED_SYNCED = "submitted_synced";
    /** Submitted reusing at least one document from the applicant's document store; day of submission. */
    static final String SUBMITTED_REUSING = "submitted_reusing";
    /** Finished: done, refused, stopped or withdrawn; the following are counted on the day processing finished. */
    static final String FINISHED = "finished";
    /** Finished with a promised date (received), the denominator of "on time". */
    static final String FINISHED_WITH_DUE = "finished_with_due";
    /** Finished no later than the promised date (supplement time excluded: the date moves with pauses). */
    static final String FINISHED_ON_TIME = "finished_on_time";
    /** Done with the electronic result delivered. */
    static final String RESULT_ELECTRONIC = "result_electronic";
    /** Finished dossiers of procedures with a fee. */
    static final String FEE_DUE = "fee_due";
    /** ... of which the fee was paid online. */
    static final String PAID_ONLINE = "paid_online";
    /** Submitted online, paid online when a fee applies, electronic result delivered. */
    static final String FULL_PROCESS = "full_process";
    /**
     * The same for a dossier an agent submitted on the portal for a citizen: kept apart, whether it counts is decided
     * when scoring ({@link OnlineChannels}).
     */
    static final String FULL_PROCESS_ASSISTED = "full_process_assisted";
    /** Ratings, the sum of their average scores in hundredths, and complaints; on the day of the rating. */
    static final String RATINGS = "ratings";
    static final String RATING_SCORE_SUM = "rating_score_sum";
    /** Dossiers with a complaint: flagged with the rating (day of the rating) or a feedback about it accepted. */
    static final String COMPLAINTS = "complaints";
    /** Answers to feedback (feedback module), per agency on the day of the answer; not per procedure. */
    static final String FEEDBACK_ANSWERED = "feedback_answered";
    /** ... of which answered by the answer deadline. */
    static final String FEEDBACK_ANSWERED_ON_TIME = "feedback_answered_on_time";
    /** ... and the working minutes from submission to answer, summed (the average answer time's numerator). */
    static final String FEEDBACK_ANSWER_MINUTES = "feedback_answer_minutes";

    /** From the catalog, not counted per day: procedures the agency receives, of which complete, full process. */
    static final String CATALOG_PROCEDURES = "catalog_procedures";
    static final String CATALOG_COMPLETE = "catalog_complete";
    static final String CATALOG_FULL_PROCESS = "catalog_full_process";

    static String submitted(Channel channel) {
        return "submitted_" + channel.name().toLowerCase(Locale.ROOT);
    }

    /** Full process of a channel through the portal: {@link #FULL_PROCESS} online, {@link #FULL_PROCESS_ASSISTED}. */
    static String fullProcess(Channel channel) {
        return channel == Channel.ONLINE ? FULL_PROCESS : FULL_PROCESS + "_" + channel.name().toLowerCase(Locale.ROOT);
    }

    static String finished(DossierStatus outcome) {
        return "finished_" + outcome.name().toLowerCase(Locale.ROOT);
    }

    static LocalDate day(Instant at) {
        return at.atZone(VietnamTime.ZONE).toLocalDate();
    }

    private Metrics() {
    }
}
