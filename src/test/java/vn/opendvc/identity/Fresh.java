package vn.opendvc.identity;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh usernames and numbers, so tests sharing one database never collide. */
final class Fresh {

    static String username(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    static String personalId() {
        return String.format("%012d", ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
    }

    static String taxCode() {
        return String.format("%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    private Fresh() {
    }
}
