package vn.opendvc.connected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static vn.opendvc.connected.ConnectedSteps.BIRTH;
import static vn.opendvc.connected.ConnectedSteps.CONNECTED_BIRTH;
import static vn.opendvc.connected.ConnectedSteps.INSURANCE;
import static vn.opendvc.connected.ConnectedSteps.RESIDENCE;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.calendar.WorkingDays;
import vn.opendvc.catalog.Composition;
import vn.opendvc.catalog.ConnectedProcedures;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierFile;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.Sessions;

/**
 * The birth → residence → health-insurance connected procedure (2.000986) from one submission: its members in the
 * catalog, one member dossier per agency, the birth certificate's number handed on when the commune issues it, a
 * refusal stopping the others, one supplement answer on the parent, the members' deadlines and the hand-off delay.
 */
@ApplicationTest
class ConnectedProcedureTest {


    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    MovableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    ConnectedProcedures connected;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    JdbcClient jdbc;

    ConnectedSteps steps;

    @BeforeEach
    void mondayMorning() {
        clock.set("2036-03-03T08:30"); // a Monday with no holiday around it
        steps = new ConnectedSteps(fixture, dossiers, mvc);
    }

    JsonNode json(String path, String user) throws Exception {
        return steps.json(path, user);
    }

    Dossier reload(long id) {
        return steps.reload(id);
    }

    Dossier member(Dossier parent, String procedureCode) {
        return steps.member(parent, procedureCode);
    }

    Dossier birthIssued(Dossier parent) {
        return steps.birthIssued(parent);
    }

    @Test
    void theCatalogListsTheMembersWithTheirAgencyKindsAndDependencies() throws Exception {
        long id = fixture.procedure(CONNECTED_BIRTH).id();
        JsonNode body = json("/api/v1/procedures/" + id, "congdan1");
        JsonNode members = body.get("members");
        assertThat(members).hasSize(3);
        assertThat(members.get(0).get("code").asString()).isEqualTo(BIRTH);
        assertThat(members.get(0).get("agencyKind").asString()).isEqualTo("XA");
        assertThat(members.get(0).get("dependsOn")).isEmpty();
        assertThat(members.get(1).get("code").asString()).isEqualTo(RESIDENCE);
        assertThat(members.get(1).get("name").asString()).isEqualTo("Đăng ký thường trú");
        assertThat(members.get(1).get("agencyKind").asString()).isEqualTo("CONG_AN_XA");
        assertThat(members.get(1).get("dependsOn").get(0).asString()).isEqualTo(BIRTH);
        assertThat(members.get(2).get("agencyKind").asString()).isEqualTo("BHXH_TINH");
        // the one form asks each fact once: the child's birth date is one field for the birth and the insurance
        assertThat(body.get("formFields").findValuesAsString("key")).containsOnlyOnce("ngaySinh")
                .doesNotContain("soGiayKhaiSinh");
        assertThat(json("/api/v1/procedures/" + fixture.procedure(BIRTH).id(), "congdan1").has("members"))
                .isFalse();
    }

    @Test
    void everyShippedCompositionGivesEachMemberAllItRequiresOnce() {
        List<Composition> all = connected.all();
        // the birth one by its national code, the death one by its name (it has none)
        assertThat(all).hasSize(2).extracting(Composition::code).contains(CONNECTED_BIRTH).containsNull();
        for (Composition composition : all) {
            Procedure parent = catalog.find(composition.procedureId()).orElseThrow();
            List<String> asked = parent.formFields().stream().map(Procedure.FormField::key).toList();
            List<String> uploaded = parent.documents().stream().map(Procedure.RequiredDocument::name).toList();
            for (Composition.Member member : composition.members()) {
                Procedure procedure = catalog.find(member.procedureId()).orElseThrow();
                assertThat(member.agencyKind()).as(member.code()).isEqualTo(procedure.agencyKind());
                List<String> handedFields = member.handOffs().stream().map(Composition.HandOff::field).toList();
                List<String> handedDocuments = member.handOffs().stream().map(Composition.HandOff::document).toList();
                for (Procedure.FormField field : procedure.formFields()) {
                    if (field.required()) {
                        assertThat(asked.contains(member.fields().getOrDefault(field.key(), field.key()))
                                || handedFields.contains(field.key())).as(member.code() + " " + field.key()).isTrue();
                    }
                }
                for (Procedure.RequiredDocument document : procedure.documents()) {
                    if (document.required()) {
                        assertThat(uploaded.contains(member.documents().get(document.name()))
                                || handedDocuments.contains(document.name()))
                                .as(member.code() + " " + document.name()).isTrue();
                    }
                }
                assertThat(composition.members()).extracting(Composition.Member::code)
                        .containsAll(member.dependsOn());
            }
        }
    }

