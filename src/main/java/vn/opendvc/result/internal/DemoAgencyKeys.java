package vn.opendvc.result.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo signing keys, used while no keystore is configured: a demo root CA ({@code CN=OpenDVC Demo Root CA}) made on
 * first use and one key per agency made on demand, certified by that CA with {@code CN = agency name,
 * O = agency code, C = VN}. Every key is kept in the database (table {@code result_demo_key}) as a PKCS#12 file, so
 * restarts and every node of a cluster sign with the same keys; when two nodes create the same key at once, the
 * first insert wins and the other node reads it back.
 */
public class DemoAgencyKeys implements AgencyKeys {

    static final String ROOT_ALIAS = "demo-root-ca";
    private static final String ROOT_NAME = "OpenDVC Demo Root CA";
    private static final Logger log = LoggerFactory.getLogger(DemoAgencyKeys.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final char[] password;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SigningKey> cache = new ConcurrentHashMap<>();

    DemoAgencyKeys(JdbcClient jdbc, PlatformTransactionManager transactions, ResultProperties.DemoKeys config) {
        this.jdbc = jdbc;
        // a key is committed on its own, so a result whose transaction rolls back never leaves a key only in memory
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.password = config.passwordChars();
    }

    @Override
    public SigningKey keyFor(String agencyCode, String agencyName) {
        SigningKey root = root();
        return cache.computeIfAbsent("agency:" + agencyCode, alias -> loadOrCreate(alias,
                () -> agencyKey(root, agencyCode, agencyName)));
    }

    /** The demo root CA's certificate, the trust anchor of every demo signature. */
    public X509Certificate rootCertificate() {
        return root().certificate();
    }

    private SigningKey root() {
        return cache.computeIfAbsent(ROOT_ALIAS, alias -> loadOrCreate(alias, this::rootKey));
    }

    private synchronized SigningKey loadOrCreate(String alias, KeyFactory factory) {
        Optional<SigningKey> stored = load(alias);
        if (stored.isPresent()) {
            return stored.get();
        }
        SigningKey created = factory.create();
        try {
            String encoded = encode(alias, created);
            ownTransaction.executeWithoutResult(status -> jdbc
                    .sql("insert into result_demo_key (alias, pkcs12, created_at) values (?, ?, ?)")
                    .params(alias, encoded, Timestamp.from(Instant.now())).update());
            log.info("Demo signing key {} created (demo CA; configure opendvc.result.keystore for real keys)", alias);
            return created;
        } catch (DuplicateKeyException raced) {
            return load(alias).orElseThrow(() -> raced);
        }
    }

    private Optional<SigningKey> load(String alias) {
        return jdbc.sql("select pkcs12 from result_demo_key where alias = ?").param(alias).query(String.class)
                .optional().map(text -> decode(alias, text));
    }

    private String encode(String alias, SigningKey key) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, password);
            store.setKeyEntry("key", key.privateKey(), password, key.chain().toArray(Certificate[]::new));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot store demo key " + alias, e);
        }
    }

    private SigningKey decode(String alias, String text) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(Base64.getDecoder().decode(text)), password);
            PrivateKey key = (PrivateKey) store.getKey("key", password);
            List<X509Certificate> chain = Arrays.stream(store.getCertificateChain("key"))
                    .map(X509Certificate.class::cast).toList();
            return new SigningKey(key, chain);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read demo key " + alias
                    + " (was opendvc.result.demo-keys.password changed?)", e);
        }
    }

    private SigningKey rootKey() {
        KeyPair pair = rsa(3072);
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, ROOT_NAME)
                .addRDN(BCStyle.O, "OpenDVC").addRDN(BCStyle.C, "VN").build();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), notBefore(),
                    Date.from(Instant.now().plus(Duration.ofDays(365 * 20))), name, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(pair.getPublic()));
            return new SigningKey(pair.getPrivate(), List.of(sign(builder, pair.getPrivate())));
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create the demo root CA", e);
        }
    }

    private SigningKey agencyKey(SigningKey root, String agencyCode, String agencyName) {
        KeyPair pair = rsa(2048);
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, agencyName)
                .addRDN(BCStyle.O, agencyCode).addRDN(BCStyle.C, "VN").build();
        X509Certificate ca = root.certificate();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca, serial(), notBefore(),
                    Date.from(Instant.now().plus(Duration.ofDays(365 * 10))), subject, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(pair.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(ca));
            return new SigningKey(pair.getPrivate(), List.of(sign(builder, root.privateKey()), ca));
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create the demo key of agency " + agencyCode, e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }

    private KeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private BigInteger serial() {
        return new BigInteger(127, random).add(BigInteger.ONE);
    }

    private static Date notBefore() {
        return Date.from(Instant.now().minus(Duration.ofDays(1)));
    }

    @FunctionalInterface
    private interface KeyFactory {
        SigningKey create();
    }
}
