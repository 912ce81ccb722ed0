package dev.switchboard.shared.wrapup;

import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.List;

/** What a wrap-up and a category must look like; both sides check, the server decides. */
public final class WrapUpRules {

    public static final int MAX_SUMMARY = 1000;
    public static final int MAX_CATEGORIES = 10;
    public static final int MAX_NAME = 60;
    /** Top level, child, grandchild: deeper trees are hard to pick from in a hurry. */
    public static final int MAX_DEPTH = 3;
    public static final String NAME_MESSAGE = "1 to " + MAX_NAME + " characters, without '/'";

    private WrapUpRules() {
    }

    /** A required wrap-up needs a category; the summary is optional either way. */
    public static List<FieldError> check(WrapUpSubmission submission, boolean required) {
        List<FieldError> errors = new ArrayList<>();
        List<Long> categories = submission.categoryIds() == null ? List.of() : submission.categoryIds();
        if (categories.size() > MAX_CATEGORIES || categories.stream().anyMatch(id -> id == null)) {
            errors.add(new FieldError("categoryIds", "at most " + MAX_CATEGORIES + " categories"));
        } else if (required && categories.isEmpty()) {
            errors.add(new FieldError("categoryIds", "pick at least one category"));
        }
        if (submission.summary() != null && submission.summary().length() > MAX_SUMMARY) {
            errors.add(new FieldError("summary", "at most " + MAX_SUMMARY + " characters"));
        }
        return errors;
    }

    public static List<FieldError> checkName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME || name.contains("/")) {
            return List.of(new FieldError("name", NAME_MESSAGE));
        }
        return List.of();
    }
}