    @Test
    void oneSubmissionMakesAMemberDossierPerAgencyAndTheBirthNumberFlowsToTheOthers() throws Exception {
        Dossier parent = fixture.submitted("congdan2", CONNECTED_BIRTH);

        JsonNode json = json("/api/v1/dossiers/" + parent.id(), "congdan2");
        JsonNode children = json.get("children");
        assertThat(children).hasSize(3);
        assertThat(children.get(0).get("procedureCode").asString()).isEqualTo(BIRTH);
        assertThat(children.get(0).get("agencyCode").asString()).isEqualTo("DNG-HAICHAU");
        assertThat(children.get(0).get("status").asInt()).isEqualTo(1);
        assertThat(children.get(0).get("code").asString()).startsWith("DNG-HAICHAU-360303-");
        assertThat(children.get(1).get("agencyCode").asString()).isEqualTo("DNG-HAICHAU-CONGAN");
        assertThat(children.get(1).get("status").asString()).isEqualTo("DRAFT");
        assertThat(children.get(2).get("agencyCode").asString()).isEqualTo("DNG-BHXHTINH");
        JsonNode child = json("/api/v1/dossiers/" + children.get(0).get("id").asLong(), "congdan2");
        assertThat(child.get("parentId").asLong()).isEqualTo(parent.id());
        // the mother's name, declared once, is the residence's applicant; the shared forms went to their members
        Dossier residence = member(parent, RESIDENCE);
        assertThat(residence.formData()).containsEntry("hoTenNguoiYeuCau", parent.formData().get("hoTenMe"));
        assertThat(residence.files()).extracting(DossierFile::document)
                .contains("Tờ khai thay đổi thông tin cư trú (Mẫu CT01)");
        // the connected procedure's dossier waits for no officer: its members do
        assertThat(dossiers.queue(fixture.user("motcua1"))).extracting(q -> q.id())
                .contains(member(parent, BIRTH).id()).doesNotContain(parent.id());
        assertThat(dossiers.actionsFor(fixture.user("motcua1"), reload(parent.id()))).isEmpty();

        Dossier birth = birthIssued(parent);
        assertThat(birth.status()).isEqualTo(DossierStatus.DONE);
        await().atMost(Duration.ofSeconds(20)).until(() -> member(parent, RESIDENCE).status(),
                s -> s == DossierStatus.SUBMITTED);
        await().atMost(Duration.ofSeconds(20)).until(() -> member(parent, INSURANCE).status(),
                s -> s == DossierStatus.SUBMITTED);
        residence = member(parent, RESIDENCE);
        Dossier insurance = member(parent, INSURANCE);
        assertThat(residence.formData()).containsEntry("soGiayKhaiSinh", birth.code());
        assertThat(insurance.formData()).containsEntry("soGiayKhaiSinh", birth.code());
        assertThat(residence.files()).extracting(DossierFile::document)
                .contains("Giấy tờ chứng minh quan hệ nhân thân với chủ hộ (trường hợp nhập hộ nhân thân)");
        assertThat(residence.feeDueVnd()).as("2.000986 is free of charge").isZero();
        assertThat(dossiers.queue(fixture.user("congan1"))).extracting(q -> q.id()).contains(residence.id());

        JsonNode journey = json("/api/v1/dossiers/" + parent.id() + "/journey", "congdan2");
        assertThat(journey.get("members")).hasSize(3);
        assertThat(journey.get("members").get(0).get("status").asInt()).isEqualTo(9);
        assertThat(journey.get("members").get(1).get("state").asString()).isEqualTo("STARTED");
        assertThat(journey.get("status").asInt()).isEqualTo(4);
        assertThat(journey.get("handOffs")).hasSize(2);
        assertThat(journey.get("handOffs").get(0).get("data").get("soGiayKhaiSinh").asString())
                .isEqualTo(birth.code());
        assertThat(journey.get("dueAt").asString()).isEqualTo(calendar.deadline(reload(parent.id())
                .submittedAt(), WorkingDays.of(20)).toString());
    }

    /** The applicant's messages of a kind about the connected dossier, one row per channel. */
    List<String> toldComplete(Dossier parent) {
        return jdbc.sql("select channel from notification where kind = 'CONNECTED_COMPLETED' and event_key like ?")
                .param("connected:" + parent.id() + ":%").query(String.class).list();
    }

