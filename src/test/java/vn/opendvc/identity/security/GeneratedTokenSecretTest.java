package vn.opendvc.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import vn.opendvc.identity.AccountKind;
import vn.opendvc.identity.AssuranceLevel;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;
import vn.opendvc.testing.ApplicationTest;

/**
 * Without {@code OPENDVC_TOKEN_SECRET}, the nodes of one database still share one secret: a token issued by one node is
 * accepted by another started later (a restart is the same case).
 */
@ApplicationTest
class GeneratedTokenSecretTest {

    private static final CurrentUser CITIZEN = new CurrentUser(1, "congdan1", AccountKind.CITIZEN, "Nguyễn Văn An",
            null, Set.of(Role.CITIZEN), null, null, AssuranceLevel.LOCAL);

    @Autowired
    GeneratedTokenSecret generated;
    @Autowired
    ApiTokens running;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aNodeStartedWithoutTheVariableAcceptsTheTokensOfTheOthers() {
        TokenProperties unset = new TokenProperties(null, Duration.ofHours(1));
        ApiTokens otherNode = new ApiTokens(unset, new GeneratedTokenSecret(jdbc, transactions));
        String issuedHere = running.issue(CITIZEN).value();
        assertThat(otherNode.decoder().decode(issuedHere).getSubject()).isEqualTo("congdan1");
        assertThat(running.decoder().decode(otherNode.issue(CITIZEN).value()).getSubject()).isEqualTo("congdan1");
        assertThat(generated.get()).hasSize(ApiTokens.MIN_SECRET_BYTES);
    }
}
