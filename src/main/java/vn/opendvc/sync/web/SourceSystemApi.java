package vn.opendvc.sync.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.sync.internal.SourceSystems;
import vn.opendvc.sync.internal.SyncStatus;

/** An administrator registers the source systems, issues, rotates and revokes their keys; a key is shown once. */
@RestController
@RequestMapping("/api/v1/sync/systems")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Đồng bộ hồ sơ / Status sync")
class SourceSystemApi {

    private final SourceSystems systems;
    private final SyncStatus status;

    SourceSystemApi(SourceSystems systems, SyncStatus status) {
        this.systems = systems;
        this.status = status;
    }

    record NewSystem(String name, List<String> agencies) {
    }

    record IssuedJson(long id, String apiKey) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Đăng ký hệ thống nguồn và cấp khóa (chỉ hiện một lần) / register a source system and issue "
            + "its key (shown once)")
    IssuedJson register(@RequestBody NewSystem body) {
        SourceSystems.Issued issued = systems.register(body.name(), body.agencies());
        return new IssuedJson(issued.systemId(), issued.apiKey());
    }

    @PostMapping("/{id}/keys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Cấp khóa mới, thu hồi khóa cũ / rotate: a new key, the old ones revoked")
    IssuedJson rotate(@PathVariable long id) {
        SourceSystems.Issued issued = systems.rotate(id);
        return new IssuedJson(issued.systemId(), issued.apiKey());
    }

    @DeleteMapping("/{id}/keys")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Thu hồi mọi khóa của hệ thống / revoke every key of the system")
    void revoke(@PathVariable long id) {
        systems.revoke(id);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    @Operation(summary = "Các hệ thống nguồn: lần đồng bộ cuối, số hồ sơ nhận/từ chối, độ trễ / the source systems: "
            + "last sync, records accepted and rejected, lag")
    List<SyncStatus.SystemLine> list() {
        return status.systems();
    }
}
