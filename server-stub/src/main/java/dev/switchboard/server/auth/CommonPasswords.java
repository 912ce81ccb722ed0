package dev.switchboard.server.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords too common to be chosen: about 49,000 from the resource {@code auth/common-passwords.txt}
 * (its header says where they come from and under which license), compared without regard to case
 * and surrounding spaces. Kept in memory: a few megabytes, read once at start-up.
 */
final class CommonPasswords {

    static final String RESOURCE = "/auth/common-passwords.txt";

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = passwords;
    }

    static CommonPasswords load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing from the build");
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(normalized(line));
                }
            }
            return new CommonPasswords(Set.copyOf(passwords));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    boolean contains(String password) {
        return passwords.contains(normalized(password));
    }

    int size() {
        return passwords.size();
    }

    private static String normalized(String password) {
        return password.strip().toLowerCase(Locale.ROOT);
    }
}
