package vn.opendvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.opendvc.testing.DossierFixture.BIRTH;
import static vn.opendvc.testing.DossierFixture.HAI_CHAU;
import static vn.opendvc.testing.DossierFixture.pdf;
import static vn.opendvc.testing.DossierFixture.validForm;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.opendvc.catalog.Procedure;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.OnMondayMorning;

/**
 * The system-wide read of submitted dossiers: drafts left out, chunks in id order, and the documents' origins as
 * {@link DocumentOrigins} decides them from the stored files.
 */
@ApplicationTest
@OnMondayMorning
class DossierFactsTest {

    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    DossierFacts facts;

    @Test
    void chunksHoldEverySubmittedDossierOnceInIdOrderAndNoDraft() {
        Dossier draft = fixture.draft("congdan1", BIRTH);
        Dossier submitted = fixture.submitted();
        Dossier done = fixture.done("congdan1");

        List<Long> ids = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        facts.forEachChunk(7, chunk -> {
            sizes.add(chunk.size());
            chunk.forEach(f -> ids.add(f.id()));
            assertThat(chunk).allSatisfy(f -> assertThat(f.status()).isNotEqualTo(DossierStatus.DRAFT));
        });
        assertThat(ids).contains(submitted.id(), done.id()).doesNotContain(draft.id()).isSorted()
                .doesNotHaveDuplicates();
        assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(1, 7));
        assertThat(facts.find(draft.id())).isEmpty();

        DossierFacts.Fact fact = facts.find(done.id()).orElseThrow();
        assertThat(fact.code()).isEqualTo(done.code());
        assertThat(fact.agencyCode()).isEqualTo(HAI_CHAU);
        assertThat(fact.status()).isEqualTo(DossierStatus.DONE);
        assertThat(fact.submittedAt()).isNotNull();
        assertThat(fact.receivedAt()).isNotNull();
        assertThat(fact.finishedAt()).isNotNull();
        assertThat(fact.documents()).isEqualTo(new DocumentOrigins(true, false));
        assertThatThrownBy(() -> facts.forEachChunk(0, chunk -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDocumentScannedAtTheCounterIsDigitizedAndPaperIsNot() {
        CurrentUser receiver = fixture.user("motcua1");
        Procedure birth = fixture.procedure(BIRTH);
        Dossier paper = dossiers.submit(receiver, dossiers.createDraft(receiver, new Dossiers.NewDossier(birth.id(),
                HAI_CHAU, validForm(birth), Channel.COUNTER, "Lê Văn Giấy", "0905111333")).id());
        long scannedDraft = dossiers.createDraft(receiver, new Dossiers.NewDossier(birth.id(), HAI_CHAU,
                validForm(birth), Channel.COUNTER, "Lê Văn Quét", "0905111444")).id();
        dossiers.attach(receiver, scannedDraft, birth.documents().getFirst().name(),
                new Dossiers.Upload("scan.pdf", pdf()));
        Dossier scanned = dossiers.submit(receiver, scannedDraft);

        assertThat(facts.find(paper.id()).orElseThrow().documents()).isEqualTo(new DocumentOrigins(false, false));
        assertThat(facts.find(scanned.id()).orElseThrow().documents()).isEqualTo(DocumentOrigins.of(Channel.COUNTER,
                fixture.reload(scanned.id()).files()));
        assertThat(facts.find(scanned.id()).orElseThrow().documents().digitized()).isTrue();
    }
}
