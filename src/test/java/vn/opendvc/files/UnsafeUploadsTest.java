package vn.opendvc.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.opendvc.testing.DossierFixture.BIRTH;
import static vn.opendvc.testing.DossierFixture.HAI_CHAU;
import static vn.opendvc.testing.DossierFixture.validForm;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.OnMondayMorning;
import vn.opendvc.testing.StorageFolder;
import vn.opendvc.testing.UnsafeFiles;

/**
 * Files that pass a first-bytes check but carry a script, a launch or auto-run action, an embedded file, a web page
 * behind their end, or a decompression bomb are refused wherever a citizen uploads: a dossier's attachments and the
 * document store (API and page). Nothing of a refused or rolled-back upload stays on disk.
 */
@ApplicationTest
@OnMondayMorning
class UnsafeUploadsTest {

    static final List<UnsafeFiles.Unsafe> UNSAFE = UnsafeFiles.all();
    static final String FORM = "Tờ khai đăng ký khai sinh theo mẫu";

    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    MockMvc mvc;
    @Autowired
    PlatformTransactionManager transactions;

    private Dossier emptyDraft() {
        Procedure birth = fixture.procedure(BIRTH);
        return dossiers.createDraft(fixture.user("congdan1"), new Dossiers.NewDossier(birth.id(), HAI_CHAU,
                validForm(birth), Channel.ONLINE, null, null));
    }

    private int storedDocuments(String token) throws Exception {
        return fixture.body(mvc.perform(get("/api/v1/me/documents").header("Authorization", token)).andReturn())
                .size();
    }

    @ParameterizedTest
    @FieldSource("UNSAFE")
    void anAttachmentIsRefusedWithItsReasonAndNothingIsKept(UnsafeFiles.Unsafe file) {
        Dossier draft = emptyDraft();
        Set<Path> before = StorageFolder.files();
        DossierProblem problem = catchThrowableOfType(DossierProblem.class, () -> dossiers.attach(
                fixture.user("congdan1"), draft.id(), FORM, new Dossiers.Upload(file.name(), file.content()), true));
        assertThat(problem).as(file.name()).isNotNull();
        assertThat(problem.getStatusCode().value()).isEqualTo(file.status());
        assertThat(problem.getBody().getType()).hasToString("urn:opendvc:problem:rejected-file");
        assertThat(problem.detailMessage().code()).isEqualTo(file.message());
        assertThat(fixture.reload(draft.id()).files()).isEmpty();
        assertThat(StorageFolder.since(before)).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("UNSAFE")
    void theDocumentStoreApiRefusesItWithAProblemThatSaysWhy(UnsafeFiles.Unsafe file) throws Exception {
        String token = fixture.token("congdan1");
        int before = storedDocuments(token);
        MvcResult result = mvc.perform(multipart("/api/v1/me/documents")
                .file(new MockMultipartFile("file", file.name(), "application/octet-stream", file.content()))
                .header("Authorization", token).header("Accept-Language", "en")).andReturn();
        assertThat(result.getResponse().getStatus()).as(file.name()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = fixture.body(result);
        assertThat(problem.get("type").asString()).isEqualTo("urn:opendvc:problem:document-rejected");
        assertThat(problem.get("detail").asString()).doesNotStartWith("files.upload");
        assertThat(storedDocuments(token)).isEqualTo(before);
    }

    @Test
    void theDocumentStoreHasTheUploadSizeLimit() throws Exception {
        byte[] large = UnsafeFiles.concat(UnsafeFiles.image("png"), new byte[10 * 1024 * 1024]);
        MvcResult result = mvc.perform(multipart("/api/v1/me/documents")
                .file(new MockMultipartFile("file", "lon.png", "image/png", large))
                .header("Authorization", fixture.token("congdan1")).header("Accept-Language", "en")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(fixture.body(result).get("detail").asString()).contains("too large", "10 MB");
    }

    @Test
    void theDocumentStorePageSaysWhyAFileWasRefused() throws Exception {
        MvcResult login = mvc.perform(post("/login").with(csrf()).param("username", "congdan1")
                .param("password", "Demo@123")).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        MvcResult posted = mvc.perform(multipart("/me/documents").file(new MockMultipartFile("file", "anh.jpg",
                "image/jpeg", UnsafeFiles.all().get(4).content())).with(csrf()).session(session)).andReturn();
        String page = mvc.perform(get(posted.getResponse().getRedirectedUrl()).session(session)
                .flashAttrs(posted.getFlashMap())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-testid=\"problem\"", "Không lưu được: Tệp JPEG có dữ liệu lạ sau phần kết thúc");
    }

    @Test
    void aRolledBackAttachmentLeavesNoFileInStorage() {
        Dossier draft = emptyDraft();
        Set<Path> before = StorageFolder.files();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            dossiers.attach(fixture.user("congdan1"), draft.id(), FORM,
                    new Dossiers.Upload("to-khai.pdf", DossierFixture.pdf()));
            assertThat(StorageFolder.since(before)).hasSize(1);
            status.setRollbackOnly();
        });
        assertThat(fixture.reload(draft.id()).files()).isEmpty();
        assertThat(StorageFolder.since(before)).isEmpty();
    }
}
