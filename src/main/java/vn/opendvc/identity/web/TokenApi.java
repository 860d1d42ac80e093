package vn.opendvc.identity.web;

import java.time.Instant;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.identity.AccountProfile;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.internal.SignedIn;
import vn.opendvc.identity.security.ApiTokens;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/** Access tokens for apps, and the account behind a token. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tài khoản / Accounts")
@SecurityScheme(name = TokenApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Mã truy cập từ POST /api/v1/auth/token / access token from POST /api/v1/auth/token")
class TokenApi {

    static final String BEARER = "bearer";

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final Accounts accounts;

    TokenApi(AuthenticationManager authentication, ApiTokens tokens, Accounts accounts) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @PostMapping("/auth/token")
    @Operation(summary = "Cấp mã truy cập / issue an access token (HS256 JWT) for a local account")
    ResponseEntity<TokenResponse> token(@RequestBody TokenRequest request) {
        if (request == null || isBlank(request.username()) || isBlank(request.password())) {
            throw Problems.badRequest(Message.of("identity.problem.credentials-required"));
        }
        Authentication authenticated;
        try {
            authenticated = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username().trim(), request.password()));
        } catch (AuthenticationException e) {
            throw Problems.problem(HttpStatus.UNAUTHORIZED, "invalid-credentials",
                    Message.of("identity.problem.invalid-credentials.title"),
                    Message.of("identity.problem.invalid-credentials.detail"));
        }
        CurrentUser user = CurrentUser.from(authenticated).orElseThrow();
        Instant signedInAt = authenticated.getPrincipal() instanceof SignedIn signedIn ? signedIn.signedInAt()
                : Instant.now();
        ApiTokens.IssuedToken token = tokens.issue(user, signedInAt);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new TokenResponse(token.value(), "Bearer", token.expiresIn()));
    }

    @GetMapping("/me")
    @Operation(summary = "Tài khoản đang đăng nhập / the account of the bearer token",
            security = @SecurityRequirement(name = BEARER))
    Me me(CurrentUser user) {
        AccountProfile profile = accounts.profile(user.accountId())
                .orElseThrow(() -> Problems.notFound(Message.of("identity.problem.account"), user.username()));
        return Me.of(profile);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Credentials of a local account. */
    record TokenRequest(String username, String password) {
        @Override
        public String toString() {
            return "TokenRequest[***]";
        }
    }

    record TokenResponse(@JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn) {
        @Override
        public String toString() {
            return "TokenResponse[***]";
        }
    }

    /** The account as the API shows it: never a password hash. */
    record Me(long accountId, String username, String kind, String displayName, String agencyCode,
            java.util.List<String> roles, String personalId, String taxCode, String assuranceLevel,
            java.time.LocalDate dateOfBirth, String phone, String email) {

        static Me of(AccountProfile profile) {
            CurrentUser u = profile.user();
            return new Me(u.accountId(), u.username(), u.kind().name(), u.displayName(), u.agencyCode(),
                    u.roles().stream().map(Enum::name).sorted().toList(), u.personalId(), u.taxCode(),
                    u.assuranceLevel().name(), profile.dateOfBirth(), profile.phone(), profile.email());
        }
    }
}
