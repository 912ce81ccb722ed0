package dev.switchboard.shared.mail;

import java.time.Instant;

/**
 * A mailbox connected to the e-mail channel of tickets, as {@code /api/v1/mailboxes} answers it.
 * Passwords are never answered: {@code imapPasswordSet}/{@code smtpPasswordSet} only say whether one
 * is stored.
 *
 * @param address           the mailbox's own address: outgoing mails come from it, loops to it are recognised
 * @param groupId           the group new tickets from this mailbox go to, or null
 * @param pollSeconds       how often the mailbox is read when its server offers no IMAP IDLE
 * @param autoRepliesPerHour at most this many automatic mails per ticket and hour
 * @param lastPolledAt      when a node last read it, or null
 * @param lastError         why the last read failed, or null when it worked
 * @param language          the language of the texts the backend writes into its mails: {@code zh-CN} or {@code en}
 */
public record Mailbox(long id, String name, String address, String imapHost, int imapPort, boolean imapTls, String imapUser,
                      boolean imapPasswordSet, String imapFolder, String smtpHost, int smtpPort, boolean smtpTls, String smtpUser,
                      boolean smtpPasswordSet, Long groupId, int pollSeconds, int autoRepliesPerHour, boolean enabled, long version,
                      Instant lastPolledAt, String lastError, String language) {

    /** The change log's name for mailboxes (administrators only), recorded on every create, change and delete. */
    public static final String ENTITY = "mailbox";

    /** The shape before mailboxes had a language (ADR 0041): the default language. */
    public Mailbox(long id, String name, String address, String imapHost, int imapPort, boolean imapTls, String imapUser, boolean imapPasswordSet,
                   String imapFolder, String smtpHost, int smtpPort, boolean smtpTls, String smtpUser, boolean smtpPasswordSet, Long groupId,
                   int pollSeconds, int autoRepliesPerHour, boolean enabled, long version, Instant lastPolledAt, String lastError) {
        this(id, name, address, imapHost, imapPort, imapTls, imapUser, imapPasswordSet, imapFolder, smtpHost, smtpPort, smtpTls, smtpUser,
                smtpPasswordSet, groupId, pollSeconds, autoRepliesPerHour, enabled, version, lastPolledAt, lastError, MailboxRules.DEFAULT_LANGUAGE);
    }
}
