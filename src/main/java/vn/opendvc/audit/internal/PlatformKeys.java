package vn.opendvc.audit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the platform key comes from: the configured PKCS#12 keystore, or a demo Ed25519 key pair made on first use
 * and kept in the database (table {@code audit_demo_key}) so every node and restart signs with the same key.
 */
final class PlatformKeys {

    private static final Logger log = LoggerFactory.getLogger(PlatformKeys.class);
    private static final String DEMO_ALIAS = "demo-platform";

    static PlatformKey fromKeystore(AuditProperties.Keystore config) {
        try (InputStream in = Files.newInputStream(Path.of(config.path()))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, config.passwordChars());
            if (!(store.getKey(config.alias(), config.passwordChars()) instanceof PrivateKey key)) {
                throw new IllegalStateException("no private key " + config.alias() + " in " + config.path());
            }
            return new PlatformKey(key, store.getCertificate(config.alias()).getPublicKey());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the audit keystore " + config.path(), e);
        }
    }

    /** The demo key: read back, or made once; when two nodes make it at once the first insert wins. */
    static PlatformKey demo(JdbcClient jdbc, PlatformTransactionManager transactions) {
        Optional<PlatformKey> stored = loadDemo(jdbc);
        if (stored.isPresent()) {
            return stored.get();
        }
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            TransactionTemplate own = new TransactionTemplate(transactions);
            own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            own.executeWithoutResult(status -> jdbc.sql(
                    "insert into audit_demo_key (alias, private_key, public_key, created_at) values (?, ?, ?, ?)")
                    .params(DEMO_ALIAS, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                            Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                            Timestamp.from(Instant.now()))
                    .update());
            log.warn("Demo audit platform key created; configure opendvc.audit.keystore for a real key");
            return new PlatformKey(pair.getPrivate(), pair.getPublic());
        } catch (DuplicateKeyException raced) {
            return loadDemo(jdbc).orElseThrow(() -> raced);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<PlatformKey> loadDemo(JdbcClient jdbc) {
        return jdbc.sql("select private_key, public_key from audit_demo_key where alias = ?").param(DEMO_ALIAS)
                .query((rs, n) -> {
                    try {
                        KeyFactory factory = KeyFactory.getInstance("Ed25519");
                        Base64.Decoder base64 = Base64.getDecoder();
                        return new PlatformKey(
                                factory.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(rs.getString(1)))),
                                factory.generatePublic(new X509EncodedKeySpec(base64.decode(rs.getString(2)))));
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException("cannot read the demo audit key", e);
                    }
                }).optional();
    }

    private PlatformKeys() {
    }
}
