package vn.opendvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.OnMondayMorning;

/** Anything the table or the current step does not allow is a 409 and changes nothing. */
@ApplicationTest
@OnMondayMorning
@RecordApplicationEvents
class IllegalTransitionsTest {

    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;

    private DossierProblem refused(String username, long id, Dossiers.ActionRequest request) {
        Dossier before = fixture.reload(id);
        events.clear();
        DossierProblem problem = catchThrowableOfType(DossierProblem.class,
                () -> dossiers.act(fixture.user(username), id, request));
        assertThat(problem).as("%s by %s on a dossier in %s", request.action(), username, before.status()).isNotNull();
        assertThat(problem.getStatusCode().value()).isEqualTo(409);
        assertThat(problem.getBody().getType()).hasToString("urn:opendvc:problem:illegal-transition");
        Dossier after = fixture.reload(id);
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.history()).hasSameSizeAs(before.history());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.currentStep()).isEqualTo(before.currentStep());
        assertThat(after.files()).hasSameSizeAs(before.files());
        assertThat(events.stream(DossierStatusChanged.class)).isEmpty();
        return problem;
    }

    private DossierProblem refused(String username, long id, DossierAction action) {
        return refused(username, id, Dossiers.ActionRequest.of(action, "thử"));
    }

    @Test
    void deliveringASubmittedDossier() {
        refused("motcua1", fixture.submitted().id(), DossierAction.DELIVER);
    }

    @Test
    void receivingADoneDossier() {
        Dossier done = fixture.act("lanhdao1", fixture.act("chuyenvien1", fixture.processing().id(), DossierAction.FORWARD).id(),
                DossierAction.COMPLETE);
        assertThat(done.status()).isEqualTo(DossierStatus.DONE);
        refused("motcua1", done.id(), DossierAction.RECEIVE);
        refused("congdan1", done.id(), DossierAction.WITHDRAW);
    }

    @Test
    void aCitizenCannotReceiveNorResubmitWithoutARequest() {
        Dossier submitted = fixture.submitted();
        refused("congdan1", submitted.id(), DossierAction.RECEIVE);
        refused("congdan1", submitted.id(), DossierAction.RESUBMIT);
        assertThat(catchThrowableOfType(DossierProblem.class, () -> dossiers.submit(fixture.user("congdan1"), submitted.id()))
                .getStatusCode().value()).as("submitting twice").isEqualTo(409);
    }

    @Test
    void officersActOnlyAtTheStepOfTheirRole() {
        Dossier atSpecialist = fixture.processing();
        refused("lanhdao1", atSpecialist.id(), DossierAction.FORWARD);
        refused("motcua1", atSpecialist.id(), DossierAction.COMPLETE);
        refused("lanhdao1", atSpecialist.id(), new Dossiers.ActionRequest(DossierAction.REQUEST_SUPPLEMENT, null,
                null, List.of("Bản sao CCCD"), null, null));
        Dossier atLeader = fixture.act("chuyenvien1", atSpecialist.id(), DossierAction.FORWARD);
        assertThat(atLeader.step().role()).isEqualTo("LEADER");
        refused("chuyenvien1", atLeader.id(), DossierAction.FORWARD);
        refused("chuyenvien1", atLeader.id(), DossierAction.COMPLETE);
        refused("chuyenvien1", atLeader.id(), DossierAction.RETURN);
        refused("chuyenvien1", atLeader.id(), DossierAction.STOP);
    }

    @Test
    void forwardingPastTheLastProcessingStep() {
        Dossier atLeader = fixture.act("chuyenvien1", fixture.processing().id(), DossierAction.FORWARD);
        assertThat(atLeader.currentStep()).isEqualTo(3);
        DossierProblem problem = refused("lanhdao1", atLeader.id(), DossierAction.FORWARD);
        // the refusal tells the leader to complete the dossier instead ("hãy dùng Hoàn thành xử lý")
        assertThat(problem.detailMessage().code()).isEqualTo("dossier.refused.last-step");
        Dossier atSpecialist = fixture.processing();
        assertThat(atSpecialist.currentStep()).isEqualTo(2);
        refused("chuyenvien1", atSpecialist.id(), DossierAction.RETURN);
    }

    @Test
    void throughTheApiAnIllegalTransitionIs409ProblemJson() throws Exception {
        Dossier submitted = fixture.submitted();
        MvcResult result = mvc.perform(post("/api/v1/dossiers/{id}/actions/deliver", submitted.id())
                .header("Authorization", fixture.token("motcua1")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = fixture.body(result);
        assertThat(problem.get("type").asString()).isEqualTo("urn:opendvc:problem:illegal-transition");
        assertThat(problem.get("status").asInt()).isEqualTo(409);
        assertThat(problem.get("title").asString()).isEqualTo("Không thể thực hiện thao tác");

        MvcResult citizen = mvc.perform(post("/api/v1/dossiers/{id}/actions/receive", submitted.id())
                .header("Authorization", fixture.token("congdan1"))).andReturn();
        assertThat(citizen.getResponse().getStatus()).isEqualTo(409);
        assertThat(citizen.getResponse().getContentType()).startsWith("application/problem+json");

        Dossier after = fixture.reload(submitted.id());
        assertThat(after.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(after.history()).hasSameSizeAs(submitted.history());
    }

    @Test
    void theRefusalNamesTheActionAndTheStatusInTheReadersLanguage() throws Exception {
        Dossier submitted = fixture.submitted();
        String officer = fixture.token("motcua1");
        JsonNode vietnamese = fixture.body(mvc.perform(post("/api/v1/dossiers/{id}/actions/deliver", submitted.id())
                .header("Authorization", officer).header("Accept-Language", "vi")).andReturn());
        assertThat(vietnamese.get("detail").asString())
                .isEqualTo("Không thể \"Trả kết quả\" khi hồ sơ ở trạng thái \"Mới đăng ký\"");
        JsonNode english = fixture.body(mvc.perform(post("/api/v1/dossiers/{id}/actions/deliver", submitted.id())
                .header("Authorization", officer).header("Accept-Language", "en")).andReturn());
        assertThat(english.get("title").asString()).isEqualTo("The action is not possible");
        assertThat(english.get("detail").asString())
                .isEqualTo("\"Deliver the result\" is not possible while the dossier is \"Submitted\"");
    }
}
