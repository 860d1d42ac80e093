package vn.opendvc.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.files.ReferencedFiles;
import vn.opendvc.files.internal.OrphanSweeper;
import vn.opendvc.identity.CitizenAccounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.OnMondayMorning;
import vn.opendvc.testing.Sessions;
import vn.opendvc.testing.UnsafeFiles;

/**
 * A citizen with neither phone nor e-mail cannot receive a code (409 no-contact), so they sign a printed consent slip
 * in person and the agent uploads its scan: the consent is recorded as a signed slip with the scan kept, the citizen's
 * draft starts on the assisted channel, the agent's fee is due and the consent is audited. The scan must be a real
 * PDF, JPEG or PNG; it is read again by its agent and by a monitor, by nobody else, and the orphan sweeper keeps it.
 */
@ApplicationTest
@OnMondayMorning
class SignedSlipConsentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CitizenAccounts citizens;
    @Autowired
    List<ReferencedFiles> referencedFiles;
    @Autowired
    OrphanSweeper sweeper;
    @Autowired
    MovableClock clock;
    @Autowired
    JsonMapper json;

    String agent;
    String idNumber;
    CurrentUser citizen;
    Procedure birth;

    /** A citizen the agent opened an account for, whose phone was then removed: nowhere to send a code. */
    @BeforeEach
    void aCitizenWithoutPhoneOrEmail() throws Exception {
        agent = fixture.token("buudien1");
        birth = fixture.procedure(DossierFixture.BIRTH);
        idNumber = "0483" + String.format("%08d", System.nanoTime() % 100_000_000L);
        citizen = citizens.openForCitizen(fixture.user("buudien1"), idNumber, "Hồ Thị Lài", "0912 000 111");
        jdbc.sql("update account set phone = null, email = null where id = ?").param(citizen.accountId()).update();
    }

    @Test
    void withoutPhoneOrEmailNoCodeCanBeSentSoTheAgentPrintsTheConsentSlip() throws Exception {
        MockHttpServletResponse code = api(post("/api/v1/assisted/consents").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"idNumber":"%s","procedureId":%d,"agencyCode":"%s"}""".formatted(idNumber, birth.id(),
                        DossierFixture.HAI_CHAU)), agent);
        assertThat(code.getStatus()).isEqualTo(409);
        assertThat(code.getContentAsString(StandardCharsets.UTF_8)).contains("no-contact");

        MockHttpServletResponse pdf = mvc.perform(get("/agent/consents/slip.pdf").param("idNumber", idNumber)
                .param("procedureId", String.valueOf(birth.id())).param("agencyCode", DossierFixture.HAI_CHAU)
                .session(Sessions.signIn(mvc, "buudien1"))).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(document.getNumberOfPages()).as("one printable page").isEqualTo(1);
        }
        String text = DossierFixture.text(new ByteArrayInputStream(pdf.getContentAsByteArray()))
                .replaceAll("\\s+", " ");
        assertThat(text).contains("PHIẾU ĐỒNG Ý NỘP HỒ SƠ THAY").contains("Tôi đồng ý để Ngô Văn Phúc")
                .contains("thay tôi").contains(birth.name()).contains("Hồ Thị Lài")
                .contains(idNumber.substring(8)).doesNotContain(idNumber).contains("Công dân ký tên");
        assertThat(api(get("/api/v1/assisted/consents/slip.pdf").param("idNumber", idNumber)
                .param("procedureId", String.valueOf(birth.id())).param("agencyCode", DossierFixture.HAI_CHAU), agent)
                .getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
    }

    @Test
    void aCitizenWithoutAccountMustBeNamedOnTheSlip() throws Exception {
        String unknown = "0484" + String.format("%08d", System.nanoTime() % 100_000_000L);
        MockHttpServletResponse api = api(get("/api/v1/assisted/consents/slip.pdf").param("idNumber", unknown)
                .param("procedureId", String.valueOf(birth.id())).param("agencyCode", DossierFixture.HAI_CHAU), agent);
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString(StandardCharsets.UTF_8)).contains("\"idNumber\"");

        MockHttpServletResponse page = mvc.perform(get("/agent/consents/slip.pdf").param("idNumber", unknown)
                .param("procedureId", String.valueOf(birth.id())).param("agencyCode", DossierFixture.HAI_CHAU)
                .session(Sessions.signIn(mvc, "buudien1"))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("data-testid=\"error-slip-print-idNumber\"")
                .contains("ghi họ và tên của công dân");
        assertThat(citizens.findByPersonalId(unknown)).as("printing opens nothing").isEmpty();
    }

    @Test
    void aCitizenWithNeitherAccountNorPhoneGetsAnAccountWhenTheSignedSlipIsRecorded() throws Exception {
        String unknown = "0485" + String.format("%08d", System.nanoTime() % 100_000_000L);
        MockHttpServletResponse byCode = api(post("/api/v1/assisted/consents").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"idNumber":"%s","fullName":"Lò Văn Páo","procedureId":%d,"agencyCode":"%s"}"""
                        .formatted(unknown, birth.id(), DossierFixture.HAI_CHAU)), agent);
        assertThat(byCode.getStatus()).as("no phone, no code").isEqualTo(400);
        assertThat(byCode.getContentAsString(StandardCharsets.UTF_8)).contains("\"phone\"").contains("phiếu đồng ý");
        assertThat(citizens.findByPersonalId(unknown)).isEmpty();

        MockHttpServletResponse pdf = api(get("/api/v1/assisted/consents/slip.pdf").param("idNumber", unknown)
                .param("fullName", "  Lò   Văn Páo ").param("procedureId", String.valueOf(birth.id()))
                .param("agencyCode", DossierFixture.HAI_CHAU), agent);
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(DossierFixture.text(new ByteArrayInputStream(pdf.getContentAsByteArray())).replaceAll("\\s+", " "))
                .contains("Lò Văn Páo").contains(unknown.substring(8)).doesNotContain(unknown);
        assertThat(citizens.findByPersonalId(unknown)).as("printing opens nothing").isEmpty();

        MockHttpServletResponse refused = api(multipart("/api/v1/assisted/consents/slip")
                .file(new MockMultipartFile("file", "phieu.pdf", "application/pdf", "chữ".getBytes(StandardCharsets.UTF_8)))
                .param("idNumber", unknown).param("fullName", "Lò Văn Páo")
                .param("procedureId", String.valueOf(birth.id())).param("agencyCode", DossierFixture.HAI_CHAU), agent);
        assertThat(refused.getStatus()).isEqualTo(415);
        assertThat(citizens.findByPersonalId(unknown)).as("a refused scan opens no account").isEmpty();

        MockHttpServletResponse given = api(multipart("/api/v1/assisted/consents/slip")
                .file(new MockMultipartFile("file", "phieu.png", "image/png", UnsafeFiles.image("png")))
                .param("idNumber", unknown).param("fullName", "Lò Văn Páo")
                .param("procedureId", String.valueOf(birth.id())).param("agencyCode", DossierFixture.HAI_CHAU), agent);
        assertThat(given.getStatus()).as(given.getContentAsString()).isEqualTo(201);
        CurrentUser opened = citizens.findByPersonalId(unknown).orElseThrow();
        assertThat(opened.displayName()).isEqualTo("Lò Văn Páo");
        assertThat(jdbc.sql("select coalesce(phone, '-') || '/' || coalesce(email, '-') from account where id = ?")
                .param(opened.accountId()).query(String.class).single()).isEqualTo("-/-");
        long dossierId = body(given).get("dossierId").asLong();
        assertThat(body(given).get("citizenId").asLong()).isEqualTo(opened.accountId());
        assertThat(dossiers.find(opened, dossierId).orElseThrow().applicantId()).isEqualTo(opened.accountId());
    }

    @Test
    void theScanOfTheSignedSlipGivesTheConsentAndStartsTheCitizensDraft() throws Exception {
        byte[] png = UnsafeFiles.image("png");
        MockHttpServletResponse given = upload("phieu.png", png, agent);
        assertThat(given.getStatus()).as(given.getContentAsString()).isEqualTo(201);
        JsonNode body = body(given);
        long dossierId = body.get("dossierId").asLong();
        long consentId = body.get("consentId").asLong();
        assertThat(body.get("method").asString()).isEqualTo("SIGNED_SLIP");

        Dossier draft = dossiers.find(citizen, dossierId).orElseThrow();
        assertThat(draft.channel()).isEqualTo(Channel.ASSISTED);
        assertThat(draft.applicantId()).isEqualTo(citizen.accountId());
        assertThat(jdbc.sql("""
                select method || '/' || status || '/' || agent_id || '/' || dossier_id || '/'
                    || case when slip_key is null then 'no scan' else 'scan' end
                from assisted_consent where id = ?""").param(consentId).query(String.class).single())
                .isEqualTo("SIGNED_SLIP/GIVEN/" + fixture.user("buudien1").accountId() + "/" + dossierId + "/scan");
        assertThat(jdbc.sql("select count(*) from audit_entry where kind = 'ASSISTED_CONSENT' and subject = ?")
                .param("dossier-id:" + dossierId).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select amount_vnd || '/' || status from assisted_fee where dossier_id = ?")
                .param(dossierId).query(String.class).single()).isEqualTo("15000/DUE");

        for (String reader : new String[] {"buudien1", "giamsat"}) {
            MockHttpServletResponse scan = api(get("/api/v1/assisted/consents/" + consentId + "/slip"),
                    fixture.token(reader));
            assertThat(scan.getStatus()).as(reader).isEqualTo(200);
            assertThat(scan.getContentType()).isEqualTo(MediaType.IMAGE_PNG_VALUE);
            assertThat(scan.getContentAsByteArray()).isEqualTo(png);
        }
        assertThat(mvc.perform(get("/agent/consents/" + consentId + "/slip").session(Sessions.signIn(mvc, "giamsat")))
                .andReturn().getResponse().getContentAsByteArray()).as("a monitor audits on the page").isEqualTo(png);
        assertThat(api(get("/api/v1/assisted/consents/" + consentId + "/slip"), fixture.token("congdan1"))
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/agent/consents/" + consentId + "/slip").session(Sessions.signIn(mvc, "congdan1")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(upload("phieu.png", png, agent).getStatus()).as("a second slip, a second dossier").isEqualTo(201);
    }

    @Test
    void theOrphanSweeperKeepsTheScan() throws Exception {
        byte[] pdf = DossierFixture.pdf();
        long consentId = body(upload("phieu.pdf", pdf, agent)).get("consentId").asLong();
        String key = jdbc.sql("select slip_key from assisted_consent where id = ?").param(consentId)
                .query(String.class).single();
        assertThat(referencedFiles).anySatisfy(owner -> assertThat(owner.referenced(Set.of(key))).containsExactly(key));
        assertThat(referencedFiles).allSatisfy(owner -> assertThat(owner.referenced(Set.of("no-such-key"))).isEmpty());

        clock.set(Instant.now().plus(Duration.ofDays(2)));
        sweeper.sweep();
        MockHttpServletResponse scan = api(get("/api/v1/assisted/consents/" + consentId + "/slip"), agent);
        assertThat(scan.getStatus()).isEqualTo(200);
        assertThat(scan.getContentAsByteArray()).isEqualTo(pdf);
    }

    @Test
    void aTextFileNamedPdfIsRefusedAndNothingIsRecorded() throws Exception {
        int before = consents();
        MockHttpServletResponse refused = upload("phieu.pdf", "Tôi đồng ý".getBytes(StandardCharsets.UTF_8), agent);
        assertThat(refused.getStatus()).isEqualTo(415);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("slip-rejected").contains("\"file\"")
                .contains("PDF, JPEG");
        MockHttpServletResponse empty = upload("phieu.pdf", new byte[0], agent);
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentType()).startsWith("application/problem+json");
        assertThat(upload("phieu.png", UnsafeFiles.image("png"), fixture.token("congdan1")).getStatus())
                .as("only agents record consents").isEqualTo(403);
        assertThat(consents()).isEqualTo(before);
    }

    @Test
    void onTheDeskTheAgentUploadsTheSignedSlipAndARefusalIsShownByTheFile() throws Exception {
        MockHttpSession session = Sessions.signIn(mvc, "buudien1");
        String desk = mvc.perform(get("/agent").param("procedure", String.valueOf(birth.id())).session(session))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(desk).contains("data-testid=\"slip-form\"").contains("enctype=\"multipart/form-data\"")
                .contains("Công dân không có điện thoại: tải lên phiếu đồng ý đã ký");

        MockHttpServletResponse refused = mvc.perform(slipForm("phieu.pdf", "không phải PDF".getBytes(
                StandardCharsets.UTF_8)).session(session)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(415);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("data-testid=\"error-slip-file\"");

        MockHttpServletResponse given = mvc.perform(slipForm("phieu.jpg", UnsafeFiles.image("jpeg")).session(session))
                .andReturn().getResponse();
        assertThat(given.getRedirectedUrl()).startsWith("/agent/dossiers/");
        long dossierId = Long.parseLong(given.getRedirectedUrl().substring("/agent/dossiers/".length()));
        assertThat(dossiers.find(citizen, dossierId).orElseThrow().channel()).isEqualTo(Channel.ASSISTED);
        long consentId = jdbc.sql("select id from assisted_consent where dossier_id = ?").param(dossierId)
                .query(Long.class).single();
        desk = mvc.perform(get("/agent").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(desk).contains("href=\"/agent/consents/" + consentId + "/slip\"");
        MockHttpServletResponse scan = mvc.perform(get("/agent/consents/" + consentId + "/slip").session(session))
                .andReturn().getResponse();
        assertThat(scan.getContentType()).isEqualTo(MediaType.IMAGE_JPEG_VALUE);
        assertThat(scan.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
    }

    private AbstractMockHttpServletRequestBuilder<?> slipForm(String name, byte[] content) {
        return multipart("/agent/consents/slip").file(new MockMultipartFile("file", name, "application/pdf", content))
                .param("idNumber", idNumber).param("procedureId", String.valueOf(birth.id()))
                .param("agencyCode", DossierFixture.HAI_CHAU).with(csrf());
    }

    private MockHttpServletResponse upload(String name, byte[] content, String token) throws Exception {
        return api(multipart("/api/v1/assisted/consents/slip")
                .file(new MockMultipartFile("file", name, "application/pdf", content)).param("idNumber", idNumber)
                .param("procedureId", String.valueOf(birth.id())).param("agencyCode", DossierFixture.HAI_CHAU), token);
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private int consents() {
        return jdbc.sql("select count(*) from assisted_consent where citizen_id = ?").param(citizen.accountId())
                .query(Integer.class).single();
    }

    private MockHttpServletResponse api(AbstractMockHttpServletRequestBuilder<?> request, String token) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, token)).andReturn().getResponse();
    }
}
