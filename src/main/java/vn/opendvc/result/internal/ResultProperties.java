package vn.opendvc.result.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code opendvc.result.*}: where the agencies' signing keys are, and how much a citizen may keep in the document store.
 *
 * @param keystore the PKCS#12 keystore holding one key per agency (alias = agency code); when its path is empty,
 *                 demo keys under a generated demo root CA are used
 * @param demoKeys the password protecting the generated demo keys stored in the database
 * @param documentStore the quota of each citizen's document store
 */
@ConfigurationProperties("opendvc.result")
public record ResultProperties(Keystore keystore, DemoKeys demoKeys, DocumentStore documentStore) {

    public ResultProperties {
        keystore = keystore == null ? new Keystore(null, null, null) : keystore;
        demoKeys = demoKeys == null ? new DemoKeys(null) : demoKeys;
        documentStore = documentStore == null ? new DocumentStore(null, null) : documentStore;
    }

    /**
     * What one citizen may upload to the document store; the results the agencies issue to the citizen do not count.
     *
     * @param maxDocuments the most uploaded documents (default 200)
     * @param maxTotal     the most bytes of uploaded documents together (default 100 MB)
     */
    public record DocumentStore(Integer maxDocuments, DataSize maxTotal) {

        public DocumentStore {
            maxDocuments = maxDocuments == null ? 200 : maxDocuments;
            maxTotal = maxTotal == null ? DataSize.ofMegabytes(100) : maxTotal;
        }
    }

    /**
     * @param defaultAlias the entry used for an agency that has no entry of its own; empty: such an agency cannot sign
     */
    public record Keystore(String path, String password, String defaultAlias) {

        public boolean configured() {
            return path != null && !path.isBlank();
        }
    }

    public record DemoKeys(String password) {

        public char[] passwordChars() {
            return (password == null || password.isBlank() ? "opendvc-demo" : password).toCharArray();
        }
    }
}
