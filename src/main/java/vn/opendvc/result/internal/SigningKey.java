package vn.opendvc.result.internal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A private key with its certificate chain, the signer's certificate first. */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningKey {
        chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
        return chain.getFirst();
    }
}
