package vn.opendvc.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The batch event as the event publication registry stores it: ids only, and a publication an earlier version left
 * with whole reports (still incomplete at an upgrade) is read as the ids of those reports.
 */
class SyncedDossiersReportedTest {

    final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void isStoredAsTheSyncedIdsAndReadBack() {
        String stored = json.writeValueAsString(new SyncedDossiersReported(List.of(7L, 3L, 12L)));
        assertThat(stored).isEqualTo("{\"syncedIds\":[7,3,12]}");
        assertThat(json.readValue(stored, SyncedDossiersReported.class).syncedIds()).containsExactly(7L, 3L, 12L);
    }

    @Test
    void aPublicationOfTheEarlierFormatIsReadAsTheIdsOfItsReports() {
        String earlier = """
                {"reports":[{"syncedId":41,"code":"H40.22-261123-0001","agencyCode":"DNG-HAICHAU","procedureId":5,
                "channel":"ONLINE","status":"RECEIVED","submittedAt":"2026-11-23T02:00:00Z",
                "dueAt":"2026-11-24T10:00:00Z","finishedAt":null,"outcome":null,"deliveredAt":null,"feeApplies":false,
                "paidOnline":false,"digitized":true,"reportedAt":"2026-11-23T02:00:00.000001Z"},
                {"syncedId":42,"code":"H40.22-261123-0002","agencyCode":"DNG-HAICHAU","procedureId":5,
                "channel":"COUNTER","status":"DONE","submittedAt":"2026-11-23T02:00:00Z",
                "dueAt":"2026-11-24T10:00:00Z","finishedAt":"2026-11-24T03:00:00Z","outcome":"DONE",
                "deliveredAt":null,"feeApplies":true,"paidOnline":true,"digitized":false,
                "reportedAt":"2026-11-24T03:00:00.000002Z"}]}""";
        assertThat(json.readValue(earlier, SyncedDossiersReported.class).syncedIds()).containsExactly(41L, 42L);
    }
}
