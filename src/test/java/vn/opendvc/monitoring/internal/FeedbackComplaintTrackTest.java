package vn.opendvc.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.feedback.FeedbackAction;
import vn.opendvc.feedback.FeedbackKind;
import vn.opendvc.feedback.internal.ActionInput;
import vn.opendvc.feedback.internal.Actor;
import vn.opendvc.feedback.internal.FeedbackHandling;
import vn.opendvc.feedback.internal.FeedbackSubmission;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.OnMondayMorning;

/**
 * A complaint about a dossier accepted through the feedback module marks the dossier's track from the event, and the
 * recomputation, which asks the feedback module's API, gives the same track.
 */
@ApplicationTest
@OnMondayMorning
class FeedbackComplaintTrackTest {

    @Autowired
    DossierFixture fixture;
    @Autowired
    FeedbackSubmission submission;
    @Autowired
    FeedbackHandling handling;
    @Autowired
    CounterLedger ledger;
    @Autowired
    Recomputation recomputation;

    @Test
    void theEventAndTheRecomputationGiveTheSameTrack() {
        Dossier done = fixture.done("congdan1");
        long id = submission.submit(Optional.of(fixture.user("congdan1")), new FeedbackSubmission.Form(
                FeedbackKind.DOSSIER_HANDLING, "Hồ sơ bị yêu cầu sai", "Yêu cầu thêm giấy tờ không có trong luật.",
                null, null, done.id(), null, null, null, null, null, null), List.of(), "PORTAL", null).id();
        handling.act(Actor.user(fixture.user("motcua1")), id, FeedbackAction.ACCEPT, ActionInput.NONE);

        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.find(done.id())
                .map(t -> t.complaintAcceptedAt() != null && t.finishedAt() != null).orElse(false));
        Track incremental = ledger.find(done.id()).orElseThrow();
        assertThat(incremental.complaintAt()).isEqualTo(incremental.complaintAcceptedAt());
        assertThat(incremental.withoutEventTime()).isEqualTo(recomputation.track(done.id()));
    }
}
