package dev.switchboard.server.mail;

import dev.switchboard.server.infra.RecordMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The SQL of mailboxes; works in the caller's transaction. */
final class MailboxStore {

    private static final String SELECT = "SELECT id, name, address, imap_host, imap_port, imap_tls, imap_user, imap_password, imap_folder,"
            + " smtp_host, smtp_port, smtp_tls, smtp_user, smtp_password, group_id, poll_seconds, auto_replies_per_hour, enabled, version,"
            + " last_polled_at, last_error, language FROM mailbox";
    private static final RowMapper<MailboxRow> ROWS = RecordMapper.of(MailboxRow.class);

    private MailboxStore() {
    }

    static List<MailboxRow> all(Handle handle) {
        return handle.createQuery(SELECT + " ORDER BY id").map(ROWS).list();
    }

    static List<MailboxRow> enabled(Handle handle) {
        return handle.createQuery(SELECT + " WHERE enabled = TRUE ORDER BY id").map(ROWS).list();
    }

    static Optional<MailboxRow> find(Handle handle, long id) {
        return handle.createQuery(SELECT + " WHERE id = :id").bind("id", id).map(ROWS).findOne();
    }

    /** A row with every column named as {@link MailboxRow}'s components; the id of a new one is ignored. */
    static long insert(Handle handle, MailboxRow row, Instant now) {
        return handle.createUpdate("INSERT INTO mailbox (name, address, imap_host, imap_port, imap_tls, imap_user, imap_password, imap_folder,"
                        + " smtp_host, smtp_port, smtp_tls, smtp_user, smtp_password, group_id, poll_seconds, auto_replies_per_hour, enabled,"
                        + " version, lease_epoch, language, created_at) VALUES (:name, :address, :imapHost, :imapPort, :imapTls, :imapUser, :imapPassword,"
                        + " :imapFolder, :smtpHost, :smtpPort, :smtpTls, :smtpUser, :smtpPassword, :groupId, :pollSeconds, :autoRepliesPerHour,"
                        + " :enabled, 1, 0, :language, :now)")
                .bindMethods(row).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Writes {@code row} at its version if the stored one is still {@code readVersion}; false when someone changed it meanwhile. */
    static boolean update(Handle handle, MailboxRow row, long readVersion) {
        return handle.createUpdate("UPDATE mailbox SET name = :name, address = :address, imap_host = :imapHost, imap_port = :imapPort,"
                        + " imap_tls = :imapTls, imap_user = :imapUser, imap_password = :imapPassword, imap_folder = :imapFolder,"
                        + " smtp_host = :smtpHost, smtp_port = :smtpPort, smtp_tls = :smtpTls, smtp_user = :smtpUser, smtp_password = :smtpPassword,"
                        + " group_id = :groupId, poll_seconds = :pollSeconds, auto_replies_per_hour = :autoRepliesPerHour, enabled = :enabled,"
                        + " version = :version, language = :language, last_error = NULL WHERE id = :id AND version = :readVersion")
                .bindMethods(row).bind("readVersion", readVersion)
                .execute() == 1;
    }

    static void polled(Handle handle, long id, Instant at, String error) {
        handle.createUpdate("UPDATE mailbox SET last_polled_at = :at, last_error = :error WHERE id = :id")
                .bind("at", at).bind("error", error == null ? null : error.length() > 500 ? error.substring(0, 500) : error).bind("id", id)
                .execute();
    }
}
