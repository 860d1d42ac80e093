package vn.opendvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.opendvc.testing.DossierFixture.BIRTH;
import static vn.opendvc.testing.DossierFixture.HAI_CHAU;
import static vn.opendvc.testing.DossierFixture.pdf;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.OnMondayMorning;

/** Only the applicant and the officers of the dossier's agency see a dossier; anyone else gets "not found". */
@ApplicationTest
@OnMondayMorning
class DossierOwnershipTest {

    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    MockMvc mvc;

    private static void notFound(Runnable call) {
        DossierProblem problem = catchThrowableOfType(DossierProblem.class, call::run);
        assertThat(problem).isNotNull();
        assertThat(problem.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void anotherCitizenGetsNotFoundOnFindActAndFile() {
        Dossier mine = fixture.submitted();
        long file = mine.files().getFirst().id();
        var stranger = fixture.user("congdan2");
        assertThat(dossiers.find(stranger, mine.id())).isEmpty();
        notFound(() -> dossiers.act(stranger, mine.id(), Dossiers.ActionRequest.of(DossierAction.WITHDRAW, "rút")));
        notFound(() -> dossiers.file(stranger, mine.id(), file));
        notFound(() -> dossiers.attach(stranger, mine.id(), mine.files().getFirst().document(),
                new Dossiers.Upload("x.pdf", pdf())));
        assertThat(dossiers.file(fixture.user("congdan1"), mine.id(), file).file().id()).isEqualTo(file);
        assertThat(fixture.reload(mine.id()).status()).isEqualTo(DossierStatus.SUBMITTED);
    }

    @Test
    void anOfficerOfAnotherAgencyGetsNotFound() {
        Dossier mine = fixture.submitted();
        var elsewhere = fixture.user("motcua2");
        assertThat(elsewhere.agencyCode()).isNotEqualTo(HAI_CHAU);
        assertThat(dossiers.find(elsewhere, mine.id())).isEmpty();
        notFound(() -> dossiers.act(elsewhere, mine.id(), Dossiers.ActionRequest.of(DossierAction.RECEIVE, null)));
        notFound(() -> dossiers.file(elsewhere, mine.id(), mine.files().getFirst().id()));
        assertThat(dossiers.queue(elsewhere)).noneMatch(item -> item.id() == mine.id());
        assertThat(dossiers.find(fixture.user("motcua1"), mine.id())).isPresent();
        assertThat(dossiers.queue(fixture.user("motcua1"))).anyMatch(item -> item.id() == mine.id());
    }

    @Test
    void officersOfTheAgencyDoNotSeeDrafts() {
        Dossier draft = fixture.draft("congdan1", BIRTH);
        assertThat(dossiers.find(fixture.user("motcua1"), draft.id())).isEmpty();
        notFound(() -> dossiers.file(fixture.user("motcua1"), draft.id(), draft.files().getFirst().id()));
    }

    @Test
    void aFileIdOfAnotherDossierIsNotFound() {
        Dossier mine = fixture.submitted();
        Dossier theirs = fixture.submitted("congdan2", BIRTH);
        notFound(() -> dossiers.file(fixture.user("congdan1"), mine.id(), theirs.files().getFirst().id()));
    }

    @Test
    void theApiShowsADossierToItsApplicantOnly() throws Exception {
        Dossier mine = fixture.submitted();
        MvcResult other = mvc.perform(get("/api/v1/dossiers/{id}", mine.id())
                .header("Authorization", fixture.token("congdan2"))).andReturn();
        assertThat(other.getResponse().getStatus()).isEqualTo(404);
        assertThat(other.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(other.getResponse().getContentAsString()).doesNotContain(mine.code());

        MvcResult otherFile = mvc.perform(get("/api/v1/dossiers/{id}/files/{file}", mine.id(),
                mine.files().getFirst().id()).header("Authorization", fixture.token("congdan2"))).andReturn();
        assertThat(otherFile.getResponse().getStatus()).isEqualTo(404);

        MvcResult own = mvc.perform(get("/api/v1/dossiers/{id}", mine.id())
                .header("Authorization", fixture.token("congdan1"))).andReturn();
        assertThat(own.getResponse().getStatus()).isEqualTo(200);
        assertThat(fixture.body(own).get("code").asString()).isEqualTo(mine.code());
        assertThat(fixture.body(own).get("status").asInt()).isEqualTo(1);
    }

    @Test
    void theApiListsOnlyMyDossiers() throws Exception {
        Dossier first = fixture.submitted();
        Dossier second = fixture.submitted("congdan2", BIRTH);
        MvcResult result = mvc.perform(get("/api/v1/dossiers").header("Authorization", fixture.token("congdan2")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        List<String> applicants = new ArrayList<>();
        for (JsonNode dossier : fixture.body(result)) {
            ids.add(dossier.get("id").asLong());
            applicants.add(dossier.get("applicantName").asString());
        }
        assertThat(ids).contains(second.id()).doesNotContain(first.id());
        assertThat(applicants).containsOnly(fixture.user("congdan2").displayName());
        assertThat(dossiers.mine(fixture.user("congdan1"))).extracting(Dossier::id).contains(first.id())
                .doesNotContain(second.id());
    }
}
