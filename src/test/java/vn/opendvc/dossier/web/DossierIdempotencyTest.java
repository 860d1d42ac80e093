package vn.opendvc.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.opendvc.testing.DossierFixture.BIRTH;
import static vn.opendvc.testing.DossierFixture.HAI_CHAU;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.AtOnce;
import vn.opendvc.testing.DossierFixture;

/**
 * {@code Idempotency-Key} on creating and submitting a dossier: a retry after a lost answer gets the first answer
 * instead of a second draft or a 409; the same key with another request is refused; a key is its caller's own; calls
 * with one key at the same moment write once.
 */
@ApplicationTest
class DossierIdempotencyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    JsonMapper json;

    @Test
    void creatingAgainWithTheSameKeyAnswersWithTheSameDraft() throws Exception {
        String token = fixture.token("congdan1");
        String key = UUID.randomUUID().toString();
        int before = dossiers.mine(fixture.user("congdan1")).size();

        MvcResult first = create(token, key, draft(BIRTH));
        MvcResult retry = create(token, key, draft(BIRTH));

        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        assertThat(retry.getResponse().getStatus()).isEqualTo(201);
        long id = fixture.body(first).get("id").asLong();
        assertThat(fixture.body(retry).get("id").asLong()).isEqualTo(id);
        assertThat(fixture.body(retry).get("status").asString()).isEqualTo("DRAFT");
        assertThat(dossiers.mine(fixture.user("congdan1"))).hasSize(before + 1);
    }

    @Test
    void withoutAKeyEveryCreateIsANewDraft() throws Exception {
        String token = fixture.token("congdan1");
        long first = fixture.body(create(token, null, draft(BIRTH))).get("id").asLong();
        long second = fixture.body(create(token, null, draft(BIRTH))).get("id").asLong();
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void theSameKeyForAnotherRequestIsAConflict() throws Exception {
        String token = fixture.token("congdan1");
        String key = UUID.randomUUID().toString();
        Map<String, Object> request = draft(BIRTH);
        long id = fixture.body(create(token, key, request)).get("id").asLong();

        Map<String, Object> otherForm = new HashMap<>(request);
        @SuppressWarnings("unchecked")
        Map<String, String> form = new HashMap<>((Map<String, String>) request.get("formData"));
        form.replaceAll((field, value) -> value.equals("Nguyễn Thị Minh Khai") ? "Trần Văn Bình" : value);
        assertThat(form).isNotEqualTo(request.get("formData"));
        otherForm.put("formData", form);
        MvcResult other = create(token, key, otherForm);
        assertProblem(other, 409, "urn:opendvc:problem:idempotency-key-reused");

        // submitting under the key of a create is another request too
        MvcResult submit = submit(token, id, key);
        assertProblem(submit, 409, "urn:opendvc:problem:idempotency-key-reused");
        assertThat(fixture.reload(id).status()).isEqualTo(DossierStatus.DRAFT);
    }

    @Test
    void aKeyIsItsCallersOwn() throws Exception {
        String key = UUID.randomUUID().toString();
        long mine = fixture.body(create(fixture.token("congdan1"), key, draft(BIRTH))).get("id").asLong();
        MvcResult theirs = create(fixture.token("congdan2"), key, draft(BIRTH));
        assertThat(theirs.getResponse().getStatus()).isEqualTo(201);
        assertThat(fixture.body(theirs).get("id").asLong()).isNotEqualTo(mine);
        assertThat(fixture.body(theirs).get("applicantName").asString())
                .isEqualTo(fixture.user("congdan2").displayName());
    }

    @Test
    void submittingAgainWithTheSameKeyAnswersWithTheSubmittedDossier() throws Exception {
        String token = fixture.token("congdan1");
        Dossier draft = fixture.draft("congdan1", BIRTH);
        String key = UUID.randomUUID().toString();

        MvcResult first = submit(token, draft.id(), key);
        MvcResult retry = submit(token, draft.id(), key);
        MvcResult unkeyed = submit(token, draft.id(), null);

        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        assertThat(retry.getResponse().getStatus()).isEqualTo(200);
        String code = fixture.body(first).get("code").asString();
        assertThat(code).startsWith(HAI_CHAU + "-");
        assertThat(fixture.body(retry).get("code").asString()).isEqualTo(code);
        assertThat(fixture.body(retry).get("status").asInt()).isEqualTo(1);
        // without the key, the same call is what it always was: the dossier is no draft any more
        assertProblem(unkeyed, 409, "urn:opendvc:problem:illegal-transition");
    }

    @Test
    void aBadKeyIsABadRequestAndWritesNothing() throws Exception {
        String token = fixture.token("congdan1");
        int before = dossiers.mine(fixture.user("congdan1")).size();
        assertProblem(create(token, "x".repeat(101), draft(BIRTH)), 400, "urn:opendvc:problem:invalid-dossier");
        assertProblem(create(token, "khóa có dấu", draft(BIRTH)), 400, "urn:opendvc:problem:invalid-dossier");
        assertThat(dossiers.mine(fixture.user("congdan1"))).hasSize(before);
    }

    @Test
    void concurrentCreatesWithOneKeyWriteOneDraft() throws Exception {
        CurrentUser applicant = fixture.user("congdan2");
        Procedure procedure = fixture.procedure(BIRTH);
        String key = UUID.randomUUID().toString();
        int before = dossiers.mine(applicant).size();

        List<Object> answers = AtOnce.run(8, () -> dossiers.createDraft(applicant, new Dossiers.NewDossier(
                procedure.id(), HAI_CHAU, DossierFixture.validForm(procedure), Channel.ONLINE, null, null), key));

        assertThat(answers).allSatisfy(answer -> assertThat(answer).isInstanceOf(Dossier.class));
        assertThat(answers).extracting(answer -> ((Dossier) answer).id()).containsOnly(((Dossier) answers.get(0)).id());
        assertThat(dossiers.mine(applicant)).hasSize(before + 1);
    }

    @Test
    void concurrentSubmitsWithOneKeySubmitOnce() throws Exception {
        CurrentUser applicant = fixture.user("congdan2");
        Dossier draft = fixture.draft("congdan2", BIRTH);
        String key = UUID.randomUUID().toString();

        List<Object> answers = AtOnce.run(8, () -> dossiers.submit(applicant, draft.id(), key));

        assertThat(answers).allSatisfy(answer -> assertThat(answer).isInstanceOf(Dossier.class));
        assertThat(answers).extracting(answer -> ((Dossier) answer).code()).doesNotContainNull()
                .containsOnly(((Dossier) answers.get(0)).code());
        assertThat(fixture.reload(draft.id()).history())
                .filteredOn(entry -> entry.to() == DossierStatus.SUBMITTED).hasSize(1);
    }

    private Map<String, Object> draft(String procedureCode) {
        Procedure procedure = fixture.procedure(procedureCode);
        return Map.of("procedureId", procedure.id(), "agencyCode", HAI_CHAU,
                "formData", DossierFixture.validForm(procedure));
    }

    private MvcResult create(String token, String key, Map<String, Object> body) throws Exception {
        var request = post("/api/v1/dossiers").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        return mvc.perform(key == null ? request : request.header("Idempotency-Key", key)).andReturn();
    }

    private MvcResult submit(String token, long id, String key) throws Exception {
        var request = post("/api/v1/dossiers/{id}/submit", id).header("Authorization", token);
        return mvc.perform(key == null ? request : request.header("Idempotency-Key", key)).andReturn();
    }

    private void assertProblem(MvcResult result, int status, String type) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = fixture.body(result);
        assertThat(problem.get("type").asString()).isEqualTo(type);
    }
}
