package vn.opendvc.feedback.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.opendvc.calendar.DeadlineStatus;
import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.feedback.FeedbackKind;

/**
 * The legal times of a feedback on the working calendar: accept or transfer within {@code acceptDays} working days
 * of receipt (or of the transfer), answer within the kind's working days of acceptance; where each stands now
 * (on track, due soon, overdue) the way a dossier's promised date does.
 */
@Component
public class FeedbackDeadlines {

    private final WorkingCalendar calendar;
    private final FeedbackSettings settings;

    public FeedbackDeadlines(WorkingCalendar calendar, FeedbackSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    public Instant acceptDue(Instant received) {
        return calendar.deadline(received, settings.acceptTime());
    }

    public Instant answerDue(FeedbackKind kind, Instant accepted) {
        return calendar.deadline(accepted, settings.answerTime(kind));
    }

    /** Where the running deadline stands at {@code at}; empty when none runs (answered or merged). */
    public Optional<DeadlineStatus> status(FeedbackRecord f, Instant at) {
        return switch (f.status()) {
            case RECEIVED -> Optional.of(calendar.status(f.deadlineFrom(), settings.acceptTime(), List.of(), at));
            case ACCEPTED, ASSIGNED, DRAFTED ->
                    Optional.of(calendar.status(f.deadlineFrom(), settings.answerTime(f.kind()), List.of(), at));
            case ANSWERED, MERGED -> Optional.empty();
        };
    }

    /** Whether the reopening period (calendar days) is still running at {@code at}. */
    public boolean withinReopenPeriod(FeedbackRecord f, Instant at) {
        return f.answeredAt() != null && !at.isAfter(f.answeredAt().plus(Duration.ofDays(settings.reopenDays())));
    }
}
