package vn.opendvc.feedback.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.feedback.FeedbackKind;

/**
 * The published questions and answers, searchable without accents ("thue dat" finds "thuế đất"), per agency, with
 * how long the answer took in working days. Nothing personal: no author, no contact, no location, no attachment.
 */
@Component
public class PublicAnswers {

    static final int LIMIT = 50;

    /** One published question and its answer. */
    public record PublicAnswer(String code, FeedbackKind kind, String title, String question, String agencyCode,
            String agencyName, Instant submittedAt, Instant answeredAt, BigDecimal answerWorkingDays, String answer) {
    }

    private final FeedbackStore store;
    private final AgencyDirectory agencies;
    private final WorkingCalendar calendar;

    PublicAnswers(FeedbackStore store, AgencyDirectory agencies, WorkingCalendar calendar) {
        this.store = store;
        this.agencies = agencies;
        this.calendar = calendar;
    }

    public List<PublicAnswer> search(String query, String agencyCode) {
        List<String> words = Arrays.stream(SearchText.fold(query).split(" ")).filter(w -> !w.isBlank()).limit(8)
                .toList();
        String agency = agencyCode == null || agencyCode.isBlank() ? null : agencyCode.strip();
        return store.published(agency, words, LIMIT).stream().map(this::of).toList();
    }

    private PublicAnswer of(FeedbackRecord f) {
        Duration worked = calendar.workingTime(f.submittedAt(), f.answeredAt(), List.of());
        BigDecimal days = BigDecimal.valueOf(worked.toMinutes())
                .divide(BigDecimal.valueOf(calendar.workingDayLength().toMinutes()), 1, RoundingMode.HALF_UP);
        return new PublicAnswer(f.code(), f.kind(), f.title(), f.content(), f.agencyCode(),
                agencies.find(f.agencyCode()).map(a -> a.name()).orElse(f.agencyCode()), f.submittedAt(),
                f.answeredAt(), days, f.answer());
    }
}
