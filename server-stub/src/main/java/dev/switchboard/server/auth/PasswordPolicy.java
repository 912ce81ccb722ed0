package dev.switchboard.server.auth;

import dev.switchboard.shared.auth.PasswordRules;
import dev.switchboard.shared.problem.FieldError;
import java.util.List;

/**
 * What a new password must be: the shared length rule (12 to 128 characters, anything allowed) and
 * not one of the common passwords. Applies to passwords people choose (accounts created or reset
 * by an administrator, an agent's own change), never to logins with a password already stored.
 */
public final class PasswordPolicy {

    private final CommonPasswords common;

    private PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    public static PasswordPolicy standard() {
        return new PasswordPolicy(CommonPasswords.load());
    }

    /** The problems of {@code password} as a new password in {@code field}; empty when it may be used. */
    public List<FieldError> check(String field, String password) {
        List<FieldError> errors = PasswordRules.check(field, password);
        if (errors.isEmpty() && common.contains(password)) {
            return List.of(new FieldError(field, PasswordRules.TOO_COMMON));
        }
        return errors;
    }
}
