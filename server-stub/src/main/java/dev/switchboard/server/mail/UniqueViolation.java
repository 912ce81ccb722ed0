package dev.switchboard.server.mail;

import java.sql.SQLException;

/** Whether a failure was a unique constraint refusing a row that exists (SQL state 23505 on H2 and PostgreSQL). */
final class UniqueViolation {

    private UniqueViolation() {
    }

    static boolean in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
