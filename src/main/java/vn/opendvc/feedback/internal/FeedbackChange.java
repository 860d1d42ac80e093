package vn.opendvc.feedback.internal;

import java.time.Instant;

import vn.opendvc.feedback.FeedbackStatus;

/** The changeable fields of a feedback while a row's effects apply to them; {@link #after()} is the new record. */
final class FeedbackChange {

    final FeedbackRecord before;
    final Instant now;
    FeedbackStatus status;
    String agencyCode;
    Instant deadlineFrom;
    Instant acceptDueAt;
    Instant acceptedAt;
    Instant answerDueAt;
    Long assigneeId;
    String draftAnswer;
    String answer;
    Instant answeredAt;
    Boolean answeredOnTime;
    Long mergedIntoId;
    boolean published;
    Instant publishedAt;
    Boolean satisfied;
    Instant ratedAt;
    Instant reopenedAt;
    /** What the history and the event say beyond the status: the agency moved to, late or on time, a note. */
    String previousAgency;
    Boolean onTime;
    String note;

    FeedbackChange(FeedbackRecord f, Instant now) {
        this.before = f;
        this.now = now;
        status = f.status();
        agencyCode = f.agencyCode();
        deadlineFrom = f.deadlineFrom();
        acceptDueAt = f.acceptDueAt();
        acceptedAt = f.acceptedAt();
        answerDueAt = f.answerDueAt();
        assigneeId = f.assigneeId();
        draftAnswer = f.draftAnswer();
        answer = f.answer();
        answeredAt = f.answeredAt();
        answeredOnTime = f.answeredOnTime();
        mergedIntoId = f.mergedIntoId();
        published = f.published();
        publishedAt = f.publishedAt();
        satisfied = f.satisfied();
        ratedAt = f.ratedAt();
        reopenedAt = f.reopenedAt();
    }

    FeedbackRecord after() {
        FeedbackRecord f = before;
        return new FeedbackRecord(f.id(), f.code(), f.kind(), status, f.channel(), f.title(), f.content(), agencyCode,
                f.dossierId(), f.dossierAgency(), f.procedureId(), f.authorAccountId(), f.contactName(),
                f.contactEmail(), f.contactPhone(), f.latitude(), f.longitude(), f.address(), f.open311ClientId(),
                f.submittedAt(), deadlineFrom, acceptDueAt, acceptedAt, answerDueAt, assigneeId, draftAnswer, answer, answeredAt,
                answeredOnTime, mergedIntoId, published, publishedAt, satisfied, ratedAt, reopenedAt, now,
                f.version());
    }
}
