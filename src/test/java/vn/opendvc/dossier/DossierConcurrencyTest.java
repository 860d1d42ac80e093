package vn.opendvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.opendvc.testing.DossierFixture.BIRTH;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.AtOnce;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.OnMondayMorning;

/** Many submissions at once get distinct consecutive codes; of two officers acting at once exactly one wins. */
@ApplicationTest
@OnMondayMorning
class DossierConcurrencyTest {

    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    MovableClock clock;

    @Test
    void twentyConcurrentSubmissionsGetTwentyDistinctConsecutiveCodes() throws Exception {
        clock.set("2026-12-01T08:15");
        List<Dossier> drafts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            drafts.add(fixture.draft(i % 2 == 0 ? "congdan1" : "congdan2", BIRTH));
        }
        List<Callable<?>> submissions = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            var applicant = fixture.user(i % 2 == 0 ? "congdan1" : "congdan2");
            long id = drafts.get(i).id();
            submissions.add(() -> dossiers.submit(applicant, id));
        }

        List<Object> results = AtOnce.run(submissions);

        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(Dossier.class));
        List<String> codes = results.stream().map(r -> ((Dossier) r).code()).toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("DNG-HAICHAU-261201-\\d{4}"));
        List<Integer> numbers = codes.stream().map(c -> Integer.parseInt(c.substring(c.length() - 4))).sorted()
                .toList();
        assertThat(numbers.getLast() - numbers.getFirst()).as("consecutive: %s", numbers).isEqualTo(19);
        for (Dossier draft : drafts) {
            Dossier after = fixture.reload(draft.id());
            assertThat(after.status()).isEqualTo(DossierStatus.SUBMITTED);
            assertThat(after.history()).hasSize(1);
        }
    }

    @Test
    void twoOfficersReceivingTheSameDossierAtOnceExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            Dossier submitted = fixture.submitted();
            var officer = fixture.user("motcua1");
            Callable<Dossier> receive = () -> dossiers.act(officer, submitted.id(), new Dossiers.ActionRequest(
                    DossierAction.RECEIVE, null, submitted.version(), List.of(), null, null));

            List<Object> results = AtOnce.run(List.of(receive, receive));

            assertThat(results).filteredOn(Dossier.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(r -> !(r instanceof Dossier)).singleElement()
                    .isInstanceOfSatisfying(DossierProblem.class, p -> {
                        assertThat(p.getStatusCode().value()).isEqualTo(409);
                        assertThat(p.getBody().getType().toString()).isIn("urn:opendvc:problem:concurrent-change",
                                "urn:opendvc:problem:illegal-transition");
                    });
            Dossier after = fixture.reload(submitted.id());
            assertThat(after.status()).isEqualTo(DossierStatus.RECEIVED);
            assertThat(after.history()).filteredOn(h -> h.action() == DossierAction.RECEIVE).hasSize(1);
            assertThat(after.steps()).hasSize(4);
            assertThat(after.files()).filteredOn(f -> f.kind() == DossierFile.Kind.RECEIPT).hasSize(1);
        }
    }

    @Test
    void anActionDecidedOnAStaleVersionIsAConcurrentChange() {
        Dossier submitted = fixture.submitted();
        fixture.act("motcua1", submitted.id(), DossierAction.RECEIVE);
        DossierProblem problem = org.assertj.core.api.Assertions.catchThrowableOfType(DossierProblem.class,
                () -> dossiers.act(fixture.user("motcua1"), submitted.id(), new Dossiers.ActionRequest(
                        DossierAction.REQUEST_SUPPLEMENT, null, submitted.version(), List.of("CCCD"), null, null)));
        assertThat(problem.getStatusCode().value()).isEqualTo(409);
        assertThat(problem.getBody().getType()).hasToString("urn:opendvc:problem:concurrent-change");
        assertThat(fixture.reload(submitted.id()).status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(fixture.reload(submitted.id()).history()).hasSize(2);
    }
}
