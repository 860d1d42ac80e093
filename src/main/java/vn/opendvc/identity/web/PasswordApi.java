package vn.opendvc.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.internal.PasswordChange;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/** The account of the bearer token changes its password. */
@RestController
@Tag(name = "Tài khoản / Accounts")
class PasswordApi {

    private final PasswordChange change;

    PasswordApi(PasswordChange change) {
        this.change = change;
    }

    /** The current password and the new one; an app asks for the new one twice on its own screen. */
    record PasswordJson(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordJson[***]";
        }
    }

    @PostMapping("/api/v1/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Đổi mật khẩu / change the password of the bearer token's account",
            description = "Mọi phiên và mã truy cập đã cấp của tài khoản, kể cả mã đang dùng, hết hiệu lực: lấy mã mới"
                    + " bằng mật khẩu mới. / Every session and access token of the account, this one included, stops"
                    + " working: request a new token with the new password.",
            security = @SecurityRequirement(name = TokenApi.BEARER))
    void change(@RequestBody PasswordJson body, CurrentUser user) {
        try {
            change.change(user, body.currentPassword(), body.newPassword(), body.newPassword());
        } catch (PasswordChange.Rejected rejected) {
            Map<String, Message> errors = new LinkedHashMap<>();
            rejected.violations().forEach(v -> errors.putIfAbsent(v.field(), Message.of(v.code())));
            throw Problems.badRequest(Message.of("identity.problem.password-rejected"), errors);
        } catch (PasswordChange.NoLocalPassword none) {
            throw Problems.problem(HttpStatus.CONFLICT, "no-local-password",
                    Message.of("identity.problem.no-local-password.title"),
                    Message.of("identity.problem.no-local-password.detail"));
        }
    }
}
