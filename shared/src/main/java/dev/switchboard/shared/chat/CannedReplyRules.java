package dev.switchboard.shared.chat;

import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes a canned reply valid, checked by the backend and by the workstation before it sends
 * (so the manager can point at the field at once). Messages are protocol constants; the
 * workstation words them in the agent's language.
 */
public final class CannedReplyRules {

    public static final int MAX_SHORTCUT = 40;
    public static final int MAX_TITLE = 100;
    public static final int MAX_BODY = 2000;
    public static final int MAX_CATEGORY = 40;
    public static final String SHORTCUT_MESSAGE = "1 to 40 letters, digits, '_' or '-', typed after '/'";
    public static final String TITLE_MESSAGE = "1 to 100 characters";
    public static final String BODY_MESSAGE = "1 to 2000 characters";
    public static final String CATEGORY_MESSAGE = "at most 40 characters, no line breaks";
    public static final String SHORTCUT_TAKEN = "another reply here has this shortcut";
    public static final String VERSION_REQUIRED = "required: the version the reply was read with";

    /** Letters of any script (Chinese too), digits, '_' and '-'. */
    private static final Pattern SHORTCUT = Pattern.compile("[\\p{L}\\p{N}_-]{1," + MAX_SHORTCUT + "}");

    private CannedReplyRules() {
    }

    /** The fields that are wrong, empty when the reply may be stored. */
    public static List<FieldError> check(NewCannedReply reply) {
        List<FieldError> errors = new ArrayList<>();
        if (reply.shortcut() == null || !SHORTCUT.matcher(reply.shortcut()).matches()) {
            errors.add(new FieldError("shortcut", SHORTCUT_MESSAGE));
        }
        if (reply.title() == null || reply.title().isBlank() || reply.title().strip().length() > MAX_TITLE) {
            errors.add(new FieldError("title", TITLE_MESSAGE));
        }
        if (reply.body() == null || reply.body().isBlank() || reply.body().length() > MAX_BODY) {
            errors.add(new FieldError("body", BODY_MESSAGE));
        }
        if (reply.category() != null && (reply.category().strip().length() > MAX_CATEGORY
                || reply.category().chars().anyMatch(Character::isISOControl))) {
            errors.add(new FieldError("category", CATEGORY_MESSAGE));
        }
        return errors;
    }

    /**
     * A reply to store in a scope (the caller's own replies, or one group's) that holds
     * {@code others}: valid fields, a shortcut no other reply of the scope has (typing it must
     * find one reply), and for a change ({@code replacing}) the version it was read with.
     */
    public static List<FieldError> check(NewCannedReply reply, boolean replacing, List<CannedReply> others, Long replacedId) {
        List<FieldError> errors = check(reply);
        if (replacing && reply.version() == null) {
            errors.add(new FieldError("version", VERSION_REQUIRED));
        }
        if (errors.stream().noneMatch(error -> error.field().equals("shortcut"))
                && others.stream().anyMatch(other -> other.shortcut().equals(reply.shortcut()) && (replacedId == null || other.id() != replacedId))) {
            errors.add(new FieldError("shortcut", SHORTCUT_TAKEN));
        }
        return errors;
    }

    /** The category as stored: stripped, and null when blank. */
    public static String category(String category) {
        return category == null || category.isBlank() ? null : category.strip();
    }
}
