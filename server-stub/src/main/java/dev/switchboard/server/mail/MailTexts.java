package dev.switchboard.server.mail;

import dev.switchboard.shared.mail.MailboxRules;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The fixed texts the backend writes into ticket mails — the reply prefix of the subject, the
 * footer that asks to keep the ticket number, the line that says a mail was automatic — in the
 * mailbox's language (ADR 0041): Simplified Chinese by default, English where an administrator set
 * the mailbox so. From {@code mail/mail-texts*.properties} (UTF-8); the server's own locale never
 * chooses (no fallback to it), so an English mailbox on a Chinese machine still writes English.
 */
final class MailTexts {

    private static final String BUNDLE = "mail/mail-texts";

    private final ResourceBundle texts;
    private final Locale locale;

    private MailTexts(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code language}: a mailbox's ({@link MailboxRules#LANGUAGES}); anything else is the default. */
    static MailTexts of(String language) {
        return new MailTexts(Locale.forLanguageTag(MailboxRules.LANGUAGES.contains(language) ? language : MailboxRules.DEFAULT_LANGUAGE));
    }

    /** {@code 回复：<subject> [T-…]} or {@code Re: <subject> [T-…]}: the number in brackets threads the answer whatever the mail program does. */
    String replySubject(String subject, String number) {
        return format("reply.subject", subject, number);
    }

    /** The reply's text with the footer, and for a rule's reply the line saying it was automatic. */
    String replyBody(String reply, String number, String mailboxName, boolean automatic) {
        String footer = format("reply.footer", number, mailboxName);
        return reply.strip() + "\n\n" + (automatic ? texts.getString("reply.automatic") + "\n" : "") + footer;
    }

    /** The Content-Language of the mails. */
    String languageTag() {
        return locale.toLanguageTag();
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
