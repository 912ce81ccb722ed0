package dev.switchboard.shared.auth;

import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * The length rule for new passwords (OWASP ASVS 4 level 2, 2.1.1-2.1.2): at least 12 and at most 128
 * characters, counted as Unicode code points (a Chinese character is one, not three UTF-8 bytes).
 * Any character is allowed, spaces included, and there are no composition rules. The backend
 * enforces it and also refuses common passwords; the workstation checks the length before sending.
 * Logins are checked against what is stored, whatever its length, up to {@link #MAX_LENGTH}.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** The messages of the {@code FieldError}s the backend answers, so that a client can show its own words for them. */
    public static final String TOO_SHORT = "too short: at least " + MIN_LENGTH + " characters";
    public static final String TOO_LONG = "too long: at most " + MAX_LENGTH + " characters";
    public static final String TOO_COMMON = "too common: it is on a list of often used passwords";
    public static final String REQUIRED = "required";
    public static final String WRONG_CURRENT = "wrong password";
    public static final String SAME_AS_CURRENT = "the same as the current password";

    private PasswordRules() {
    }

    /** Characters as a person counts them: code points, so a character outside the BMP is one, not two. */
    public static int length(String password) {
        return password.codePointCount(0, password.length());
    }

    /** The length rule for a new password in {@code field}; empty when it holds. */
    public static List<FieldError> check(String field, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError(field, REQUIRED));
        } else if (length(password) < MIN_LENGTH) {
            errors.add(new FieldError(field, TOO_SHORT));
        } else if (length(password) > MAX_LENGTH) {
            errors.add(new FieldError(field, TOO_LONG));
        }
        return errors;
    }
}
