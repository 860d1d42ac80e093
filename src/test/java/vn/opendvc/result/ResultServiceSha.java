package vn.opendvc.result;

import java.security.MessageDigest;
import java.util.HexFormat;

/** SHA-256 as lower-case hex, computed independently of the code under test. */
final class ResultServiceSha {

    static String hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private ResultServiceSha() {
    }
}
