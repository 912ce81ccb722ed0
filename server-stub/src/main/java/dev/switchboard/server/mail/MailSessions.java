package dev.switchboard.server.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.util.Properties;

/**
 * Connections to a mailbox's servers. TLS: ports 993 (IMAP) and 465 (SMTP) speak TLS from the
 * first byte, any other port must upgrade with STARTTLS; the server's certificate and name are
 * checked either way. Without TLS, nothing is encrypted (for a server on the same machine or a
 * test). Time-outs keep a dead server from holding a poller or sender thread.
 */
final class MailSessions {

    private static final long TIMEOUT_MILLIS = 20_000;

    private MailSessions() {
    }

    static Store imap(MailboxRow box, MailSecrets secrets) throws MessagingException {
        return imap(box, secrets, TIMEOUT_MILLIS);
    }

    /**
     * A connection that waits in IDLE: its reads wait {@code readTimeout}, longer than the keep-alive that
     * interrupts the IDLE (a connection silent for longer is dead and is made again).
     */
    static Store imap(MailboxRow box, MailSecrets secrets, long readTimeoutMillis) throws MessagingException {
        boolean implicitTls = box.imapTls() && box.imapPort() == 993;
        String protocol = implicitTls ? "imaps" : "imap";
        Properties properties = common(protocol, box.imapTls() && !implicitTls, box.imapTls());
        properties.put("mail." + protocol + ".timeout", Long.toString(readTimeoutMillis));
        // reading a message must not mark it seen: that happens only after its ticket is committed
        properties.put("mail." + protocol + ".peek", "true");
        // attachments of up to 10 MB come in 1 MB pieces, not the default 16 KB (hundreds of round trips for one file)
        properties.put("mail." + protocol + ".fetchsize", Integer.toString(1024 * 1024));
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(box.imapHost(), box.imapPort(), box.imapUser(), box.imapPassword() == null ? "" : secrets.decrypt(box.imapPassword()));
        return store;
    }

    static Session smtpSession(MailboxRow box) {
        boolean implicitTls = box.smtpTls() && box.smtpPort() == 465;
        String protocol = implicitTls ? "smtps" : "smtp";
        Properties properties = common(protocol, box.smtpTls() && !implicitTls, box.smtpTls());
        properties.put("mail." + protocol + ".auth", Boolean.toString(box.smtpUser() != null));
        properties.put("mail.transport.protocol", protocol);
        return Session.getInstance(properties);
    }

    static Transport smtp(Session session, MailboxRow box, MailSecrets secrets) throws MessagingException {
        Transport transport = session.getTransport();
        if (box.smtpUser() == null) {
            transport.connect(box.smtpHost(), box.smtpPort(), null, null);
        } else {
            transport.connect(box.smtpHost(), box.smtpPort(), box.smtpUser(), box.smtpPassword() == null ? "" : secrets.decrypt(box.smtpPassword()));
        }
        return transport;
    }

    private static Properties common(String protocol, boolean startTls, boolean checkIdentity) {
        Properties properties = new Properties();
        String prefix = "mail." + protocol + ".";
        properties.put(prefix + "connectiontimeout", Long.toString(TIMEOUT_MILLIS));
        properties.put(prefix + "timeout", Long.toString(TIMEOUT_MILLIS));
        properties.put(prefix + "writetimeout", Long.toString(TIMEOUT_MILLIS));
        if (startTls) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (checkIdentity) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
