package dev.switchboard.shared.tickets.forms;

import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.CustomFieldRules;
import dev.switchboard.shared.tickets.RequesterInput;
import dev.switchboard.shared.tickets.TicketRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks of web forms and of what visitors send with them that need no data: the backend runs
 * them before anything else, the form page runs the same limits before sending. A submission's
 * errors name the form's fields ({@code email}, {@code customFields.<key>}, {@code attachments}).
 * The contact and text checks are the ticket API's ({@link TicketRules}), the custom fields' those of
 * {@link CustomFieldRules}, applied by the backend with the definitions it has.
 */
public final class WebFormRules {

    public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    public static final int TITLE_MAX = 120;
    public static final int FIELDS_MAX = 30;
    /** Files a visitor may attach to one submission. */
    public static final int FILES_MAX = 3;
    /** Bytes of one attached file: smaller than a chat's, since anyone on the web may send it. */
    public static final long FILE_BYTES_MAX = 2L * 1024 * 1024;
    public static final int IDEMPOTENCY_KEY_MAX = 36;

    public static final String KEY_FORMAT = "2 to 40 characters: lower-case letters, digits or '-'";
    public static final String CONTACT = "an e-mail address or a phone number";
    public static final String FILES = "at most " + FILES_MAX + " files of at most " + FILE_BYTES_MAX / (1024 * 1024) + " MB each";
    public static final String FILE_TOO_LARGE = "at most " + FILE_BYTES_MAX / (1024 * 1024) + " MB";
    public static final String FILE_CONTENT = "a file's content in base64";

    private WebFormRules() {
    }

    public static List<FieldError> check(NewWebForm form, boolean replacing) {
        List<FieldError> errors = new ArrayList<>();
        if (form.key() == null || !KEY.matcher(form.key()).matches()) {
            errors.add(new FieldError("key", KEY_FORMAT));
        }
        if (form.site() == null || form.site().isBlank()) {
            errors.add(new FieldError("site", TicketRules.REQUIRED));
        }
        if (form.title() == null || form.title().isBlank() || form.title().strip().length() > TITLE_MAX) {
            errors.add(new FieldError("title", "1 to " + TITLE_MAX + " characters"));
        }
        List<String> keys = form.fieldKeys() == null ? List.of() : form.fieldKeys();
        if (keys.size() > FIELDS_MAX || keys.stream().anyMatch(key -> key == null || !CustomFieldRules.KEY.matcher(key).matches())
                || new HashSet<>(keys).size() != keys.size()) {
            errors.add(new FieldError("fieldKeys", "at most " + FIELDS_MAX + " different custom field keys"));
        }
        if (replacing && form.version() == null) {
            errors.add(new FieldError("version", TicketRules.VERSION_REQUIRED));
        }
        return errors;
    }

    /** What a submission gets wrong on its own: contact, subject, description, how many files, the idempotency key. */
    public static List<FieldError> check(WebFormSubmission submission) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(submission.email()) && blank(submission.phone())) {
            errors.add(new FieldError("email", CONTACT));
        }
        List<FieldError> requester = new ArrayList<>();
        TicketRules.checkRequester(new RequesterInput(blank(submission.name()) ? null : submission.name(), submission.email(),
                submission.phone(), null), requester);
        for (FieldError error : requester) {
            // "requester.email" is the form's "email"; "requester" (no contact) is reported above
            if (error.field().startsWith("requester.")) {
                errors.add(new FieldError(error.field().substring("requester.".length()), error.message()));
            }
        }
        if (submission.subject() == null || submission.subject().isBlank() || submission.subject().strip().length() > TicketRules.SUBJECT_MAX) {
            errors.add(new FieldError("subject", TicketRules.SUBJECT_LENGTH));
        }
        if (submission.description() != null && submission.description().length() > TicketRules.DESCRIPTION_MAX) {
            errors.add(new FieldError("description", TicketRules.DESCRIPTION_LENGTH));
        }
        List<WebFormSubmission.File> files = submission.attachments() == null ? List.of() : submission.attachments();
        if (files.size() > FILES_MAX) {
            errors.add(new FieldError("attachments", FILES));
        }
        for (int i = 0; i < files.size() && i < FILES_MAX; i++) {
            WebFormSubmission.File file = files.get(i);
            if (file == null || file.content() == null || file.content().isEmpty()) {
                errors.add(new FieldError("attachments[" + i + "]", FILE_CONTENT));
            } else if (file.content().length() > (FILE_BYTES_MAX + 2) / 3 * 4 + 4) {
                errors.add(new FieldError("attachments[" + i + "]", FILE_TOO_LARGE));
            }
        }
        String key = submission.idempotencyKey();
        if (key != null && (key.isBlank() || key.length() > IDEMPOTENCY_KEY_MAX || !key.matches("[A-Za-z0-9_-]+"))) {
            errors.add(new FieldError("idempotencyKey", "1 to " + IDEMPOTENCY_KEY_MAX + " letters, digits, '-' or '_'"));
        }
        return errors;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
