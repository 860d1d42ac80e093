package vn.opendvc.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

import vn.opendvc.files.Sha256;

/**
 * The platform's key pair that signs audit checkpoints: Ed25519 (the demo key) or an EC key from the keystore. The
 * verifier trusts this key only, never the public key a checkpoint row carries, so rewriting the chain and re-signing
 * with another key is detected.
 */
public record PlatformKey(PrivateKey privateKey, PublicKey publicKey) {

    /** Short fingerprint of the public key, stored with each checkpoint. */
    public String id() {
        return Sha256.hex(publicKey.getEncoded()).substring(0, 16);
    }

    public String algorithm() {
        return "EC".equals(publicKey.getAlgorithm()) ? "SHA256withECDSA" : "Ed25519";
    }

    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    String sign(String payload) {
        try {
            Signature signer = Signature.getInstance(algorithm());
            signer.initSign(privateKey);
            signer.update(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign an audit checkpoint", e);
        }
    }

    boolean verifies(String payload, String signature) {
        try {
            Signature verifier = Signature.getInstance(algorithm());
            verifier.initVerify(publicKey);
            verifier.update(payload.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
