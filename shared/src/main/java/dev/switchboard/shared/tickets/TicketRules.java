package dev.switchboard.shared.tickets;

import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Validation of ticket input that needs nothing but the input: lengths, formats, required fields.
 * The backend enforces these and then what needs its data (existing categories, statuses and their
 * moves, agents, groups, custom fields); the workstation checks these before sending. Field names are
 * the JSON names; messages are protocol constants a client may word in its own language.
 */
public final class TicketRules {

    public static final int SUBJECT_MAX = 200;
    public static final int DESCRIPTION_MAX = 20_000;
    public static final int BODY_MAX = 20_000;
    public static final int TAGS_MAX = 20;
    public static final int TAG_MAX = 40;
    public static final int RELATED_MAX = 50;
    public static final int NAME_MAX = 80;
    public static final int EMAIL_MAX = 254;
    public static final int VISITOR_ID_MAX = 64;
    public static final int CLIENT_ID_MAX = 64;
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{2,30}");
    /** Tags are one word each: letters (any script), digits, '-', '_', '.', stored in lower case. */
    public static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0," + (TAG_MAX - 1) + "}");
    public static final Pattern STATUS_KEY = Pattern.compile("[a-z][a-z0-9_]{1,31}");

    public static final String REQUIRED = "required";
    public static final String SUBJECT_LENGTH = "1 to " + SUBJECT_MAX + " characters";
    public static final String DESCRIPTION_LENGTH = "at most " + DESCRIPTION_MAX + " characters";
    public static final String BODY_LENGTH = "1 to " + BODY_MAX + " characters";
    public static final String TAGS_FORMAT = "at most " + TAGS_MAX + " tags, each one word of up to " + TAG_MAX
            + " letters, digits, '.', '_' or '-'";
    public static final String REQUESTER_CONTACT = "an e-mail address, a phone number or a visitor id";
    public static final String EMAIL_FORMAT = "an e-mail address such as name@example.com";
    public static final String PHONE_FORMAT = "a phone number: digits, spaces, '-', '(' or ')', an optional leading '+'";
    public static final String NAME_LENGTH = "1 to " + NAME_MAX + " characters";
    public static final String VERSION_REQUIRED = "the version the change was made from";
    public static final String RELATED_FORMAT = "at most " + RELATED_MAX + " other tickets, each once";
    public static final String ATTACHMENTS_FORMAT = "at most " + TicketAttachment.PER_COMMENT_MAX + " different files uploaded to the ticket";
    public static final String CLIENT_ID_LENGTH = "at most " + CLIENT_ID_MAX + " characters";
    public static final String PENDING_UNTIL_LATER = "a time later than when the change is made";
    public static final String STATUS_KEY_FORMAT = "2 to 32 characters: lower-case letters, digits or '_', starting with a letter";

    private TicketRules() {
    }

    public static List<FieldError> check(NewTicket ticket) {
        List<FieldError> errors = new ArrayList<>();
        if (ticket.subject() == null || ticket.subject().isBlank() || ticket.subject().strip().length() > SUBJECT_MAX) {
            errors.add(new FieldError("subject", SUBJECT_LENGTH));
        }
        checkDescription(ticket.description(), errors);
        if (ticket.requesterId() == null) {
            checkRequester(ticket.requester(), errors);
        }
        checkTags(ticket.tags(), errors);
        checkRelated(ticket.relatedIds(), errors);
        checkClientId(ticket.clientId(), errors);
        return errors;
    }

    public static List<FieldError> check(TicketPatch patch) {
        List<FieldError> errors = new ArrayList<>();
        if (patch.version() == null) {
            errors.add(new FieldError("version", VERSION_REQUIRED));
        }
        if (patch.subject() != null && (patch.subject().isBlank() || patch.subject().strip().length() > SUBJECT_MAX)) {
            errors.add(new FieldError("subject", SUBJECT_LENGTH));
        }
        checkDescription(patch.description(), errors);
        checkTags(patch.tags(), errors);
        checkRelated(patch.relatedIds(), errors);
        return errors;
    }

    /**
     * A pending reminder a change sets must lie after {@code madeAt}, when the change was made (the
     * backend's clock for a live edit, the workstation's for an offline one, ADR 0045); clearing one
     * is always fine. A reminder that passed while the change waited offline is not refused: it is
     * reached at once, as a missed one is.
     */
    public static List<FieldError> checkReminder(TicketPatch patch, java.time.Instant madeAt) {
        if (madeAt == null || patch.pendingUntil() == null || patch.pendingUntil().isEmpty() || patch.pendingUntil().get().isAfter(madeAt)) {
            return List.of();
        }
        return List.of(new FieldError("pendingUntil", PENDING_UNTIL_LATER));
    }

    public static List<FieldError> check(NewTicketComment comment) {
        List<FieldError> errors = new ArrayList<>();
        if (comment.body() == null || comment.body().isBlank() || comment.body().length() > BODY_MAX) {
            errors.add(new FieldError("body", BODY_LENGTH));
        }
        checkClientId(comment.clientId(), errors);
        List<String> files = comment.attachmentIds();
        if (files.size() > TicketAttachment.PER_COMMENT_MAX || files.stream().anyMatch(id -> id == null || id.isBlank())
                || new java.util.HashSet<>(files).size() != files.size()) {
            errors.add(new FieldError("attachmentIds", ATTACHMENTS_FORMAT));
        }
        return errors;
    }

    /** A requester by contacts: at least one contact, each well formed, and a name of the right length when given. */
    public static void checkRequester(RequesterInput requester, List<FieldError> errors) {
        if (requester == null) {
            errors.add(new FieldError("requester", REQUESTER_CONTACT));
            return;
        }
        if (blank(requester.email()) && blank(requester.phone()) && blank(requester.visitorId())) {
            errors.add(new FieldError("requester", REQUESTER_CONTACT));
        }
        if (!blank(requester.email()) && (requester.email().strip().length() > EMAIL_MAX || !EMAIL.matcher(requester.email().strip()).matches())) {
            errors.add(new FieldError("requester.email", EMAIL_FORMAT));
        }
        if (!blank(requester.phone()) && !PHONE.matcher(requester.phone().strip()).matches()) {
            errors.add(new FieldError("requester.phone", PHONE_FORMAT));
        }
        if (!blank(requester.visitorId()) && requester.visitorId().strip().length() > VISITOR_ID_MAX) {
            errors.add(new FieldError("requester.visitorId", "at most " + VISITOR_ID_MAX + " characters"));
        }
        if (requester.name() != null && (requester.name().isBlank() || requester.name().strip().length() > NAME_MAX)) {
            errors.add(new FieldError("requester.name", NAME_LENGTH));
        }
    }

    /** Tags as stored: stripped and in lower case, in the order given, each once. */
    public static List<String> normalizedTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        return tags.stream().map(tag -> tag.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** Contacts are compared as stored: e-mail in lower case, phone without spaces, dashes and brackets. */
    public static String normalizedEmail(String email) {
        return blank(email) ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public static String normalizedPhone(String phone) {
        return blank(phone) ? null : phone.strip().replaceAll("[ ()-]", "");
    }

    /** Whether a ticket in a status of kind {@code from} may move to one of kind {@code to}. */
    public static boolean canMove(StatusKind from, StatusKind to) {
        return from.canMoveTo(to);
    }

    private static void checkDescription(String description, List<FieldError> errors) {
        if (description != null && description.length() > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", DESCRIPTION_LENGTH));
        }
    }

    private static void checkTags(List<String> tags, List<FieldError> errors) {
        if (tags == null) {
            return;
        }
        if (tags.size() > TAGS_MAX || tags.stream().anyMatch(tag -> tag == null || !TAG.matcher(tag.strip()).matches())) {
            errors.add(new FieldError("tags", TAGS_FORMAT));
        }
    }

    private static void checkRelated(List<Long> related, List<FieldError> errors) {
        if (related == null) {
            return;
        }
        if (related.size() > RELATED_MAX || related.stream().anyMatch(Objects::isNull) || new HashSet<>(related).size() != related.size()) {
            errors.add(new FieldError("relatedIds", RELATED_FORMAT));
        }
    }

    private static void checkClientId(String clientId, List<FieldError> errors) {
        if (clientId != null && (clientId.isBlank() || clientId.length() > CLIENT_ID_MAX)) {
            errors.add(new FieldError("clientId", CLIENT_ID_LENGTH));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
