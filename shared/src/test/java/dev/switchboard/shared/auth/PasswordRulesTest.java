package dev.switchboard.shared.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.problem.FieldError;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void countsCharactersNotBytes() {
        // 12 Chinese characters are 36 UTF-8 bytes; 11 emoji are 22 UTF-16 units
        assertThat(PasswordRules.check("password", "我的密码是一二三四五六七")).isEmpty();
        assertThat(PasswordRules.check("password", "😀".repeat(11))).containsExactly(new FieldError("password", PasswordRules.TOO_SHORT));
        assertThat(PasswordRules.check("password", "😀".repeat(12))).isEmpty();
    }

    @Test
    void twelveToOneHundredTwentyEightAnyCharactersSpacesIncluded() {
        assertThat(PasswordRules.check("newPassword", "switchboard")).containsExactly(new FieldError("newPassword", PasswordRules.TOO_SHORT));
        assertThat(PasswordRules.check("newPassword", "all lower case")).isEmpty();
        assertThat(PasswordRules.check("newPassword", "密".repeat(128))).isEmpty();
        assertThat(PasswordRules.check("newPassword", "密".repeat(129))).containsExactly(new FieldError("newPassword", PasswordRules.TOO_LONG));
        assertThat(PasswordRules.check("newPassword", "")).containsExactly(new FieldError("newPassword", PasswordRules.REQUIRED));
        assertThat(PasswordRules.check("newPassword", null)).containsExactly(new FieldError("newPassword", PasswordRules.REQUIRED));
    }
}
