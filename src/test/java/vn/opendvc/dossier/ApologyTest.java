package vn.opendvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.opendvc.testing.DossierFixture.text;
import static vn.opendvc.testing.MovableClock.vietnam;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.OnMondayMorning;

/** An apology letter with a new date: only when the dossier is about to be late, later than the old date, once. */
@ApplicationTest
@OnMondayMorning
class ApologyTest {

    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    MovableClock clock;

    /** Marital status certificate: 3 working days, no fee. */
    static final String THREE_DAYS = "1.004873";

    private Dossier receivedThreeDays() {
        Dossier d = fixture.act("motcua1", fixture.submitted("congdan1", THREE_DAYS).id(), DossierAction.RECEIVE);
        assertThat(d.dueAt()).isEqualTo(vietnam("2026-11-26T09:30"));
        return d;
    }

    private DossierProblem apologize(Dossier d, Instant newDueAt, String reason, int status) {
        Dossier before = fixture.reload(d.id());
        DossierProblem problem = catchThrowableOfType(DossierProblem.class, () -> dossiers.act(fixture.user("lanhdao1"),
                d.id(), new Dossiers.ActionRequest(DossierAction.APOLOGIZE, reason, null, List.of(), newDueAt, null)));
        assertThat(problem).isNotNull();
        assertThat(problem.getStatusCode().value()).isEqualTo(status);
        Dossier after = fixture.reload(d.id());
        assertThat(after.dueAt()).isEqualTo(before.dueAt());
        assertThat(after.history()).hasSameSizeAs(before.history());
        assertThat(after.files()).hasSameSizeAs(before.files());
        return problem;
    }

    @Test
    void notAllowedWhileOnTrack() {
        Dossier d = receivedThreeDays();
        assertThat(dossiers.actionsFor(fixture.user("lanhdao1"), d)).doesNotContain(DossierAction.APOLOGIZE);
        apologize(d, vietnam("2026-11-30T17:00"), "Cần xác minh thêm", 409);
    }

    @Test
    void whenDueSoonAllowedOnceWithALaterDateAndAReason() {
        Dossier d = receivedThreeDays();
        clock.set("2026-11-25T10:00");
        assertThat(dossiers.actionsFor(fixture.user("lanhdao1"), fixture.reload(d.id()))).contains(DossierAction.APOLOGIZE);

        DossierProblem notLater = apologize(d, d.dueAt(), "Cần xác minh thêm", 400);
        assertThat(notLater.fieldErrors()).containsKey("newDueAt");
        apologize(d, vietnam("2026-11-25T17:00"), "Cần xác minh thêm", 400);
        DossierProblem noReason = apologize(d, vietnam("2026-11-30T17:00"), " ", 400);
        assertThat(noReason.fieldErrors()).containsKey("note");

        Dossier apologized = dossiers.act(fixture.user("lanhdao1"), d.id(), new Dossiers.ActionRequest(
                DossierAction.APOLOGIZE, "Cần xác minh thêm tại cơ quan công an", null, List.of(),
                vietnam("2026-11-30T17:00"), null));
        assertThat(apologized.dueAt()).isEqualTo(vietnam("2026-11-30T17:00"));
        assertThat(apologized.apologized()).isTrue();
        assertThat(apologized.status()).isEqualTo(DossierStatus.RECEIVED);
        DossierFile letter = apologized.files().stream().filter(f -> f.kind() == DossierFile.Kind.APOLOGY)
                .findFirst().orElseThrow();
        String text = text(dossiers.file(fixture.user("congdan1"), d.id(), letter.id()).content());
        assertThat(text).contains("30/11/2026").contains("26/11/2026").contains(d.code());

        DossierProblem second = apologize(apologized, vietnam("2026-12-02T17:00"), "Lần nữa", 409);
        assertThat(second.getBody().getType()).hasToString("urn:opendvc:problem:illegal-transition");
        assertThat(fixture.reload(d.id()).files()).filteredOn(f -> f.kind() == DossierFile.Kind.APOLOGY).hasSize(1);
    }

    @Test
    void aSupplementAfterAnApologyMovesTheNewDateByTheWaitingTimeNotBackToTheLegalOne() {
        Dossier d = receivedThreeDays();
        fixture.act("motcua1", d.id(), DossierAction.FORWARD);
        clock.set("2026-11-25T10:00");
        dossiers.act(fixture.user("lanhdao1"), d.id(), new Dossiers.ActionRequest(DossierAction.APOLOGIZE,
                "Cần xác minh thêm", null, List.of(), vietnam("2026-11-30T17:00"), null));
        dossiers.act(fixture.user("chuyenvien1"), d.id(), new Dossiers.ActionRequest(DossierAction.REQUEST_SUPPLEMENT, null,
                null, List.of("Bản sao hợp đồng thuê nhà"), null, null));
        clock.set("2026-11-26T10:00");
        Dossier resubmitted = dossiers.act(fixture.user("congdan1"), d.id(),
                new Dossiers.ActionRequest(DossierAction.RESUBMIT, null, null, List.of(), null, null));
        // one working day of waiting: the apologized date moves by one working day, from Monday to Tuesday
        assertThat(resubmitted.dueAt()).isEqualTo(vietnam("2026-12-01T17:00"));
        assertThat(resubmitted.steps().getLast().dueAt()).isEqualTo(resubmitted.dueAt());
    }
}
