package vn.opendvc.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.OnMondayMorning;

/**
 * A dossier handled in another system and reported by sync counts exactly as a native one with the same facts: the
 * same contributions to every counter (submitted, channel, digitised, finished on time, result returned, fee and
 * online payment, full process) — plus its mark as synced, for the dashboard's share of synced dossiers — and a
 * recomputation from the source modules gives the synced track back; the dashboard shows the agency's synced share.
 */
@ApplicationTest
@OnMondayMorning
class SyncedEqualsNativeTest {

    private static final DateTimeFormatter NATIONAL = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(MovableClock.VIETNAM);

    @Autowired
    DossierFixture fixture;
    @Autowired
    CounterLedger ledger;
    @Autowired
    Recomputation recomputation;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;

    @Test
    void aSyncedDossierCountsAsANativeOneWithTheSameFacts() throws Exception {
        Dossier submitted = fixture.submitted("congdan1");
        fixture.act("motcua1", submitted.id(), DossierAction.RECEIVE);
        fixture.act("motcua1", submitted.id(), DossierAction.FORWARD);
        clock.advance(Duration.ofHours(2));
        fixture.act("chuyenvien1", submitted.id(), DossierAction.FORWARD);
        fixture.act("lanhdao1", submitted.id(), DossierAction.COMPLETE);
        Dossier d = fixture.act("motcua1", submitted.id(), DossierAction.DELIVER);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> ledger.find(d.id()).map(t -> t.deliveredAt() != null).orElse(false));
        Track natively = ledger.find(d.id()).orElseThrow();

        String code = "H40-SYNC-" + System.nanoTime();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("MaHoSo", code);
        record.put("MaTTHC", DossierFixture.BIRTH);
        record.put("ChuHoSo", "Phạm Thị Hoa");
        record.put("NgayTiepNhan", national(natively.submittedAt()));
        record.put("NgayHenTra", national(natively.dueAt()));
        record.put("NgayKetThucXuLy", national(natively.finishedAt()));
        record.put("NgayTra", national(natively.deliveredAt()));
        record.put("TrangThaiHoSo", 10);
        record.put("KenhThucHien", 2);
        record.put("DonViXuLy", DossierFixture.HAI_CHAU);
        record.put("HoSoCoThanhPhanSoHoa", natively.digitized());
        record.put("DuocThanhToanTrucTuyen", natively.paid());
        record.put("DanhSachLePhi", natively.feeApplies() ? List.of(Map.of("TenPhiLePhi", "Lệ phí", "MucPhi", 8_000))
                : List.of());
        MockHttpServletResponse answer = mvc.perform(post("/api/v1/sync/dossiers").header("X-API-Key", key())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(List.of(record))))
                .andReturn().getResponse();
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).contains("\"accepted\":true");
        long syncedId = jdbc.sql("select id from synced_dossier where code = ?").param(code).query(Long.class).single();
        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.find(Track.syncedKey(syncedId)).isPresent());
        Track synced = ledger.find(Track.syncedKey(syncedId)).orElseThrow();

        assertThat(natively.contributions().keySet()).extracting(Track.Key::metric).as("a native dossier counts")
                .contains(Metrics.SUBMITTED, Metrics.SUBMITTED_DIGITIZED, Metrics.FINISHED_ON_TIME,
                        Metrics.RESULT_ELECTRONIC, Metrics.FULL_PROCESS);
        var syncedContributions = new java.util.HashMap<>(synced.contributions());
        assertThat(syncedContributions.keySet()).extracting(Track.Key::metric).as("marked as synced, once")
                .containsOnlyOnce(Metrics.SUBMITTED_SYNCED);
        syncedContributions.keySet().removeIf(key -> key.metric().equals(Metrics.SUBMITTED_SYNCED));
        assertThat(syncedContributions).as("every indicator's figures alike").isEqualTo(natively.contributions());

        String dashboard = mvc.perform(get("/indicators").param("agency", DossierFixture.HAI_CHAU)
                .param("from", "2026-11-01").param("to", "2026-11-30")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile(
                "data-channel=\"synced\">\\s*<span class=\"count\">([0-9.]+)</span>").matcher(dashboard);
        assertThat(shown.find()).as("the agency's synced dossiers on the dashboard").isTrue();
        assertThat(Long.parseLong(shown.group(1).replace(".", ""))).isPositive();

        recomputation.recompute();
        assertThat(ledger.find(Track.syncedKey(syncedId)).orElseThrow().withoutEventTime())
                .as("recomputed from the synced records").isEqualTo(synced.withoutEventTime());
    }

    private String key() throws Exception {
        MockHttpServletResponse issued = mvc.perform(post("/api/v1/sync/systems")
                .header(HttpHeaders.AUTHORIZATION, fixture.token("quantri")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Một cửa " + System.nanoTime() + "\",\"agencies\":[\"" + DossierFixture.HAI_CHAU
                        + "\"]}")).andReturn().getResponse();
        return json.readTree(issued.getContentAsString(StandardCharsets.UTF_8)).get("apiKey").asString();
    }

    private static String national(Instant at) {
        return NATIONAL.format(at);
    }
}
