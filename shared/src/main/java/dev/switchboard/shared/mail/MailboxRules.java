package dev.switchboard.shared.mail;

import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.TicketRules;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes a mailbox's settings valid, without the database: the backend enforces these (then
 * that the group exists), a client may check them before sending. Field names are the JSON names.
 */
public final class MailboxRules {

    public static final int NAME_MAX = 80;
    public static final int PASSWORD_MAX = 500;
    public static final int MIN_POLL_SECONDS = 10;
    public static final int MAX_POLL_SECONDS = 86_400;
    public static final int MAX_AUTO_REPLIES_PER_HOUR = 100;
    public static final int DEFAULT_POLL_SECONDS = 60;
    public static final int DEFAULT_AUTO_REPLIES_PER_HOUR = 3;
    public static final String DEFAULT_FOLDER = "INBOX";
    /** The languages of the texts the backend writes into mails (BCP 47); Simplified Chinese unless a mailbox says English. */
    public static final List<String> LANGUAGES = List.of("zh-CN", "en");
    public static final String DEFAULT_LANGUAGE = "zh-CN";
    public static final String LANGUAGE_CHOICE = "zh-CN or en";
    /** A host name or an IPv4/IPv6 literal: no spaces, no scheme, no path. */
    public static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]_-]{1,253}");

    public static final String REQUIRED = "required";
    public static final String NAME_LENGTH = "1 to " + NAME_MAX + " characters";
    public static final String HOST_FORMAT = "a host name such as imap.example.com, without scheme or path";
    public static final String PORT_RANGE = "a port from 1 to 65535";
    public static final String TEXT_LENGTH = "1 to 254 characters without line breaks";
    public static final String PASSWORD_LENGTH = "at most " + PASSWORD_MAX + " characters";
    /** An empty password is never "remove it" (ADR 0046): left out keeps the stored one, the remove flag removes it. */
    public static final String PASSWORD_EMPTY = "not empty: leave it out to keep the stored password, or remove it with the remove flag";
    public static final String PASSWORD_OR_REMOVE = "either a new password or removing the stored one, not both";
    public static final String POLL_RANGE = MIN_POLL_SECONDS + " to " + MAX_POLL_SECONDS + " seconds";
    public static final String AUTO_REPLIES_RANGE = "0 to " + MAX_AUTO_REPLIES_PER_HOUR;
    public static final String VERSION_REQUIRED = "required: the version it was read with";

    private MailboxRules() {
    }

    public static List<FieldError> check(NewMailbox mailbox, boolean replacing) {
        List<FieldError> errors = new ArrayList<>();
        if (mailbox.name() == null || mailbox.name().isBlank() || mailbox.name().strip().length() > NAME_MAX
                || mailbox.name().chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("name", NAME_LENGTH));
        }
        if (mailbox.address() == null || !TicketRules.EMAIL.matcher(mailbox.address().strip()).matches()
                || mailbox.address().strip().length() > TicketRules.EMAIL_MAX) {
            errors.add(new FieldError("address", TicketRules.EMAIL_FORMAT));
        }
        host(errors, "imapHost", mailbox.imapHost());
        port(errors, "imapPort", mailbox.imapPort());
        text(errors, "imapUser", mailbox.imapUser(), true);
        password(errors, "imapPassword", mailbox.imapPassword(), mailbox.removesImapPassword());
        if (mailbox.imapFolder() != null) {
            text(errors, "imapFolder", mailbox.imapFolder(), true);
        }
        host(errors, "smtpHost", mailbox.smtpHost());
        port(errors, "smtpPort", mailbox.smtpPort());
        text(errors, "smtpUser", mailbox.smtpUser(), false);
        password(errors, "smtpPassword", mailbox.smtpPassword(), mailbox.removesSmtpPassword());
        if (mailbox.pollSeconds() != null && (mailbox.pollSeconds() < MIN_POLL_SECONDS || mailbox.pollSeconds() > MAX_POLL_SECONDS)) {
            errors.add(new FieldError("pollSeconds", POLL_RANGE));
        }
        if (mailbox.autoRepliesPerHour() != null && (mailbox.autoRepliesPerHour() < 0 || mailbox.autoRepliesPerHour() > MAX_AUTO_REPLIES_PER_HOUR)) {
            errors.add(new FieldError("autoRepliesPerHour", AUTO_REPLIES_RANGE));
        }
        if (mailbox.language() != null && !LANGUAGES.contains(mailbox.language())) {
            errors.add(new FieldError("language", LANGUAGE_CHOICE));
        }
        if (replacing && mailbox.version() == null) {
            errors.add(new FieldError("version", VERSION_REQUIRED));
        }
        return errors;
    }

    private static void host(List<FieldError> errors, String field, String host) {
        if (host == null || !HOST.matcher(host.strip()).matches()) {
            errors.add(new FieldError(field, HOST_FORMAT));
        }
    }

    private static void port(List<FieldError> errors, String field, Integer port) {
        if (port == null || port < 1 || port > 65_535) {
            errors.add(new FieldError(field, PORT_RANGE));
        }
    }

    private static void text(List<FieldError> errors, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, REQUIRED));
            }
            return;
        }
        if (value.strip().length() > TicketRules.EMAIL_MAX || value.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, TEXT_LENGTH));
        }
    }

    private static void password(List<FieldError> errors, String field, String password, boolean remove) {
        if (password == null) {
            return;
        }
        if (remove) {
            errors.add(new FieldError(field, PASSWORD_OR_REMOVE));
        } else if (password.isEmpty()) {
            errors.add(new FieldError(field, PASSWORD_EMPTY));
        } else if (password.length() > PASSWORD_MAX) {
            errors.add(new FieldError(field, PASSWORD_LENGTH));
        }
    }
}
