package dev.switchboard.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(4);

    @Test
    void hashesStoredBeforeKeepWorking() {
        String before = BCrypt.withDefaults().hashToString(4, "switchboard".toCharArray());

        assertThat(hasher.matches("switchboard", before)).isTrue();
        assertThat(hasher.matches("switchboarD", before)).isFalse();
        assertThat(hasher.hash("switchboard")).as("short passwords are plain bcrypt, as before").startsWith("$2a$");
    }

    @Test
    void everyByteOfALongPasswordCounts() {
        String first72 = "a".repeat(72);
        String hash = hasher.hash(first72 + "tail one");

        assertThat(hash).startsWith(PasswordHasher.PRE_HASHED).hasSizeLessThanOrEqualTo(100);
        assertThat(hasher.matches(first72 + "tail one", hash)).isTrue();
        assertThat(hasher.matches(first72 + "tail two", hash)).isFalse();
        assertThat(hasher.matches(first72, hash)).isFalse();
        // the pre-hash itself, typed as a password, is not the password
        String preHash = new String(PasswordHasher.preHash((first72 + "tail one").getBytes(StandardCharsets.UTF_8)), StandardCharsets.US_ASCII);
        assertThat(hasher.matches(preHash, hash)).isFalse();
    }

    @Test
    void seventyTwoBytesIsTheLastPlainLength() {
        String exactly72 = "密".repeat(24);
        assertThat(exactly72.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThat(hasher.hash(exactly72)).startsWith("$2a$");
        assertThat(hasher.hash(exactly72 + "x")).startsWith(PasswordHasher.PRE_HASHED);
        assertThat(hasher.matches(exactly72, hasher.hash(exactly72))).isTrue();
        assertThat(hasher.matches(exactly72 + "x", hasher.hash(exactly72))).as("a long password against a plain hash").isFalse();
        assertThat(hasher.matchesNothing("密".repeat(100))).isFalse();
    }
}
