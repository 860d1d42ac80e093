package vn.opendvc.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;

/**
 * The inbound sync API as a source system uses it: every record answered on its own (a bad one never rejects the
 * others, nothing half-written), repeated records change nothing, an older record arriving late does not overwrite a
 * newer one, statuses only move the way the national table allows, the public lookup finds a synced dossier, a key
 * reports for its own agencies only, and a
 * missing, wrong or revoked key, a body that is no batch and a batch over 1,000 records are refused.
 */
@ApplicationTest
class SyncIngestTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    SyncClient client;
    String key;

    @BeforeEach
    void aSourceSystemOfHaiChau() throws Exception {
        client = new SyncClient(mvc, fixture, json);
        key = client.register(DossierFixture.HAI_CHAU).get("apiKey").asString();
    }

    @Test
    void eachRecordIsAnsweredOnItsOwnWithTheFieldAndReason() throws Exception {
        String good = code();
        List<JsonNode> results = client.accepted(key,
                SyncClient.record(good, 2, Map.of()),
                SyncClient.record(code(), 11, Map.of("NgayTiepNhan", "2026-11-23")),
                SyncClient.record(code(), 9, Map.of()),
                SyncClient.record(code(), 2, Map.of("MaTTHC", "9.999999")),
                Map.of("MaHoSo", code()),
                "not an object");

        assertThat(results).hasSize(6);
        assertThat(results.get(0).get("accepted").asBoolean()).isTrue();
        assertThat(results.get(0).get("MaHoSo").asString()).isEqualTo(good);
        assertThat(fields(results.get(1))).containsExactlyInAnyOrder("NgayTiepNhan", "TrangThaiHoSo");
        assertThat(results.get(1).at("/errors/0/reason").asString()).isNotBlank();
        assertThat(fields(results.get(2))).as("a finished dossier says when").containsExactly("NgayKetThucXuLy");
        assertThat(fields(results.get(3))).containsExactly("MaTTHC");
        assertThat(fields(results.get(4))).contains("MaTTHC", "ChuHoSo", "NgayTiepNhan", "TrangThaiHoSo",
                "KenhThucHien", "DonViXuLy");
        assertThat(results.get(5).get("accepted").asBoolean()).isFalse();
        assertThat(count("select count(*) from synced_dossier where code = ?", good)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from synced_dossier where code in (?, ?, ?)")
                .params(results.get(1).get("MaHoSo").asString(), results.get(2).get("MaHoSo").asString(),
                        results.get(3).get("MaHoSo").asString())
                .query(Integer.class).single()).as("nothing of the rejected ones").isZero();
    }

    @Test
    void theSameRecordTwiceChangesNothingAndAnOlderOneDoesNotOverwriteANewerOne() throws Exception {
        String code = code();
        Map<String, Object> received = SyncClient.record(code, 2, Map.of());
        Map<String, Object> done = SyncClient.record(code, 9, Map.of("NgayKetThucXuLy", "20261124100000"));

        assertThat(client.accepted(key, received).get(0).get("applied").asBoolean()).isTrue();
        JsonNode repeat = client.accepted(key, received).get(0);
        assertThat(repeat.get("accepted").asBoolean()).isTrue();
        assertThat(repeat.get("applied").asBoolean()).as("a repeat").isFalse();
        assertThat(client.accepted(key, done).get(0).get("applied").asBoolean()).isTrue();
        JsonNode late = client.accepted(key, received).get(0);
        assertThat(late.get("accepted").asBoolean()).isTrue();
        assertThat(late.get("applied").asBoolean()).as("older than what is stored").isFalse();
        assertThat(count("select status from synced_dossier where code = ?", code)).isEqualTo(9);
    }

    @Test
    void ofTwoRecordsOfTheSameSecondTheOneWithMoreStepsIsTheNewer() throws Exception {
        String code = code();
        Map<String, Object> submitted = SyncClient.record(code, 1, Map.of("QuaTrinhXuLy",
                List.of(Map.of("ThoiDiemXuLy", "20261123090000", "TrangThai", 1))));
        Map<String, Object> received = SyncClient.record(code, 2, Map.of("QuaTrinhXuLy",
                List.of(Map.of("ThoiDiemXuLy", "20261123090000", "TrangThai", 1),
                        Map.of("ThoiDiemXuLy", "20261123090000", "TrangThai", 2))));
        assertThat(client.accepted(key, received).get(0).get("applied").asBoolean()).isTrue();
        assertThat(client.accepted(key, submitted).get(0).get("applied").asBoolean())
                .as("fewer steps in the same second: older").isFalse();
        assertThat(count("select status from synced_dossier where code = ?", code)).isEqualTo(2);
    }

    @Test
    void aStatusTheNationalTableForbidsAfterTheStoredOneIsRejected() throws Exception {
        String code = code();
        client.accepted(key, SyncClient.record(code, 10, Map.of("NgayKetThucXuLy", "20261124100000",
                "NgayTra", "20261124150000")));
        JsonNode back = client.accepted(key, SyncClient.record(code, 4, Map.of(
                "QuaTrinhXuLy", List.of(Map.of("ThoiDiemXuLy", "20261125080000", "TrangThai", 4))))).get(0);
        assertThat(back.get("accepted").asBoolean()).isFalse();
        assertThat(fields(back)).containsExactly("TrangThaiHoSo");
        assertThat(count("select status from synced_dossier where code = ?", code)).isEqualTo(10);

        String supplement = code();
        client.accepted(key, SyncClient.record(supplement, 5, Map.of()));
        assertThat(client.accepted(key, SyncClient.record(supplement, 4, Map.of("QuaTrinhXuLy",
                List.of(Map.of("ThoiDiemXuLy", "20261123150000"))))).get(0).get("accepted").asBoolean())
                .as("a supplement answered goes back to processing").isTrue();
    }

    @Test
    void textWithTabsNewlinesAndBackslashesIsStoredExactlyAsSent() throws Exception {
        String code = code();
        String holder = "Trần\tThị \\ Bích\nNgọc \"Út\" \\N";
        String summary = "Đơn\r\nxin cấp lại\\bản sao\t(lần 2)";
        Map<String, Object> sent = SyncClient.record(code, 2, Map.of("ChuHoSo", holder, "TrichYeuHoSo", summary));
        assertThat(client.accepted(key, sent).get(0).get("applied").asBoolean()).isTrue();

        Map<String, Object> stored = jdbc.sql("select holder, record_json from synced_dossier where code = ?")
                .param(code).query().singleRow();
        assertThat(stored.get("holder")).isEqualTo(holder);
        JsonNode kept = json.readTree((String) stored.get("record_json"));
        assertThat(kept.get("ChuHoSo").asString()).isEqualTo(holder);
        assertThat(kept.get("TrichYeuHoSo").asString()).isEqualTo(summary);
        assertThat(client.accepted(key, sent).get(0).get("applied").asBoolean()).as("the same record again").isFalse();
    }

    @Test
    void batchesOfDossiersFromAcrossTheYearSentAtOnceAreEachCountedAndTheirPublicationsCompleted() throws Exception {
        List<String> codes = new ArrayList<>();
        List<java.util.concurrent.Future<?>> sources = new ArrayList<>();
        var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
        for (int b = 0; b < 4; b++) {
            List<Object> batch = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String code = code() + "-" + b + "-" + i;
                codes.add(code);
                String day = String.format("2026%02d%02d", 1 + (b * 60 + i) % 11, 1 + (b * 60 + i) % 28);
                batch.add(SyncClient.record(code, 9, Map.of("NgayTiepNhan", day + "090000",
                        "NgayHenTra", day + "170000", "NgayKetThucXuLy", day + "160000")));
            }
            sources.add(executor.submit(() -> client.accepted(key, batch.toArray())));
        }
        for (var source : sources) {
            source.get(); // a batch the API did not accept fails here, with its cause
        }
        executor.close();
        String counted = """
                select count(*) from indicator_dossier t join synced_dossier s on t.dossier_id = -s.id
                where s.code in (:codes) and t.outcome = 9""";
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.sql(counted)
                .param("codes", codes).query(Long.class).single() == codes.size()
                && jdbc.sql("""
                        select count(*) from event_publication where completion_date is null
                        and event_type like '%SyncedDossiersReported'""").query(Long.class).single() == 0);
    }

    @Test
    void aSyncedDossierIsFoundByThePublicLookup() throws Exception {
        String code = code();
        client.accepted(key, SyncClient.record(code, 4, Map.of("QuaTrinhXuLy",
                List.of(Map.of("ThoiDiemXuLy", "20261123150000")))));
        MockHttpServletResponse found = mvc.perform(get("/api/v1/lookup").param("code", code)
                .param("phoneLast4", "1222")).andReturn().getResponse();
        assertThat(found.getStatus()).isEqualTo(200);
        assertThat(json.readTree(found.getContentAsString(StandardCharsets.UTF_8)).get("status").asInt()).isEqualTo(4);
        assertThat(mvc.perform(get("/api/v1/lookup").param("code", code).param("phoneLast4", "9999")).andReturn()
                .getResponse().getStatus()).as("another phone").isEqualTo(404);
    }

    @Test
    void aKeyReportsForItsOwnAgenciesOnly() throws Exception {
        String code = code();
        JsonNode other = client.accepted(key, SyncClient.record(code, 2, Map.of("DonViXuLy", "DNG-SONTRA"))).get(0);
        assertThat(other.get("accepted").asBoolean()).isFalse();
        assertThat(fields(other)).containsExactly("DonViXuLy");

        String shared = code();
        client.accepted(key, SyncClient.record(shared, 2, Map.of()));
        String sonTra = client.register("DNG-SONTRA").get("apiKey").asString();
        JsonNode takeover = client.accepted(sonTra, SyncClient.record(shared, 4, Map.of("DonViXuLy", "DNG-SONTRA",
                "QuaTrinhXuLy", List.of(Map.of("ThoiDiemXuLy", "20261123150000"))))).get(0);
        assertThat(takeover.get("accepted").asBoolean()).as("another agency's dossier").isFalse();
        assertThat(fields(takeover)).containsExactly("MaHoSo");
    }

    @Test
    void aMissingWrongOrRevokedKeyAndABadOrOversizedBatchAreRefused() throws Exception {
        MockHttpServletResponse none = client.send(null, List.of(SyncClient.record(code(), 2, Map.of())));
        assertThat(none.getStatus()).isEqualTo(401);
        assertThat(none.getContentType()).startsWith("application/problem+json");
        assertThat(client.send("odvc_sync_wrong", List.of()).getStatus()).isEqualTo(403);
        assertThat(client.send(key, Map.of("MaHoSo", "x")).getStatus()).as("an object, not a batch").isEqualTo(400);

        List<Object> tooMany = new ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            tooMany.add(Map.of("MaHoSo", "X" + i));
        }
        MockHttpServletResponse oversized = client.send(key, tooMany);
        assertThat(oversized.getStatus()).isEqualTo(413);
        assertThat(oversized.getContentAsString(StandardCharsets.UTF_8)).contains("1000");

        JsonNode system = client.register(DossierFixture.HAI_CHAU);
        String revoked = system.get("apiKey").asString();
        assertThat(client.accepted(revoked, SyncClient.record(code(), 2, Map.of())).get(0).get("accepted")
                .asBoolean()).isTrue();
        assertThat(mvc.perform(delete("/api/v1/sync/systems/" + system.get("id").asLong() + "/keys")
                .header(HttpHeaders.AUTHORIZATION, fixture.token("quantri"))).andReturn().getResponse().getStatus())
                .isEqualTo(204);
        assertThat(client.send(revoked, List.of(SyncClient.record(code(), 2, Map.of()))).getStatus()).isEqualTo(403);
        assertThat(mvc.perform(delete("/api/v1/sync/systems/" + system.get("id").asLong() + "/keys")
                .header(HttpHeaders.AUTHORIZATION, fixture.token("motcua1"))).andReturn().getResponse().getStatus())
                .as("only an administrator").isEqualTo(403);
    }

    private static List<String> fields(JsonNode result) {
        return result.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private int count(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Integer.class).single();
    }

    private static String code() {
        return "H40-" + System.nanoTime();
    }
}
