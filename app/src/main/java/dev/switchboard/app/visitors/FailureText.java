package dev.switchboard.app.visitors;

import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.net.ServerUnreachableException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.problem.FieldError;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/** A failed visitor call as the agent reads it: the server's own words when it gave reasons. */
final class FailureText {

    private FailureText() {
    }

    static String of(Throwable failure, I18n i18n) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ProblemException refused) {
            var problem = refused.problem();
            String detail = problem.detail() != null && !problem.detail().isBlank() ? problem.detail() : problem.title();
            if (!problem.errors().isEmpty()) {
                detail += " (" + problem.errors().stream().map(FailureText::fieldText).collect(Collectors.joining("; ")) + ")";
            }
            return i18n.get("visitors.error.refused", detail);
        }
        if (cause instanceof ServerUnreachableException) {
            return i18n.get("visitors.error.unreachable");
        }
        return i18n.get("visitors.error.unexpected", String.valueOf(cause.getMessage()));
    }

    private static String fieldText(FieldError error) {
        return error.field() + ": " + error.message();
    }
}
