package vn.opendvc.result.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code opendvc.result.*}: where the agencies' signing keys are.
 *
 * @param keystore the PKCS#12 keystore holding one key per agency (alias = agency code); when its path is empty,
 *                 demo keys under a generated demo root CA are used
 * @param demoKeys the password protecting the generated demo keys stored in the database
 */
@ConfigurationProperties("opendvc.result")
public record ResultProperties(Keystore keystore, DemoKeys demoKeys) {

    public ResultProperties {
        keystore = keystore == null ? new Keystore(null, null, null) : keystore;
        demoKeys = demoKeys == null ? new DemoKeys(null) : demoKeys;
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
