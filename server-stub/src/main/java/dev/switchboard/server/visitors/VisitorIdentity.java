package dev.switchboard.server.visitors;

import java.security.SecureRandom;
import java.util.Base64;

/** Ids and secrets of visitors' browsers: 128-bit ids that are safe to show, 256-bit tokens that are not. */
final class VisitorIdentity {

    private static final SecureRandom RANDOM = new SecureRandom();

    private VisitorIdentity() {
    }

    static String newId() {
        return random(16);
    }

    static String newToken() {
        return random(32);
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
