package vn.opendvc.prefill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;

/**
 * A citizen's form is prefilled from the profile and, with consent, from the population database (verified, read-only,
 * with the source); the lookup is recorded; without consent it is refused and recorded; nobody else sees the log.
 */
@ApplicationTest
class PrefillApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    Prefill prefill;
    @Autowired
    Accounts accounts;
    @Autowired
    DossierFixture dossiers;
    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    private MockHttpSession signIn(String username) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", username)
                .param("password", "Demo@123")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String token(String username) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"Demo@123\"}")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("access_token").asString();
    }

    private JsonNode getJson(String url, String token, int status) throws Exception {
        MvcResult result = mvc.perform(get(url).header("Authorization", "Bearer " + token)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private long idCardProcedure() {
        return catalog.findByCode("2.001195").orElseThrow().id();
    }

    @Test
    void withConsentTheFormIsFilledFromTheProfileAndThePopulationDatabaseAndTheLookupIsLogged() throws Exception {
        String citizen = token("congdan1");
        long procedure = idCardProcedure();
        int before = getJson("/api/v1/me/data-access-log", citizen, 200).size();
        long dossier = dossiers.draft("congdan1", DossierFixture.BIRTH).id();

        JsonNode body = getJson("/api/v1/procedures/" + procedure + "/prefill?consent=true&dossierId=" + dossier,
                citizen, 200);

        assertThat(body.get("nationalLookup").asString()).isEqualTo("DONE");
        JsonNode fields = body.get("fields");
        assertThat(fields.get("hoTen").get("value").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(fields.get("hoTen").get("source").asString()).isEqualTo("POPULATION");
        assertThat(fields.get("hoTen").get("readOnly").asBoolean()).isTrue();
        assertThat(fields.get("hoTen").get("sourceName").asString()).isEqualTo("Cơ sở dữ liệu quốc gia về dân cư");
        assertThat(fields.get("soDinhDanh").get("value").asString()).isEqualTo("048090001234");
        assertThat(fields.get("ngaySinh").get("value").asString()).isEqualTo("1990-05-12");
        assertThat(fields.get("noiThuongTru").get("value").asString()).contains("Đà Nẵng");
        assertThat(fields.get("noiThuongTru").get("verified").asBoolean()).isTrue();
        assertThat(fields.get("soDienThoai").get("value").asString()).isEqualTo("0905123456");
        assertThat(fields.get("soDienThoai").get("source").asString()).isEqualTo("PROFILE");
        assertThat(fields.get("soDienThoai").get("readOnly").asBoolean()).isFalse();
        assertThat(fields.has("lyDoCapDoi")).isFalse();
        assertThat(fields.has("diaChiNhanThe")).isFalse();

        JsonNode log = getJson("/api/v1/me/data-access-log", citizen, 200);
        assertThat(log.size()).isEqualTo(before + 1);
        JsonNode entry = log.get(0);
        assertThat(entry.get("consent").asBoolean()).isTrue();
        assertThat(entry.get("outcome").asString()).isEqualTo("DONE");
        assertThat(entry.get("source").asString()).isEqualTo("POPULATION");
        assertThat(entry.get("procedureId").asLong()).isEqualTo(procedure);
        assertThat(entry.get("dossierId").asLong()).isEqualTo(dossier);
        assertThat(entry.get("actorName").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(entry.get("items").valueStream().map(JsonNode::asString).toList())
                .contains("FULL_NAME", "ID_NUMBER", "DATE_OF_BIRTH", "PERMANENT_ADDRESS")
                .doesNotContain("PHONE", "EMAIL");

        MvcResult page = mvc.perform(get("/me/data-access-log").session(signIn("congdan1"))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("data-id=\"" + entry.get("id").asLong() + "\"", "Cơ sở dữ liệu quốc gia về dân cư");
    }

    @Test
    void withoutConsentTheNationalLookupIsRefusedAndRecordedAndOnlyTheProfileFills() throws Exception {
        String citizen = token("congdan1");
        long procedure = idCardProcedure();

        JsonNode body = getJson("/api/v1/procedures/" + procedure + "/prefill", citizen, 200);

        assertThat(body.get("nationalLookup").asString()).isEqualTo("REFUSED_WITHOUT_CONSENT");
        JsonNode fields = body.get("fields");
        assertThat(fields.get("hoTen").get("source").asString()).isEqualTo("PROFILE");
        assertThat(fields.get("hoTen").get("readOnly").asBoolean()).isFalse();
        assertThat(fields.get("ngaySinh").get("source").asString()).isEqualTo("PROFILE");
        assertThat(fields.has("noiThuongTru")).isFalse();
        JsonNode entry = getJson("/api/v1/me/data-access-log", citizen, 200).get(0);
        assertThat(entry.get("consent").asBoolean()).isFalse();
        assertThat(entry.get("outcome").asString()).isEqualTo("REFUSED_WITHOUT_CONSENT");
    }

    @Test
    void aBirthRegistrationFormIsAboutTheChildSoOnlyTheApplicantsContactIsFilled() {
        CurrentUser citizen = accounts.findByUsername("congdan1").orElseThrow();
        long procedure = catalog.findByCode("1.001193").orElseThrow().id();

        Map<String, PrefilledValue> values = prefill.prefill(PrefillRequest.own(procedure, citizen, null, true))
                .orElseThrow().values();

        assertThat(values).containsOnlyKeys("soDienThoai");
        assertThat(values.get("soDienThoai")).isEqualTo(new PrefilledValue("0905123456", Sources.PROFILE, false));
    }

    @Test
    void anotherCitizenNeverSeesTheLogAndStrangersAreTurnedAway() throws Exception {
        CurrentUser first = accounts.findByUsername("congdan1").orElseThrow();
        prefill.prefill(PrefillRequest.own(idCardProcedure(), first, null, true)).orElseThrow();
        List<Long> firstIds = prefill.accessLog(first).stream().map(DataAccess::id).toList();
        assertThat(firstIds).isNotEmpty();

        JsonNode log = getJson("/api/v1/me/data-access-log", token("congdan2"), 200);
        List<Long> seen = log.valueStream().map(e -> e.get("id").asLong()).toList();
        assertThat(seen).doesNotContainAnyElementsOf(firstIds);
        String page = mvc.perform(get("/me/data-access-log").session(signIn("congdan2"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        for (Long id : firstIds) {
            assertThat(page).doesNotContain("data-id=\"" + id + "\"");
        }

        assertThat(mvc.perform(get("/api/v1/procedures/" + idCardProcedure() + "/prefill")).andReturn()
                .getResponse().getStatus()).isEqualTo(401);
        getJson("/api/v1/procedures/999999999/prefill", token("congdan2"), 404);
        getJson("/api/v1/procedures/" + idCardProcedure() + "/prefill", token("motcua1"), 403);
    }

    /** Registers a citizen with {@code personalId} through the page, as anyone can, and returns its API token. */
    private String selfRegistered(String username, String personalId) throws Exception {
        MvcResult registered = mvc.perform(post("/register/citizen").with(csrf()).param("fullName", "Kẻ Mạo Danh")
                .param("personalId", personalId).param("dateOfBirth", "1980-01-01").param("phone", "0905000111")
                .param("username", username).param("password", "MatKhau2025").param("passwordConfirm", "MatKhau2025"))
                .andReturn();
        assertThat(registered.getResponse().getRedirectedUrl()).isEqualTo("/login?registered");
        MvcResult result = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"MatKhau2025\"}")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("access_token").asString();
    }

    private static String unclaimedPersonalId() {
        // Century-gender digit 0 to 5: a number the simulated population registry answers for.
        return "048" + ThreadLocalRandom.current().nextInt(0, 6)
                + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String username() {
        return "md" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    @Test
    void aSelfDeclaredIdNumberGetsOnlyTheAccountsOwnProfileAndIsToldHowToGetVerified() throws Exception {
        String personalId = unclaimedPersonalId();
        String impostor = selfRegistered(username(), personalId);
        long logged = jdbc.sql("select count(*) from prefill_access_log where subject_number = ?").param(personalId)
                .query(Long.class).single();

        JsonNode body = getJson("/api/v1/procedures/" + idCardProcedure() + "/prefill?consent=true", impostor, 200);

        assertThat(body.get("nationalLookup").asString()).isEqualTo("IDENTITY_NOT_PROVEN");
        assertThat(body.get("notice").asString()).contains("VNeID").contains("bưu điện");
        JsonNode fields = body.get("fields");
        assertThat(fields.get("hoTen").get("value").asString()).isEqualTo("Kẻ Mạo Danh");
        assertThat(fields.get("hoTen").get("source").asString()).isEqualTo("PROFILE");
        assertThat(fields.get("hoTen").get("verified").asBoolean()).isFalse();
        assertThat(fields.get("soDinhDanh").get("verified").asBoolean()).isFalse();
        assertThat(fields.has("noiThuongTru")).isFalse();
        fields.properties().forEach(f -> assertThat(f.getValue().get("source").asString()).isEqualTo("PROFILE"));
        assertThat(jdbc.sql("select count(*) from prefill_access_log where subject_number = ?").param(personalId)
                .query(Long.class).single()).isEqualTo(logged);

        MvcResult english = mvc.perform(get("/api/v1/procedures/" + idCardProcedure() + "/prefill?consent=true")
                .header("Authorization", "Bearer " + impostor).header("Accept-Language", "en")).andReturn();
        assertThat(json.readTree(english.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("notice")
                .asString()).contains("verified in person");
    }

    @Test
    void anOfficersInPersonVerificationIsRecordedAndOpensTheRegistry() throws Exception {
        String personalId = unclaimedPersonalId();
        String username = username();
        String citizen = selfRegistered(username, personalId);
        String post = "{\"number\":\"" + personalId + "\"}";

        MvcResult byCitizen = mvc.perform(post("/api/v1/accounts/verify-in-person").header("Authorization",
                "Bearer " + citizen).contentType(MediaType.APPLICATION_JSON).content(post)).andReturn();
        assertThat(byCitizen.getResponse().getStatus()).isEqualTo(403);

        MvcResult byOfficer = mvc.perform(post("/api/v1/accounts/verify-in-person").header("Authorization",
                "Bearer " + token("motcua1")).contentType(MediaType.APPLICATION_JSON).content(post)).andReturn();
        assertThat(byOfficer.getResponse().getStatus()).isEqualTo(200);
        assertThat(json.readTree(byOfficer.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("assuranceLevel").asString()).isEqualTo("IN_PERSON");
        var row = jdbc.sql("select assurance_level, verified_by, verified_at from account where username = ?")
                .param(username).query().singleRow();
        assertThat(row.get("assurance_level")).isEqualTo("IN_PERSON");
        assertThat(((Number) row.get("verified_by")).longValue())
                .isEqualTo(accounts.findByUsername("motcua1").orElseThrow().accountId());
        assertThat(row.get("verified_at")).isNotNull();

        JsonNode body = getJson("/api/v1/procedures/" + idCardProcedure() + "/prefill?consent=true", citizen, 200);
        assertThat(body.get("nationalLookup").asString()).isEqualTo("DONE");
        assertThat(body.get("fields").get("noiThuongTru").get("verified").asBoolean()).isTrue();
        assertThat(body.get("fields").get("hoTen").get("source").asString()).isEqualTo("POPULATION");
    }

    @Test
    void theAccessLogNamesOnlyTheCallersOwnDossier() throws Exception {
        String citizen = token("congdan1");
        long procedure = idCardProcedure();
        long someoneElses = dossiers.draft("congdan2", DossierFixture.BIRTH).id();
        long logged = jdbc.sql("select count(*) from prefill_access_log").query(Long.class).single();

        getJson("/api/v1/procedures/" + procedure + "/prefill?consent=true&dossierId=" + someoneElses, citizen, 404);
        getJson("/api/v1/procedures/" + procedure + "/prefill?consent=true&dossierId=999999999", citizen, 404);

        assertThat(jdbc.sql("select count(*) from prefill_access_log").query(Long.class).single()).isEqualTo(logged);
    }
}
