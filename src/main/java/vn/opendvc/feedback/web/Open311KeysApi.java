package vn.opendvc.feedback.web;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
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
import vn.opendvc.feedback.internal.Open311Keys;
import vn.opendvc.identity.CurrentUser;

/** The Open311 client applications' API keys, for an administrator: the key is in the creation's answer only. */
@RestController
@RequestMapping("/api/v1/open311/keys")
@Tag(name = "Open311 GeoReport v2")
class Open311KeysApi {

    record NewKey(String name) {
    }

    record IssuedJson(long id, String apiKey) {
    }

    record ClientJson(long id, String name, String keyPrefix, Instant createdAt, Instant revokedAt, boolean active) {
    }

    private final Open311Keys keys;

    Open311KeysApi(Open311Keys keys) {
        this.keys = keys;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Cấp khóa API Open311 / issue an API key (ADMIN); the key is shown once")
    IssuedJson issue(@RequestBody NewKey body, CurrentUser admin) {
        Open311Keys.Issued issued = keys.issue(admin, body == null ? null : body.name());
        return new IssuedJson(issued.id(), issued.apiKey());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Thu hồi khóa / revoke a key (ADMIN)")
    void revoke(@PathVariable long id, CurrentUser admin) {
        keys.revoke(admin, id);
    }

    @GetMapping
    @Operation(summary = "Các ứng dụng Open311 / the client applications (ADMIN), without their keys")
    List<ClientJson> list(CurrentUser admin) {
        return keys.list(admin).stream().map(c -> new ClientJson(c.id(), c.name(), c.keyPrefix(), c.createdAt(),
                c.revokedAt(), c.active())).toList();
    }
}
