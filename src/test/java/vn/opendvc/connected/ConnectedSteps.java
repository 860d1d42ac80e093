package vn.opendvc.connected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.testing.DossierFixture;

/**
 * What the connected procedures' tests do again and again, as the citizen {@code congdan2} of Hải Châu and the
 * commune's officers: read a member of a connected dossier, take the birth registration to its result, read the API.
 */
final class ConnectedSteps {

    static final String CONNECTED_BIRTH = "2.000986";
    static final String BIRTH = "1.001193";
    static final String RESIDENCE = "1.004222";
    static final String INSURANCE = "1.001939";
    static final String CITIZEN = "congdan2";

    private final DossierFixture fixture;
    private final Dossiers dossiers;
    private final MockMvc mvc;

    ConnectedSteps(DossierFixture fixture, Dossiers dossiers, MockMvc mvc) {
        this.fixture = fixture;
        this.dossiers = dossiers;
        this.mvc = mvc;
    }

    /** As the applicant sees it. */
    Dossier reload(long id) {
        return dossiers.find(fixture.user(CITIZEN), id).orElseThrow();
    }

    Dossier member(Dossier parent, String procedureCode) {
        long id = reload(parent.id()).children().stream().filter(c -> procedureCode.equals(c.procedureCode()))
                .findFirst().orElseThrow().id();
        return reload(id);
    }

    /** The commune's three officers take the birth registration from reception to the signed certificate. */
    Dossier birthIssued(Dossier parent) {
        long birth = member(parent, BIRTH).id();
        fixture.act("motcua1", birth, DossierAction.RECEIVE);
        fixture.act("motcua1", birth, DossierAction.FORWARD);
        fixture.act("chuyenvien1", birth, DossierAction.FORWARD);
        return fixture.act("lanhdao1", birth, DossierAction.COMPLETE);
    }

    /** An officer with every role of the member's agency takes it through its steps to the signed result. */
    Dossier processedToResult(String officer, long id) {
        Dossier d = reload(id);
        while (d.status() != DossierStatus.DONE) {
            List<DossierAction> can = dossiers.actionsFor(fixture.user(officer), d);
            DossierAction next = can.contains(DossierAction.COMPLETE) ? DossierAction.COMPLETE
                    : can.contains(DossierAction.FORWARD) ? DossierAction.FORWARD : DossierAction.RECEIVE;
            d = fixture.act(officer, id, next);
        }
        return d;
    }

    JsonNode json(String path, String user) throws Exception {
        MvcResult result = mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, fixture.token(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return fixture.body(result);
    }

    JsonNode journey(Dossier parent) throws Exception {
        return json("/api/v1/dossiers/" + parent.id() + "/journey", CITIZEN);
    }
}
