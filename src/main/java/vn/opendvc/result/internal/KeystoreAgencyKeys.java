package vn.opendvc.result.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Agency keys from a PKCS#12 keystore ({@code opendvc.result.keystore.path} and {@code .password}): the entry whose
 * alias is the agency code (case-insensitive), else {@code default-alias} when set. Loaded once at start-up, so a
 * missing or unreadable keystore stops the application instead of the first signature.
 */
class KeystoreAgencyKeys implements AgencyKeys {

    private final KeyStore store;
    private final char[] password;
    private final String defaultAlias;

    KeystoreAgencyKeys(ResultProperties.Keystore config) {
        this.password = config.password() == null ? new char[0] : config.password().toCharArray();
        this.defaultAlias = config.defaultAlias();
        try (InputStream in = Files.newInputStream(Path.of(config.path()))) {
            this.store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the result signing keystore " + config.path(), e);
        }
    }

    @Override
    public SigningKey keyFor(String agencyCode, String agencyName) {
        try {
            String alias = aliasOf(agencyCode);
            if (alias == null && defaultAlias != null && !defaultAlias.isBlank()) {
                alias = aliasOf(defaultAlias);
            }
            if (alias == null) {
                throw new IllegalStateException("the result signing keystore has no key for agency " + agencyCode);
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            Certificate[] chain = store.getCertificateChain(alias);
            return new SigningKey(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the signing key of agency " + agencyCode, e);
        }
    }

    private String aliasOf(String name) throws GeneralSecurityException {
        List<String> aliases = Collections.list(store.aliases());
        return aliases.stream().filter(a -> a.equalsIgnoreCase(name)).filter(this::isKey).findFirst().orElse(null);
    }

    private boolean isKey(String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
