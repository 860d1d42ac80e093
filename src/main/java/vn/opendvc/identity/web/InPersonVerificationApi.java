package vn.opendvc.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.internal.AccountRegistry;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/**
 * A receiving officer or a post-office agent, having checked the holder's identity document at the desk, records
 * that the account's ID number or tax code is proven: the national registries then answer for it.
 */
@RestController
@Tag(name = "Tài khoản / Accounts")
class InPersonVerificationApi {

    private final AccountRegistry registry;

    InPersonVerificationApi(AccountRegistry registry) {
        this.registry = registry;
    }

    record VerificationJson(String number) {
    }

    record VerifiedJson(long accountId, String assuranceLevel) {
    }

    @PostMapping("/api/v1/accounts/verify-in-person")
    @PreAuthorize("hasAnyRole('RECEIVER', 'AGENT')")
    @Operation(summary = "Xác thực trực tiếp / record that the holder of this ID number or tax code showed their "
            + "identity document at the desk (receiving officers and post-office agents)")
    VerifiedJson verify(@RequestBody VerificationJson body, CurrentUser officer) {
        String number = body.number() == null ? "" : body.number();
        CurrentUser account = registry.verifyInPerson(officer, number)
                .orElseThrow(() -> Problems.notFound(Message.of("identity.problem.account"), number));
        return new VerifiedJson(account.accountId(), account.assuranceLevel().name());
    }
}
