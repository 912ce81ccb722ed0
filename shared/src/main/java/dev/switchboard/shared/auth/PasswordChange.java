package dev.switchboard.shared.auth;

/** Body of {@code POST /api/v1/auth/password}: an agent changes their own password. */
public record PasswordChange(String currentPassword, String newPassword) {

    /** Keeps the passwords out of logs and exception messages. */
    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
