package dev.switchboard.app.login;

import dev.switchboard.app.net.IncompatibleServerException;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.net.ServerUnreachableException;
import dev.switchboard.app.net.UnexpectedResponseException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.health.ProtocolVersion;
import dev.switchboard.shared.problem.ProblemType;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Why signing in did not work, in terms the login window can explain. */
public record LoginError(Kind kind, String detail, Duration retryAfter, int serverProtocol) {

    public enum Kind {
        MISSING_FIELDS,
        INVALID_SERVER,
        BAD_CREDENTIALS,
        TOO_MANY_ATTEMPTS,
        UNREACHABLE,
        INCOMPATIBLE,
        NOT_SWITCHBOARD,
        SESSION_ENDED,
        REFUSED,
        UNEXPECTED
    }

    public static LoginError of(Kind kind) {
        return new LoginError(kind, "", Duration.ZERO, 0);
    }

    public static LoginError of(Kind kind, String detail) {
        return new LoginError(kind, detail, Duration.ZERO, 0);
    }

    /** Maps a failed sign-in to what the agent needs to know; {@code server} is what they typed. */
    public static LoginError from(Throwable failure, String server) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ProblemException problem) {
            if (problem.is(ProblemType.BAD_CREDENTIALS)) {
                return of(Kind.BAD_CREDENTIALS);
            }
            if (problem.is(ProblemType.TOO_MANY_ATTEMPTS)) {
                return new LoginError(Kind.TOO_MANY_ATTEMPTS, "", problem.retryAfter().orElse(Duration.ZERO), 0);
            }
            String detail = problem.problem().detail() != null ? problem.problem().detail() : problem.problem().title();
            return of(Kind.REFUSED, detail);
        }
        if (cause instanceof ServerUnreachableException) {
            return of(Kind.UNREACHABLE, server);
        }
        if (cause instanceof IncompatibleServerException incompatible) {
            return new LoginError(Kind.INCOMPATIBLE, incompatible.serverVersion(), Duration.ZERO, incompatible.serverProtocol());
        }
        if (cause instanceof UnexpectedResponseException) {
            return of(Kind.NOT_SWITCHBOARD, server);
        }
        return of(Kind.UNEXPECTED, String.valueOf(cause.getMessage()));
    }

    /** The field the agent most likely has to correct. */
    public enum Field {
        SERVER,
        LOGIN,
        PASSWORD
    }

    /** Where to put the cursor after this error; empty when nothing typed is wrong. */
    public Optional<Field> fieldToCorrect() {
        return switch (kind) {
            case INVALID_SERVER, UNREACHABLE, INCOMPATIBLE, NOT_SWITCHBOARD -> Optional.of(Field.SERVER);
            case BAD_CREDENTIALS, SESSION_ENDED -> Optional.of(Field.PASSWORD);
            case MISSING_FIELDS, TOO_MANY_ATTEMPTS, REFUSED, UNEXPECTED -> Optional.empty();
        };
    }

    /** A retry button helps when the server could not be reached; for the others, fix the input. */
    public boolean retryable() {
        return kind == Kind.UNREACHABLE;
    }

    public String message(I18n i18n) {
        return switch (kind) {
            case MISSING_FIELDS -> i18n.get("login.error.missingFields");
            case INVALID_SERVER -> i18n.get("login.error.invalidServer", detail);
            case BAD_CREDENTIALS -> i18n.get("login.error.badCredentials");
            case TOO_MANY_ATTEMPTS -> retryAfter.isZero()
                    ? i18n.get("login.error.tooManyAttemptsLater")
                    : i18n.get("login.error.tooManyAttempts", humanize(retryAfter, i18n));
            case UNREACHABLE -> i18n.get("login.error.unreachable", detail);
            case INCOMPATIBLE -> i18n.get("login.error.incompatible", serverProtocol, ProtocolVersion.PROTOCOL, detail);
            case NOT_SWITCHBOARD -> i18n.get("login.error.notSwitchboard", detail);
            case SESSION_ENDED -> i18n.get("login.error.sessionEnded");
            case REFUSED -> i18n.get("login.error.refused", detail);
            case UNEXPECTED -> i18n.get("login.error.unexpected", detail);
        };
    }

    /** "40 seconds", "15 minutes": rounded up, because trying too early fails again. */
    static String humanize(Duration duration, I18n i18n) {
        long seconds = Math.max(1, duration.toSeconds());
        if (seconds < 60) {
            return i18n.get("duration.seconds", seconds);
        }
        return i18n.get("duration.minutes", (seconds + 59) / 60);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
