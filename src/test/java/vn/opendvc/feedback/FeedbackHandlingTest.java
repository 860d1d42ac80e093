package vn.opendvc.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.OnMondayMorning;
import vn.opendvc.testing.UnsafeFiles;

/**
 * Feedback through the portal's API, on the real database: anonymous and signed-in submission with the receipt,
 * who may read it (author by account or token, the handling agency's officers; 404 for anyone else), the whole
 * handling (accept, assign, draft, approve), duplicates answered alike, publishing, rating, one reopening.
 */
@ApplicationTest
@OnMondayMorning
class FeedbackHandlingTest {

    static final String HAI_CHAU = DossierFixture.HAI_CHAU;

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;
    @Autowired
    JsonMapper json;

    @Test
    void anAnonymousAuthorGetsAReceiptAndReadsItWithTheTokenOnly() throws Exception {
        MvcResult created = mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("kind", "suggestion", "title", "Thêm chỗ ngồi chờ",
                        "content", "Bộ phận một cửa thiếu ghế cho người cao tuổi.", "contactEmail",
                        "an.danh@example.vn")))).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        JsonNode receipt = body(created);
        long id = receipt.get("id").asLong();
        assertThat(receipt.get("code").asString()).matches("PA-261123-\\d{6}");
        String token = receipt.get("token").asString();
        assertThat(token).hasSizeGreaterThanOrEqualTo(30);

        assertThat(status(get("/api/v1/feedback/" + id))).isEqualTo(404);
        assertThat(status(get("/api/v1/feedback/" + id).header("X-Feedback-Token", "wrong-token"))).isEqualTo(404);
        JsonNode mine = body(mvc.perform(get("/api/v1/feedback/" + id).header("X-Feedback-Token", token)).andReturn());
        assertThat(mine.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(mine.get("agencyCode").asString()).as("no agency named: the default").isEqualTo("DNG-TTPVHCC");
        assertThat(mine.get("contact").get("email").asString()).isEqualTo("an.danh@example.vn");
        assertThat(mine.get("deadline").get("state").asString()).isEqualTo("ON_TRACK");

        assertThat(status(get("/api/v1/feedback/" + id).header(HttpHeaders.AUTHORIZATION,
                fixture.token("motcua2")))).as("officer of the handling agency").isEqualTo(200);
        assertThat(status(get("/api/v1/feedback/" + id).header(HttpHeaders.AUTHORIZATION,
                fixture.token("motcua1")))).as("officer of another agency").isEqualTo(404);
        assertThat(status(get("/api/v1/feedback/" + id).header(HttpHeaders.AUTHORIZATION,
                fixture.token("congdan2")))).as("another citizen").isEqualTo(404);
    }

    @Test
    void anAnonymousSubmissionNeedsAContactAndTheFieldsAreChecked() throws Exception {
        MvcResult refused = mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("kind", "regulation", "title", " ", "content", "x",
                        "contactPhone", "12345", "latitude", 16.05)))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = body(refused);
        assertThat(problem.get("errors").propertyNames()).contains("title", "contactPhone", "latitude");
        assertThat(problem.get("errors").get("title").asString()).isEqualTo("Trường này là bắt buộc");
    }

    @Test
    void aPhotoFollowsTheUploadRulesAndARenamedExecutableIsRefused() throws Exception {
        MvcResult withPhoto = mvc.perform(multipart("/api/v1/feedback")
                .file(new MockMultipartFile("file", "o-ga.png", "image/png", UnsafeFiles.image("png")))
                .param("kind", "suggestion").param("title", "Ổ gà trước trụ sở").param("content", "Có ổ gà lớn.")
                .param("contactPhone", "0905000111").param("latitude", "16.0678").param("longitude", "108.2208"))
                .andReturn();
        assertThat(withPhoto.getResponse().getStatus()).isEqualTo(201);
        JsonNode receipt = body(withPhoto);
        JsonNode seen = body(mvc.perform(get("/api/v1/feedback/" + receipt.get("id").asLong())
                .header("X-Feedback-Token", receipt.get("token").asString())).andReturn());
        assertThat(seen.get("files").get(0).get("mediaType").asString()).isEqualTo("image/png");
        assertThat(seen.get("location").get("latitude").asDouble()).isEqualTo(16.0678);

        MvcResult executable = mvc.perform(multipart("/api/v1/feedback")
                .file(new MockMultipartFile("file", "anh.png", "image/png", "MZ\u0090\u0000 not an image"
                        .getBytes(StandardCharsets.ISO_8859_1)))
                .param("kind", "suggestion").param("title", "t").param("content", "c")
                .param("contactPhone", "0905000111")).andReturn();
        assertThat(executable.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(executable).get("errors").has("files")).isTrue();
    }

    @Test
    void acceptedAssignedDraftedApprovedThenPublishedRatedAndReopenedOnce() throws Exception {
        String citizen = fixture.token("congdan1");
        long id = submit(citizen, Map.of("kind", "officer-conduct", "title", "Cán bộ yêu cầu giấy tờ không cần thiết",
                "content", "Tôi được yêu cầu nộp bản sao hộ khẩu dù thủ tục không đòi.", "agencyCode", HAI_CHAU));
        JsonNode received = read(citizen, id);
        assertThat(received.get("contact").isNull()).as("a signed-in author's contact is their account").isTrue();

        assertThat(status(act("chuyenvien1", id, "accept", Map.of()))).as("only the desk accepts").isEqualTo(409);
        JsonNode accepted = body(mvc.perform(act("motcua1", id, "accept", Map.of())).andReturn());
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        // Monday 23/11/2026 09:30 + 10 working days = Monday 7/12 09:30 (+07:00)
        assertThat(accepted.get("answerDueAt").asString()).isEqualTo("2026-12-07T02:30:00Z");

        long specialist = fixture.user("chuyenvien1").accountId();
        assertThat(status(act("lanhdao1", id, "assign", Map.of("officerId", fixture.user("congdan2").accountId()))))
                .as("a citizen is no officer of the agency").isEqualTo(400);
        assertThat(body(mvc.perform(act("lanhdao1", id, "assign", Map.of("officerId", specialist))).andReturn())
                .get("status").asString()).isEqualTo("ASSIGNED");
        JsonNode drafted = body(mvc.perform(act("chuyenvien1", id, "draft",
                Map.of("answer", "Thủ tục không yêu cầu sổ hộ khẩu; cơ quan đã nhắc nhở cán bộ."))).andReturn());
        assertThat(drafted.get("status").asString()).isEqualTo("DRAFTED");
        assertThat(read(citizen, id).get("draftAnswer").isNull()).as("the draft is the officers'").isTrue();
        JsonNode answered = body(mvc.perform(act("lanhdao1", id, "approve", Map.of())).andReturn());
        assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(answered.get("answeredOnTime").asBoolean()).isTrue();

        JsonNode seen = read(citizen, id);
        assertThat(seen.get("answer").asString()).startsWith("Thủ tục không yêu cầu");
        assertThat(seen.get("actions")).extracting(JsonNode::asString).containsExactly("publish", "rate", "reopen");
        assertThat(status(authorAct(citizen, id, "publish", Map.of()))).isEqualTo(200);
        assertThat(status(authorAct(citizen, id, "rate", Map.of("satisfied", false)))).isEqualTo(200);
        assertThat(status(authorAct(citizen, id, "rate", Map.of("satisfied", true)))).isEqualTo(409);
        assertThat(status(authorAct(fixture.token("congdan2"), id, "publish", Map.of())))
                .as("not their feedback").isEqualTo(404);

        JsonNode reopened = body(mvc.perform(authorAct(citizen, id, "reopen",
                Map.of("note", "Cán bộ vẫn yêu cầu giấy tờ đó."))).andReturn());
        assertThat(reopened.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(reopened.get("published").asBoolean()).isFalse();
        mvc.perform(act("chuyenvien1", id, "draft", Map.of("answer", "Đã xử lý kỷ luật cán bộ.")));
        mvc.perform(act("lanhdao1", id, "approve", Map.of()));
        MvcResult twice = mvc.perform(authorAct(citizen, id, "reopen", Map.of("note", "Lần nữa"))).andReturn();
        assertThat(twice.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(twice).get("detail").asString()).isEqualTo("Phản ánh chỉ được đề nghị xem xét lại một lần");
    }

    @Test
    void mergedDuplicatesGetTheSameAnswer() throws Exception {
        String citizen = fixture.token("congdan1");
        long first = submit(citizen, Map.of("kind", "regulation", "title", "Phí cấp bản sao quá cao", "content",
                "Phí 50.000 đồng cho một bản sao là quá cao.", "agencyCode", HAI_CHAU));
        long duplicate = submit(fixture.token("congdan2"), Map.of("kind", "regulation", "title", "Lệ phí bản sao",
                "content", "Lệ phí bản sao trích lục cao.", "agencyCode", HAI_CHAU));
        long earlier = submit(fixture.token("congdan2"), Map.of("kind", "regulation", "title", "Phí bản sao",
                "content", "Phí bản sao chứng thực cao.", "agencyCode", HAI_CHAU));
        mvc.perform(act("motcua1", first, "accept", Map.of()));
        assertThat(status(act("motcua1", duplicate, "merge", Map.of("targetId", duplicate)))).isEqualTo(400);
        assertThat(status(act("motcua1", earlier, "merge", Map.of("targetId", duplicate)))).isEqualTo(200);
        assertThat(body(mvc.perform(act("motcua1", duplicate, "merge", Map.of("targetId", first))).andReturn())
                .get("status").asString()).isEqualTo("MERGED");
        mvc.perform(act("lanhdao1", first, "assign", Map.of("officerId", fixture.user("lanhdao1").accountId())));
        mvc.perform(act("lanhdao1", first, "draft", Map.of("answer", "Mức phí theo Thông tư của Bộ Tài chính.")));
        mvc.perform(act("lanhdao1", first, "approve", Map.of()));

        JsonNode merged = read(fixture.token("congdan2"), duplicate);
        assertThat(merged.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(merged.get("answer").asString()).isEqualTo("Mức phí theo Thông tư của Bộ Tài chính.");
        assertThat(merged.get("mergedIntoId").asLong()).isEqualTo(first);
        assertThat(read(fixture.token("congdan2"), earlier).get("answer").asString())
                .as("merged into a feedback merged in its turn").isEqualTo("Mức phí theo Thông tư của Bộ Tài chính.");
    }

    @Test
    void aFeedbackAboutADossierGoesToTheAgencyThatHandlesItAndOnlyForItsApplicant() throws Exception {
        Dossier dossier = fixture.submitted("congdan1");
        Map<String, Object> about = new LinkedHashMap<>(Map.of("kind", "dossier-handling", "title", "Hồ sơ chậm",
                "content", "Hồ sơ của tôi chưa được tiếp nhận.", "dossierId", dossier.id()));
        assertThat(mvc.perform(post("/api/v1/feedback").header(HttpHeaders.AUTHORIZATION, fixture.token("congdan2"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(about))).andReturn()
                .getResponse().getStatus()).as("not their dossier").isEqualTo(400);
        long id = submit(fixture.token("congdan1"), about);
        JsonNode seen = read(fixture.token("motcua1"), id);
        assertThat(seen.get("agencyCode").asString()).isEqualTo(dossier.agencyCode());
        assertThat(seen.get("dossierId").asLong()).isEqualTo(dossier.id());
    }

    @Test
    void theTransferIsRecordedAndTheNewAgencyAcceptsIt() throws Exception {
        long id = submit(fixture.token("congdan1"), Map.of("kind", "regulation", "title", "Quy định về phí",
                "content", "Thuộc thẩm quyền của Sở Tài chính.", "agencyCode", HAI_CHAU));
        assertThat(status(act("motcua1", id, "transfer", Map.of("agencyCode", "DNG-SOTAICHINH"))))
                .as("a transfer says why").isEqualTo(400);
        JsonNode moved = body(mvc.perform(act("motcua1", id, "transfer", Map.of("agencyCode", "DNG-SOTAICHINH",
                "note", "Thuộc thẩm quyền của Sở Tài chính"))).andReturn());
        assertThat(moved.get("agencyCode").asString()).isEqualTo("DNG-SOTAICHINH");
        assertThat(moved.get("transfers").get(0).get("late").asBoolean()).isFalse();
        assertThat(status(get("/api/v1/feedback/" + id).header(HttpHeaders.AUTHORIZATION,
                fixture.token("motcua1")))).as("no longer Hải Châu's").isEqualTo(404);
        assertThat(body(mvc.perform(act("lanhdao2", id, "accept", Map.of())).andReturn()).get("status").asString())
                .isEqualTo("ACCEPTED");
    }

    long submit(String bearer, Map<String, ?> body) throws Exception {
        MvcResult created = mvc.perform(post("/api/v1/feedback").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))).andReturn();
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
        JsonNode receipt = body(created);
        assertThat(receipt.get("token").isNull()).as("a signed-in author needs no token").isTrue();
        return receipt.get("id").asLong();
    }

    JsonNode read(String bearer, long id) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/feedback/" + id).header(HttpHeaders.AUTHORIZATION, bearer))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return body(result);
    }

    MockHttpServletRequestBuilder act(String username, long id, String action, Map<String, ?> body)
            throws Exception {
        return authorAct(fixture.token(username), id, action, body);
    }

    MockHttpServletRequestBuilder authorAct(String bearer, long id, String action, Map<String, ?> body) {
        return post("/api/v1/feedback/" + id + "/" + action).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
