package dev.switchboard.shared.auth;

import java.security.SecureRandom;

/**
 * Passwords made for people to copy once: 20 characters from an alphabet without look-alikes
 * (no 0/O, 1/l/I), about 115 bits, in four groups of five joined by '-' (23 characters) so they
 * can be read out. Well within {@link PasswordRules}.
 */
public final class PasswordGenerator {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordGenerator() {
    }

    public static String generate() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
