package vn.opendvc.connected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.opendvc.connected.ConnectedSteps.BIRTH;
import static vn.opendvc.connected.ConnectedSteps.CITIZEN;
import static vn.opendvc.connected.ConnectedSteps.CONNECTED_BIRTH;
import static vn.opendvc.connected.ConnectedSteps.INSURANCE;
import static vn.opendvc.connected.ConnectedSteps.RESIDENCE;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.opendvc.catalog.Composition;
import vn.opendvc.catalog.ConnectedProcedures;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.Sessions;

/**
 * An ADMIN redefines the connected birth procedure on the catalog page — birth registration and health insurance only,
 * the residence registration dropped — and the next submission gets exactly those member dossiers, while a dossier
 * submitted before keeps the three members it started with and its residence member still receives the birth number.
 */
@ApplicationTest
class AdminDefinedCompositionTest {

    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    MockMvc mvc;
    @Autowired
    MovableClock clock;
    @Autowired
    ConnectedProcedures connected;

    ConnectedSteps steps;
    long id;
    List<Composition.MemberDefinition> shipped;

    @BeforeEach
    void setUp() {
        clock.set("2036-03-03T08:30");
        steps = new ConnectedSteps(fixture, dossiers, mvc);
        id = fixture.procedure(CONNECTED_BIRTH).id();
        shipped = connected.of(id).orElseThrow().definition();
    }

    @AfterEach
    void restore() {
        connected.define(id, shipped, 1);
    }

    @Test
    void theNextSubmissionFollowsTheNewCompositionAndOneUnderWayKeepsItsOwn() throws Exception {
        Dossier underWay = fixture.submitted(CITIZEN, CONNECTED_BIRTH);

        MockHttpSession admin = Sessions.signIn(mvc, "quantri");
        String path = "/admin/catalog/procedures/" + id + "/composition";
        MockHttpServletRequestBuilder save = post(path).with(csrf()).session(admin);
        typed(save, 0, shipped.get(0));
        typed(save, 1, shipped.get(2));
        save.param("members[2].code", "").param("members[2].agencyKind", ""); // a spare row left empty
        MockHttpServletResponse saved = mvc.perform(save).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).as(saved.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(path);
        assertThat(connected.of(id).orElseThrow().members()).extracting(Composition.Member::code)
                .containsExactly(BIRTH, INSURANCE);
        assertThat(mvc.perform(get(path).session(admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("value=\"" + RESIDENCE + "\"");

        Dossier next = fixture.submitted(CITIZEN, CONNECTED_BIRTH);
        assertThat(steps.reload(next.id()).children()).extracting(Dossier.Child::procedureCode)
                .containsExactly(BIRTH, INSURANCE);
        assertThat(steps.member(next, INSURANCE).formData()).containsEntry("hoTenNguoiYeuCau",
                next.formData().get("hoTenMe"));
        assertThat(steps.reload(underWay.id()).children()).extracting(Dossier.Child::procedureCode)
                .containsExactly(BIRTH, RESIDENCE, INSURANCE);

        Dossier birth = steps.birthIssued(underWay);
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.member(underWay, RESIDENCE).status(),
                s -> s == DossierStatus.SUBMITTED);
        assertThat(steps.member(underWay, RESIDENCE).formData()).containsEntry("soGiayKhaiSinh", birth.code());
        assertThat(steps.journey(underWay).get("members")).hasSize(3);
        assertThat(steps.journey(next).get("members")).hasSize(2);
    }

    /** A member as the ADMIN types it on the page: lines of {@code target <- source}. */
    private static void typed(MockHttpServletRequestBuilder request, int row, Composition.MemberDefinition m) {
        String at = "members[" + row + "].";
        request.param(at + "code", m.code()).param(at + "agencyKind", m.agencyKind())
                .param(at + "dependsOn", String.join(", ", m.dependsOn()))
                .param(at + "fields", lines(m.fields())).param(at + "documents", lines(m.documents()))
                .param(at + "handOffFields", lines(m.handOffs().stream().filter(h -> h.field() != null)
                        .collect(java.util.stream.Collectors.toMap(Composition.HandOff::field,
                                Composition.HandOff::from))))
                .param(at + "handOffDocuments", lines(m.handOffs().stream().filter(h -> h.document() != null)
                        .collect(java.util.stream.Collectors.toMap(Composition.HandOff::document,
                                Composition.HandOff::from))));
    }

    private static String lines(Map<String, String> mapping) {
        StringBuilder text = new StringBuilder();
        mapping.forEach((target, source) -> text.append(target).append(" <- ").append(source).append("\r\n"));
        return text.toString();
    }
}
