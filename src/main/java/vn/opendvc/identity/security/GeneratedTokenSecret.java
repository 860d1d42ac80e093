package vn.opendvc.identity.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The token secret used when {@code OPENDVC_TOKEN_SECRET} is not set: made once, kept in the database (table
 * {@code token_secret}, V106), so that every node and every restart accepts the tokens any node issued. When two nodes
 * make it at once, the first insert wins and the other reads it back. Setting the variable keeps the secret out of
 * the database.
 */
@Component
class GeneratedTokenSecret {

    private static final Logger log = LoggerFactory.getLogger(GeneratedTokenSecret.class);

    private final JdbcClient jdbc;
    private final PlatformTransactionManager transactions;

    GeneratedTokenSecret(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    byte[] get() {
        Optional<byte[]> stored = load();
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] secret = new byte[ApiTokens.MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        try {
            TransactionTemplate own = new TransactionTemplate(transactions);
            own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            own.executeWithoutResult(status -> jdbc.sql(
                    "insert into token_secret (id, secret, created_at) values (1, ?, ?)")
                    .params(Base64.getEncoder().encodeToString(secret), Timestamp.from(Instant.now())).update());
            log.warn("opendvc.security.token-secret (OPENDVC_TOKEN_SECRET) is not set: a secret was generated and "
                    + "kept in the database, shared by every node; set the variable to keep it out of the database");
            return secret;
        } catch (DuplicateKeyException raced) {
            return load().orElseThrow(() -> raced);
        }
    }

    private Optional<byte[]> load() {
        return jdbc.sql("select secret from token_secret where id = 1").query(String.class).optional()
                .map(Base64.getDecoder()::decode);
    }
}
