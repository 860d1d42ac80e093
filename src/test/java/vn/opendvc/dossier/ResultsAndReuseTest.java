package vn.opendvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.opendvc.testing.DossierFixture.BIRTH;
import static vn.opendvc.testing.DossierFixture.HAI_CHAU;
import static vn.opendvc.testing.DossierFixture.pdf;
import static vn.opendvc.testing.DossierFixture.validForm;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.opendvc.result.Results;
import vn.opendvc.result.StoreEntry;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.OnMondayMorning;

/**
 * The end of the full process and the once-only principle: a completed dossier gets a result signed by its agency,
 * which lands in the citizen's document store and can be attached to a later dossier without uploading it again.
 */
@ApplicationTest
@OnMondayMorning
class ResultsAndReuseTest {

    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    MockMvc mvc;

    @Autowired
    Results results;

    private Dossier completed() {
        Dossier d = fixture.processing();
        fixture.act("chuyenvien1", d.id(), DossierAction.FORWARD);
        return fixture.act("lanhdao1", d.id(), DossierAction.COMPLETE);
    }

    @Test
    void aCompletedDossierHasASignedResultThatPdfsigAccepts() throws Exception {
        Dossier done = completed();
        DossierFile result = done.files().stream().filter(f -> f.kind() == DossierFile.Kind.RESULT).findFirst()
                .orElseThrow();
        assertThat(result.source()).isEqualTo(DossierFile.Source.ISSUED);
        assertThat(result.verificationId()).isNotBlank();
        assertThat(results.find(result.verificationId())).get()
                .satisfies(r -> assertThat(r.sha256()).isEqualTo(result.sha256()));

        byte[] pdf;
        try (InputStream in = dossiers.result(fixture.user("congdan1"), done.id()).orElseThrow().content()) {
            pdf = in.readAllBytes();
        }
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)))
                .isEqualTo(result.sha256());
        Path pdfsig = Path.of("/usr/bin/pdfsig");
        Assumptions.assumeTrue(Files.isExecutable(pdfsig), "poppler's pdfsig not installed: signature check skipped");
        Path file = Files.createTempFile("ket-qua", ".pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder(pdfsig.toString(), file.toString()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("Signature is Valid.").contains("Phường Hải Châu");
    }

    @Test
    void theResultIsTheHoldersAloneThroughTheApi() throws Exception {
        Dossier done = completed();
        MvcResult mine = mvc.perform(get("/api/v1/dossiers/{id}/result", done.id())
                .header("Authorization", fixture.token("congdan1"))).andReturn();
        assertThat(mine.getResponse().getStatus()).isEqualTo(200);
        assertThat(mine.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(mine.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        MvcResult other = mvc.perform(get("/api/v1/dossiers/{id}/result", done.id())
                .header("Authorization", fixture.token("congdan2"))).andReturn();
        assertThat(other.getResponse().getStatus()).isEqualTo(404);
        MvcResult notYet = mvc.perform(get("/api/v1/dossiers/{id}/result", fixture.submitted().id())
                .header("Authorization", fixture.token("congdan1"))).andReturn();
        assertThat(notYet.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aDocumentFromTheStoreIsAttachedWithoutUploadingItAgain() {
        Dossier done = completed();
        String verificationId = done.files().stream().filter(f -> f.kind() == DossierFile.Kind.RESULT)
                .findFirst().orElseThrow().verificationId();
        StoreEntry issued = results.documents(fixture.user("congdan1").accountId()).stream()
                .filter(e -> verificationId.equals(e.verificationId())).findFirst().orElseThrow();

        Dossier draft = dossiers.createDraft(fixture.user("congdan1"), new Dossiers.NewDossier(done.procedureId(), HAI_CHAU,
                validForm(fixture.procedure(BIRTH)), vn.opendvc.dossier.Channel.ONLINE, null, null));
        String document = fixture.procedure(BIRTH).documents().get(1).name();
        long filesOnDiskBefore = filesOnDisk();
        Dossier withReused = dossiers.attachFromStore(fixture.user("congdan1"), draft.id(), document, issued.id());
        DossierFile reused = withReused.files().getLast();
        assertThat(reused.source()).isEqualTo(DossierFile.Source.FROM_STORE);
        assertThat(reused.document()).isEqualTo(document);
        assertThat(reused.sha256()).isEqualTo(issued.sha256());
        assertThat(filesOnDisk()).isEqualTo(filesOnDiskBefore + 1); // a copy for the dossier, nothing uploaded

        DossierProblem notHers = catchThrowableOfType(DossierProblem.class, () -> dossiers.attachFromStore(
                fixture.user("congdan2"), draft.id(), document, issued.id()));
        assertThat(notHers.getStatusCode().value()).isEqualTo(404);
        Dossier otherDraft = dossiers.createDraft(fixture.user("congdan2"), new Dossiers.NewDossier(done.procedureId(),
                HAI_CHAU, validForm(fixture.procedure(BIRTH)), vn.opendvc.dossier.Channel.ONLINE, null, null));
        DossierProblem notInHerStore = catchThrowableOfType(DossierProblem.class, () -> dossiers.attachFromStore(
                fixture.user("congdan2"), otherDraft.id(), document, issued.id()));
        assertThat(notInHerStore.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void anUploadKeptInTheStoreIsReusable() {
        Dossier draft = dossiers.createDraft(fixture.user("congdan2"), new Dossiers.NewDossier(fixture.procedure(BIRTH).id(),
                HAI_CHAU, validForm(fixture.procedure(BIRTH)), vn.opendvc.dossier.Channel.ONLINE, null, null));
        String document = fixture.procedure(BIRTH).documents().getFirst().name();
        long before = results.documents(fixture.user("congdan2").accountId()).stream().filter(StoreEntry::reusable).count();
        dossiers.attach(fixture.user("congdan2"), draft.id(), document, new Dossiers.Upload("to-khai.pdf", pdf()), true);
        List<StoreEntry> reusable = results.documents(fixture.user("congdan2").accountId()).stream()
                .filter(StoreEntry::reusable).toList();
        assertThat(reusable).hasSize((int) before + 1);
        assertThat(reusable).anySatisfy(e -> assertThat(e.name()).isEqualTo(document));
    }

    private static long filesOnDisk() {
        try (var files = Files.walk(Path.of(System.getProperty("opendvc.storage.directory", "target/test-files")))) {
            return files.filter(Files::isRegularFile).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void paperScannedAtTheCounterIsMarkedDigitised() {
        var receiver = fixture.user("motcua1");
        Dossier draft = dossiers.createDraft(receiver, new Dossiers.NewDossier(fixture.procedure(BIRTH).id(), HAI_CHAU,
                validForm(fixture.procedure(BIRTH)), vn.opendvc.dossier.Channel.COUNTER, "Lê Văn Quầy", "0905111222"));
        Dossier scanned = dossiers.attach(receiver, draft.id(), fixture.procedure(BIRTH).documents().getFirst().name(),
                new Dossiers.Upload("scan.pdf", pdf()));
        assertThat(scanned.files().getLast().source()).isEqualTo(DossierFile.Source.DIGITIZED);
        Dossier online = dossiers.createDraft(fixture.user("congdan1"), new Dossiers.NewDossier(fixture.procedure(BIRTH).id(),
                HAI_CHAU, validForm(fixture.procedure(BIRTH)), vn.opendvc.dossier.Channel.ONLINE, null, null));
        Dossier uploaded = dossiers.attach(fixture.user("congdan1"), online.id(), fixture.procedure(BIRTH).documents().getFirst()
                .name(), new Dossiers.Upload("to-khai.pdf", pdf()));
        assertThat(uploaded.files().getLast().source()).isEqualTo(DossierFile.Source.UPLOADED);
    }
}
