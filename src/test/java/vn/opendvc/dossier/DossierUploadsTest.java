package vn.opendvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static vn.opendvc.testing.DossierFixture.BIRTH;
import static vn.opendvc.testing.DossierFixture.HAI_CHAU;
import static vn.opendvc.testing.DossierFixture.pdf;
import static vn.opendvc.testing.DossierFixture.validForm;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.opendvc.catalog.Procedure;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.OnMondayMorning;

/** Uploads are judged by their content, forms by the procedure's fields; nothing is written when one is refused. */
@ApplicationTest
@OnMondayMorning
class DossierUploadsTest {

    @Autowired
    MessageSource messages;
    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    MockMvc mvc;

    static final String FORM = "Tờ khai đăng ký khai sinh theo mẫu";

    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xC8102E);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    static byte[] executable() throws IOException {
        Path ls = Path.of("/bin/ls");
        if (Files.isReadable(ls)) {
            return Files.readAllBytes(ls);
        }
        byte[] elf = new byte[64];
        elf[0] = 0x7f;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        elf[4] = 2;
        elf[5] = 1;
        elf[6] = 1;
        elf[16] = 2;
        return elf;
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private Dossier emptyDraft() {
        Procedure birth = fixture.procedure(BIRTH);
        return dossiers.createDraft(fixture.user("congdan1"), new Dossiers.NewDossier(birth.id(), HAI_CHAU,
                validForm(birth), Channel.ONLINE, null, null));
    }

    private DossierProblem refusedUpload(Dossier draft, String document, String name, byte[] content) {
        DossierProblem problem = catchThrowableOfType(DossierProblem.class,
                () -> dossiers.attach(fixture.user("congdan1"), draft.id(), document, new Dossiers.Upload(name, content)));
        assertThat(problem).isNotNull();
        Dossier after = fixture.reload(draft.id());
        assertThat(after.files()).hasSameSizeAs(draft.files());
        assertThat(after.version()).isEqualTo(draft.version());
        return problem;
    }

    @Test
    void aRenamedExecutableIsRefusedWith415() throws Exception {
        DossierProblem problem = refusedUpload(emptyDraft(), FORM, "x.pdf", executable());
        assertThat(problem.getStatusCode().value()).isEqualTo(415);
        assertThat(problem.getBody().getType()).hasToString("urn:opendvc:problem:rejected-file");
    }

    @Test
    void anEmptyFileIsRefusedWith400() {
        assertThat(refusedUpload(emptyDraft(), FORM, "empty.pdf", new byte[0]).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void aDocumentNotInTheProcedureIsRefusedWith400() {
        DossierProblem problem = refusedUpload(emptyDraft(), "Giấy phép lái xe", "gplx.pdf", pdf());
        assertThat(problem.getStatusCode().value()).isEqualTo(400);
        assertThat(problem.fieldErrors()).containsKey("document");
    }

    @Test
    void realPdfPngAndJpegAreStoredWithTheirDetectedTypeAndDigest() throws Exception {
        Dossier draft = emptyDraft();
        Map<String, byte[]> uploads = Map.of("to-khai.pdf", pdf(), "anh.png", image("png"), "chup.jpg",
                image("jpg"), "anh-doi-ten.pdf", image("png"));
        Map<String, String> expected = Map.of("to-khai.pdf", "application/pdf", "anh.png", "image/png", "chup.jpg",
                "image/jpeg", "anh-doi-ten.pdf", "image/png");
        for (var upload : uploads.entrySet()) {
            draft = dossiers.attach(fixture.user("congdan1"), draft.id(), FORM,
                    new Dossiers.Upload(upload.getKey(), upload.getValue()));
        }
        Map<String, DossierFile> byName = new HashMap<>();
        draft.files().forEach(f -> byName.put(f.fileName(), f));
        assertThat(byName).hasSize(4);
        for (var upload : uploads.entrySet()) {
            DossierFile file = byName.get(upload.getKey());
            assertThat(file.mediaType()).as(upload.getKey()).isEqualTo(expected.get(upload.getKey()));
            assertThat(file.sha256()).isEqualTo(sha256(upload.getValue()));
            assertThat(file.size()).isEqualTo(upload.getValue().length);
            assertThat(file.kind()).isEqualTo(DossierFile.Kind.DOCUMENT);
            assertThat(file.document()).isEqualTo(FORM);
            try (var content = dossiers.file(fixture.user("congdan1"), draft.id(), file.id()).content()) {
                assertThat(content.readAllBytes()).isEqualTo(upload.getValue());
            }
        }
    }

    @Test
    void submittingWithoutARequiredDocumentIs400ListingIt() {
        Dossier draft = emptyDraft();
        dossiers.attach(fixture.user("congdan1"), draft.id(), FORM, new Dossiers.Upload("to-khai.pdf", pdf()));
        DossierProblem problem = catchThrowableOfType(DossierProblem.class,
                () -> dossiers.submit(fixture.user("congdan1"), draft.id()));
        assertThat(problem.getStatusCode().value()).isEqualTo(400);
        assertThat(problem.fieldErrors().get("documents")).asString()
                .contains("Giấy chứng sinh (hoặc văn bản của người làm chứng/giấy cam đoan về việc sinh)")
                .contains("Giấy tờ tùy thân có ảnh").doesNotContain(FORM).doesNotContain("Văn bản ủy quyền");
        Dossier after = fixture.reload(draft.id());
        assertThat(after.status()).isEqualTo(DossierStatus.DRAFT);
        assertThat(after.code()).isNull();
        assertThat(after.history()).isEmpty();
    }

    @Test
    void aFormWithBadValuesIsRefusedWithEveryFieldKeyAndNothingIsWritten() {
        Procedure birth = fixture.procedure(BIRTH);
        int before = dossiers.mine(fixture.user("congdan1")).size();
        Map<String, String> form = new HashMap<>(validForm(birth));
        form.put("soDinhDanhMe", "04809000123");
        form.put("soDienThoai", "12345");
        form.put("ngaySinh", "31/02/2026");
        form.put("gioiTinh", "Không rõ");
        form.put("truongLa", "x");
        DossierProblem problem = catchThrowableOfType(DossierProblem.class, () -> dossiers.createDraft(
                fixture.user("congdan1"), new Dossiers.NewDossier(birth.id(), HAI_CHAU, form, Channel.ONLINE, null, null)));
        assertThat(problem.getStatusCode().value()).isEqualTo(400);
        assertThat(problem.fieldErrors()).containsOnlyKeys("soDinhDanhMe", "soDienThoai", "ngaySinh", "gioiTinh",
                "truongLa");
        // as the API renders it, in Vietnamese
        assertThat(problem.updateAndGetBody(messages, Locale.of("vi")).getProperties()).containsKey("errors");
        assertThat(dossiers.mine(fixture.user("congdan1"))).hasSize(before);
    }

    @Test
    void aDraftKeepsItsFormWhenAnUpdateIsInvalidAndCannotBeSubmittedWithARequiredFieldMissing() {
        Dossier draft = fixture.draft("congdan1", BIRTH);
        Map<String, String> bad = new HashMap<>(draft.formData());
        bad.put("soDienThoai", "0905");
        DossierProblem problem = catchThrowableOfType(DossierProblem.class,
                () -> dossiers.updateDraft(fixture.user("congdan1"), draft.id(), bad));
        assertThat(problem.fieldErrors()).containsOnlyKeys("soDienThoai");
        assertThat(fixture.reload(draft.id()).formData()).isEqualTo(draft.formData());

        Map<String, String> incomplete = new HashMap<>(draft.formData());
        incomplete.remove("hoTenTre");
        incomplete.remove("danToc");
        dossiers.updateDraft(fixture.user("congdan1"), draft.id(), incomplete);
        DossierProblem missing = catchThrowableOfType(DossierProblem.class,
                () -> dossiers.submit(fixture.user("congdan1"), draft.id()));
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(missing.fieldErrors()).containsOnlyKeys("hoTenTre", "danToc");
        assertThat(fixture.reload(draft.id()).status()).isEqualTo(DossierStatus.DRAFT);
    }

    @Test
    void theApiAnswersARenamedExecutableWith415ProblemJson() throws Exception {
        Dossier draft = emptyDraft();
        MvcResult result = mvc.perform(multipart("/api/v1/dossiers/{id}/files", draft.id())
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", executable()))
                .param("document", FORM).header("Authorization", fixture.token("congdan1"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(415);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(fixture.reload(draft.id()).files()).isEmpty();
    }
}
