package vn.opendvc.sync.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import vn.opendvc.sync.internal.Ingest;
import vn.opendvc.web.PublicPaths;
import vn.opendvc.web.Translations;

/**
 * The inbound sync API for other one-stop systems (server to server): no login and no CSRF token, the source system's
 * key in {@value #KEY_HEADER} is the authentication. One answer per record, in the order sent.
 */
@RestController
@Tag(name = "Đồng bộ hồ sơ / Status sync")
class SyncApi {

    static final String PATH = "/api/v1/sync/dossiers";
    static final String KEY_HEADER = "X-API-Key";

    private final Ingest ingest;
    private final Translations translations;

    SyncApi(Ingest ingest, Translations translations) {
        this.ingest = ingest;
        this.translations = translations;
    }

    record ErrorJson(String field, String reason) {
    }

    record ResultJson(@JsonProperty("MaHoSo") String code, boolean accepted, boolean applied,
            List<ErrorJson> errors) {
    }

    record Answer(List<ResultJson> results) {
    }

    @PostMapping(PATH)
    @Operation(summary = "Nhận trạng thái hồ sơ từ hệ thống một cửa khác (tối đa 1.000 hồ sơ mỗi lần) / receive the "
            + "status of dossiers handled in another one-stop system (at most 1,000 records a batch)",
            description = "Records in the national field names (MaHoSo, MaTTHC, TrangThaiHoSo, KenhThucHien, DonViXuLy, "
                    + "NgayTiepNhan yyyyMMddHHmmss…); header X-API-Key. Each record is accepted or rejected on its "
                    + "own with the field and reason; a repeated or older record is accepted without change "
                    + "(applied=false).")
    Answer receive(@RequestHeader(name = KEY_HEADER, required = false) String apiKey, @RequestBody JsonNode body,
            HttpServletRequest request) {
        return new Answer(ingest.ingest(apiKey, body).stream()
                .map(r -> new ResultJson(r.code(), r.accepted(), r.applied(), r.errors().stream()
                        .map(e -> new ErrorJson(e.field(), translations.text(e.reason(), request))).toList()))
                .toList());
    }

    /** The sync API comes without login; {@link SyncApi} checks the source system's key. */
    @Configuration(proxyBeanMethods = false)
    static class Paths {

        @Bean
        PublicPaths syncPaths() {
            return PublicPaths.apiCallbacks(PATH);
        }
    }
}
