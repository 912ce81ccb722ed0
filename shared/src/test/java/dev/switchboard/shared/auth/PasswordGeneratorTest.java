package dev.switchboard.shared.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordGeneratorTest {

    @Test
    void generatedPasswordsMeetTheRuleAreReadableAndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = PasswordGenerator.generate();
            assertThat(PasswordRules.check("password", password)).isEmpty();
            assertThat(password).matches("([A-HJ-NP-Za-km-z2-9]{5}-){3}[A-HJ-NP-Za-km-z2-9]{5}");
            seen.add(password);
        }
        assertThat(seen).hasSize(200);
    }
}
