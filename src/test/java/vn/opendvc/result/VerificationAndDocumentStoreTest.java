package vn.opendvc.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.opendvc.identity.Accounts;
import vn.opendvc.result.internal.HolderMask;
import vn.opendvc.testing.ApplicationTest;

/**
 * The public verification page tells a byte-identical file from any other, shows the holder masked and never hands
 * the file out; an uploaded signed result is kept byte for byte; the document store belongs to its owner alone.
 */
@ApplicationTest
class VerificationAndDocumentStoreTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Results results;
    @Autowired
    Accounts accounts;

    private final ObjectMapper json = new ObjectMapper();

    private long accountId(String username) {
        return accounts.findByUsername(username).orElseThrow().accountId();
    }

    private String token(String username) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"Demo@123\"}")).andReturn();
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("access_token").asString();
    }

    private MockHttpSession signIn(String username) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", username)
                .param("password", "Demo@123")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    @Test
    void theVerificationPageMatchesTheIssuedFileAndRejectsAnyOther() throws Exception {
        IssuedResult issued = results.issue(ResultSigningTest.birthCertificate(accountId("congdan1")));
        byte[] pdf = results.content(issued.verificationId());
        String url = "/verify/" + issued.verificationId();

        String page = mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Giấy khai sinh", "Đăng ký khai sinh", "DNG-HAICHAU-261110-0001",
                "Nguyễn V** A*", "0480******34", ResultSigningTest.AGENCY, "CN=" + ResultSigningTest.AGENCY,
                issued.sha256()).doesNotContain("048090001234", "Nguyễn Văn An");

        String match = mvc.perform(multipart(url).file(new MockMultipartFile("file", "kq.pdf", "application/pdf", pdf))
                .with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(match).contains("data-testid=\"verify-match\"").doesNotContain("data-testid=\"verify-mismatch\"");

        byte[] altered = pdf.clone();
        altered[altered.length / 2] ^= 0x01;
        String mismatch = mvc.perform(multipart(url)
                .file(new MockMultipartFile("file", "kq.pdf", "application/pdf", altered)).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(mismatch).contains("data-testid=\"verify-mismatch\"").doesNotContain("data-testid=\"verify-match\"");

        assertThat(mvc.perform(multipart(url).file(new MockMultipartFile("file", "kq.pdf", "application/pdf", pdf)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/verify/khongCoMaNay123")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(url + "/file")).andReturn().getResponse().getStatus()).isIn(401, 403, 404);
    }

    @Test
    void anUploadedSignedResultIsStoredUnchangedWithItsSigner() throws Exception {
        byte[] signed = results.content(results.issue(ResultSigningTest.birthCertificate(null)).verificationId());

        IssuedResult stored = results.store(new SignedResultUpload(991L, "DNG-HAICHAU-261111-0002",
                "Đăng ký khai sinh", "Giấy khai sinh", "TEST-KETQUA", ResultSigningTest.AGENCY, null,
                "Trần Thị Bích Ngọc", "048195004567", Instant.parse("2026-11-13T02:00:00Z"), "giay-khai-sinh.pdf",
                signed));

        assertThat(stored.origin()).isEqualTo(ResultOrigin.UPLOADED);
        assertThat(results.content(stored.verificationId())).isEqualTo(signed);
        assertThat(stored.sha256()).isEqualTo(ResultServiceSha.hex(signed));
        assertThat(stored.signerSubject()).contains("CN=" + ResultSigningTest.AGENCY);
        assertThat(results.forReference(991L)).extracting(IssuedResult::verificationId)
                .containsExactly(stored.verificationId());
        assertThatThrownBy(() -> results.store(new SignedResultUpload(992L, null, "Đăng ký khai sinh",
                "Giấy khai sinh", "TEST-KETQUA", ResultSigningTest.AGENCY, null, "Trần Thị Bích Ngọc", null, null,
                "x.pdf", "not a pdf".getBytes(StandardCharsets.US_ASCII)))).isInstanceOf(ResultRejected.class);
    }

    @Test
    void theDocumentStoreBelongsToItsOwnerAlone() throws Exception {
        long owner = accountId("congdan1");
        IssuedResult issued = results.issue(ResultSigningTest.birthCertificate(owner));
        assertThat(issued.storeDocumentId()).isNotNull();
        // a whole picture: the store decodes what it keeps
        ByteArrayOutputStream image = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", image);
        byte[] png = image.toByteArray();
        StoreEntry kept = results.storeDocument(owner, "Sổ hộ khẩu", png);
        StoreEntry notReusable = results.storeDocument(owner, "Nháp", png);
        assertThat(results.markReusable(owner, kept.id())).isTrue();
        assertThat(results.markReusable(accountId("congdan2"), notReusable.id())).isFalse();

        String ownerToken = token("congdan1");
        JsonNode list = json.readTree(mvc.perform(get("/api/v1/me/documents")
                .header("Authorization", "Bearer " + ownerToken)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(list.valueStream().map(d -> d.get("id").asLong()).toList())
                .contains(issued.storeDocumentId(), kept.id()).doesNotContain(notReusable.id());
        JsonNode result = list.valueStream().filter(d -> d.get("id").asLong() == issued.storeDocumentId())
                .findFirst().orElseThrow();
        assertThat(result.get("origin").asString()).isEqualTo("ISSUED_RESULT");
        assertThat(result.get("verificationId").asString()).isEqualTo(issued.verificationId());
        assertThat(result.get("sha256").asString()).isEqualTo(issued.sha256());

        MvcResult download = mvc.perform(get("/api/v1/me/documents/" + issued.storeDocumentId())
                .header("Authorization", "Bearer " + ownerToken)).andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(results.content(issued.verificationId()));

        String otherToken = token("congdan2");
        assertThat(mvc.perform(get("/api/v1/me/documents/" + issued.storeDocumentId())
                .header("Authorization", "Bearer " + otherToken)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        JsonNode othersList = json.readTree(mvc.perform(get("/api/v1/me/documents")
                .header("Authorization", "Bearer " + otherToken)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(othersList.valueStream().map(d -> d.get("id").asLong()).toList())
                .doesNotContain(issued.storeDocumentId(), kept.id());
        MockHttpSession other = signIn("congdan2");
        assertThat(mvc.perform(get("/me/documents/" + kept.id() + "/file").session(other)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(results.document(accountId("congdan2"), kept.id())).isEmpty();

        MockHttpSession ownerSession = signIn("congdan1");
        String page = mvc.perform(get("/me/documents").session(ownerSession)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-id=\"" + kept.id() + "\"", "Sổ hộ khẩu",
                "/verify/" + issued.verificationId());

        MvcResult uploaded = mvc.perform(multipart("/api/v1/me/documents")
                .file(new MockMultipartFile("file", "cccd.png", "image/png", png)).param("name", "Ảnh CCCD")
                .header("Authorization", "Bearer " + ownerToken)).andReturn();
        assertThat(uploaded.getResponse().getStatus()).isEqualTo(201);
        JsonNode added = json.readTree(uploaded.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(added.get("reusable").asBoolean()).isTrue();
        assertThat(added.get("mediaType").asString()).isEqualTo("image/png");
        assertThat(mvc.perform(multipart("/api/v1/me/documents")
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "plain text".getBytes()))
                .header("Authorization", "Bearer " + ownerToken)).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    @Test
    void holdersAreMaskedOnThePublicPage() {
        assertThat(HolderMask.name("Nguyễn Văn An")).isEqualTo("Nguyễn V** A*");
        assertThat(HolderMask.name("Trần Thị Bích Ngọc")).isEqualTo("Trần T** B*** N***");
        assertThat(HolderMask.idNumber("048090001234")).isEqualTo("0480******34");
        assertThat(HolderMask.idNumber("12345")).isEqualTo("*****");
    }
}