    @Test
    void theCitizenIsToldOnceWhenEveryMemberHasItsResult() {
        Dossier parent = fixture.submitted("congdan2", CONNECTED_BIRTH);
        birthIssued(parent);
        await().atMost(Duration.ofSeconds(20)).until(() -> member(parent, INSURANCE).status(),
                s -> s == DossierStatus.SUBMITTED);
        Dossier residence = steps.processedToResult("congan1", member(parent, RESIDENCE).id());
        // the residence's own "result ready" arrives; the journey is not complete yet
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from notification where "
                + "kind = 'RESULT_READY' and event_key like ?").param("dossier:" + residence.id() + ":%")
                .query(Integer.class).single(), n -> n > 0);
        assertThat(toldComplete(parent)).isEmpty();

        steps.processedToResult("bhxh1", member(parent, INSURANCE).id());
        await().atMost(Duration.ofSeconds(20)).until(() -> toldComplete(parent), told -> !told.isEmpty());
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(toldComplete(parent)).doesNotHaveDuplicates()
                        .contains("IN_APP"));
    }

    @Test
    void eachMembersDeadlineFollowsTheCalendarAndTheHandOffDelayIsResultToReception() throws Exception {
        Dossier parent = fixture.submitted("congdan2", CONNECTED_BIRTH);
        Dossier birth = birthIssued(parent);
        Instant result = birth.finishedAt();
        await().atMost(Duration.ofSeconds(20)).until(() -> member(parent, RESIDENCE).status(),
                s -> s == DossierStatus.SUBMITTED);
        // Friday afternoon at the commune police: counting starts on the next working day
        clock.set("2036-03-07T15:30");
        Dossier residence = fixture.act("congan1", member(parent, RESIDENCE).id(), DossierAction.RECEIVE);
        assertThat(residence.dueAt()).isEqualTo(calendar.deadline(residence.receivedAt(), WorkingDays.of(7)));
        assertThat(birth.dueAt()).isEqualTo(calendar.deadline(birth.receivedAt(), WorkingDays.of(1)));

        JsonNode handOff = json("/api/v1/dossiers/" + parent.id() + "/journey", "congdan2").get("handOffs").get(0);
        assertThat(handOff.get("to").asString()).isEqualTo(residence.code());
        assertThat(handOff.get("delaySeconds").asLong())
                .isEqualTo(Duration.between(result, residence.receivedAt()).toSeconds());
    }

    @Test
    void aSupplementAskedByTheSecondMemberIsAnsweredOnceOnTheParent() throws Exception {
        Dossier parent = fixture.submitted("congdan2", CONNECTED_BIRTH);
        birthIssued(parent);
        await().atMost(Duration.ofSeconds(20)).until(() -> member(parent, RESIDENCE).status(),
                s -> s == DossierStatus.SUBMITTED);
        long residence = member(parent, RESIDENCE).id();
        fixture.act("congan1", residence, DossierAction.RECEIVE);
        fixture.act("congan1", residence, DossierAction.FORWARD);
        fixture.act("congan1", residence, DossierAction.REQUEST_SUPPLEMENT,
                List.of("Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp: bản rõ nét"));
        JsonNode waiting = json("/api/v1/dossiers/" + parent.id() + "/journey", "congdan2");
        assertThat(waiting.get("status").asInt()).isEqualTo(5);
        assertThat(waiting.get("members").get(1).get("note").asString()).contains("bản rõ nét");

        String token = fixture.token("congdan2");
        MvcResult answered = mvc.perform(multipart("/api/v1/dossiers/" + parent.id() + "/supplement")
                .file(new MockMultipartFile("file", "cho-o.pdf", "application/pdf", DossierFixture.pdf()))
                .param("document", "Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp")
                .header(HttpHeaders.AUTHORIZATION, token)).andReturn();
        assertThat(answered.getResponse().getStatus()).as(answered.getResponse().getContentAsString())
                .isEqualTo(200);
        assertThat(fixture.body(answered).get("members").get(1).get("status").asInt()).isEqualTo(4);
        assertThat(member(parent, RESIDENCE).files()).filteredOn(f -> f.fileName().equals("cho-o.pdf"))
                .extracting(DossierFile::document).containsExactly("Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp");
        // answered once: nothing is waiting any more
        assertThat(mvc.perform(multipart("/api/v1/dossiers/" + parent.id() + "/supplement")
                .header(HttpHeaders.AUTHORIZATION, token)).andReturn().getResponse().getStatus()).isEqualTo(409);
        // the parent's page is the one place: the journey with every member
        String page = mvc.perform(get("/me/dossiers/" + parent.id()).session(Sessions.signIn(mvc, "congdan2")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("data-testid=\"connected-journey\"", "Công an phường Hải Châu",
                "Bảo hiểm xã hội thành phố Đà Nẵng");
        // its status is the members' together (one is processing again), not the parent's own "submitted"
        assertThat(page).contains("data-code=\"4\"");
    }

    @Test
    void eachMemberCountsOnceInItsOwnAgencysIndicatorsAndTheParentNowhere() throws Exception {
        clock.set("2036-04-07T08:30");
        Dossier parent = fixture.submitted("congdan2", CONNECTED_BIRTH);
        Dossier birth = birthIssued(parent);
        await().atMost(Duration.ofSeconds(20)).until(() -> member(parent, RESIDENCE).status(),
                s -> s == DossierStatus.SUBMITTED);
        clock.advance(Duration.ofHours(3));
        Dossier residence = fixture.act("congan1", member(parent, RESIDENCE).id(), DossierAction.RECEIVE);
        String monitor = fixture.token("giamsat");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(submitted("DNG-HAICHAU", monitor)).containsOnlyOnce(birth.code())
                    .doesNotContain(parent.code(), residence.code());
            assertThat(submitted("DNG-HAICHAU-CONGAN", monitor)).containsOnlyOnce(residence.code())
                    .doesNotContain(parent.code(), birth.code());
            assertThat(submitted("DNG-BHXHTINH", monitor)).containsOnlyOnce(member(parent, INSURANCE).code());
        });

        JsonNode figures = json("/api/v1/indicators/connected-procedures", "giamsat");
        JsonNode birthLink = null;
        for (JsonNode f : figures) {
            if (CONNECTED_BIRTH.equals(f.get("code").asString())) {
                birthLink = f;
            }
        }
        assertThat(birthLink).isNotNull();
        assertThat(birthLink.get("handOffs").asInt()).isPositive();
        assertThat(birthLink.get("longestHandOffDelaySeconds").asLong())
                .isGreaterThanOrEqualTo(Duration.ofHours(3).toSeconds());
    }

    /** The codes of the dossiers an agency's indicators count as submitted online in April 2036. */
    List<String> submitted(String agency, String bearer) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/indicators/dossiers?agency=" + agency
                + "&indicator=online&part=denominator&from=2036-04-01&to=2036-04-30&size=200")
                .header(HttpHeaders.AUTHORIZATION, bearer)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        List<String> codes = new java.util.ArrayList<>();
        fixture.body(result).get("items").forEach(item -> codes.add(item.get("code").asString()));
        return codes;
    }

    @Test
    void anOrdinaryDossiersChangesReachTheHandOffsOnlyWhereAMemberWouldEnd() {
        Dossier ordinary = fixture.delivered("congdan1");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(fixture.statusChangesHeardBy("IndicatorEvents", ordinary)).as("submit … deliver").isEqualTo(6);
            // done and returned, not the four changes before: no registry row written and completed for nothing
            assertThat(fixture.statusChangesHeardBy("HandOffs", ordinary)).isEqualTo(2);
        });
    }

    @Test
    void aRefusedBirthRegistrationStopsTheOthersWithItsReason() throws Exception {
        Dossier parent = fixture.submitted("congdan2", CONNECTED_BIRTH);
        dossiers.act(fixture.user("motcua1"), member(parent, BIRTH).id(), new Dossiers.ActionRequest(
                DossierAction.REFUSE, null, null, List.of("Giấy chứng sinh không đúng mẫu"), null, null));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode journey = json("/api/v1/dossiers/" + parent.id() + "/journey", "congdan2");
            assertThat(journey.get("status").asInt()).isEqualTo(8);
            for (int i = 1; i < 3; i++) {
                JsonNode member = journey.get("members").get(i);
                assertThat(member.get("state").asString()).isEqualTo("STOPPED");
                assertThat(member.get("note").asString()).contains("Giấy chứng sinh không đúng mẫu");
            }
        });
        assertThat(member(parent, RESIDENCE).status()).as("never sent to the police").isEqualTo(DossierStatus.DRAFT);
        String phone = parent.applicantPhone();
        assertThat(dossiers.lookup(parent.code(), phone.substring(phone.length() - 4)))
                .map(Dossiers.LookupResult::status)
                .contains(DossierStatus.STOPPED);
    }
}
