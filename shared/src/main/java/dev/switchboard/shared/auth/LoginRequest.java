package dev.switchboard.shared.auth;

/** Body of {@code POST /api/v1/auth/login}. */
public record LoginRequest(String login, String password) {

    /** Keeps the password out of logs and exception messages. */
    @Override
    public String toString() {
        return "LoginRequest[login=" + login + ", password=***]";
    }
}
