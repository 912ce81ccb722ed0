package dev.switchboard.server.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.util.Properties;
import javax.net.SocketFactory;

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
        return imap(box, imapPassword(box, secrets), TIMEOUT_MILLIS, TIMEOUT_MILLIS, null);
    }

    /** The stored IMAP password in plain text; "" when none is stored. */
    static String imapPassword(MailboxRow box, MailSecrets secrets) {
        return box.imapPassword() == null ? "" : secrets.decrypt(box.imapPassword());
    }

    /** The stored SMTP password in plain text; "" when none is stored. */
    static String smtpPassword(MailboxRow box, MailSecrets secrets) {
        return box.smtpPassword() == null ? "" : secrets.decrypt(box.smtpPassword());
    }

    /**
     * A connection with {@code password}: its connecting waits {@code connectTimeout}, its reads {@code readTimeout}
     * (a connection that waits in IDLE waits longer than the keep-alive that interrupts the IDLE); {@code sockets}, when
     * given, makes its plain sockets (TLS is layered over them), so that another thread can close them.
     */
    static Store imap(MailboxRow box, String password, long connectTimeoutMillis, long readTimeoutMillis, SocketFactory sockets)
            throws MessagingException {
        boolean implicitTls = box.imapTls() && box.imapPort() == 993;
        String protocol = implicitTls ? "imaps" : "imap";
        Properties properties = common(protocol, box.imapTls() && !implicitTls, box.imapTls(), connectTimeoutMillis);
        properties.put("mail." + protocol + ".timeout", Long.toString(readTimeoutMillis));
        // reading a message must not mark it seen: that happens only after its ticket is committed
        properties.put("mail." + protocol + ".peek", "true");
        // attachments of up to 10 MB come in 1 MB pieces, not the default 16 KB (hundreds of round trips for one file)
        properties.put("mail." + protocol + ".fetchsize", Integer.toString(1024 * 1024));
        if (sockets != null) {
            properties.put("mail." + protocol + ".socketFactory", sockets);
            properties.put("mail." + protocol + ".socketFactory.fallback", "false");
        }
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(box.imapHost(), box.imapPort(), box.imapUser(), password);
        return store;
    }

    static Session smtpSession(MailboxRow box) {
        return smtpSession(box, TIMEOUT_MILLIS);
    }

    static Session smtpSession(MailboxRow box, long timeoutMillis) {
        boolean implicitTls = box.smtpTls() && box.smtpPort() == 465;
        String protocol = implicitTls ? "smtps" : "smtp";
        Properties properties = common(protocol, box.smtpTls() && !implicitTls, box.smtpTls(), timeoutMillis);
        properties.put("mail." + protocol + ".auth", Boolean.toString(box.smtpUser() != null));
        properties.put("mail.transport.protocol", protocol);
        return Session.getInstance(properties);
    }

    static Transport smtp(Session session, MailboxRow box, MailSecrets secrets) throws MessagingException {
        return smtp(session, box, box.smtpUser() == null ? null : smtpPassword(box, secrets));
    }

    /** Connected, and logged in when the mailbox has an SMTP user. */
    static Transport smtp(Session session, MailboxRow box, String password) throws MessagingException {
        Transport transport = session.getTransport();
        if (box.smtpUser() == null) {
            transport.connect(box.smtpHost(), box.smtpPort(), null, null);
        } else {
            transport.connect(box.smtpHost(), box.smtpPort(), box.smtpUser(), password == null ? "" : password);
        }
        return transport;
    }

    private static Properties common(String protocol, boolean startTls, boolean checkIdentity, long timeoutMillis) {
        Properties properties = new Properties();
        String prefix = "mail." + protocol + ".";
        properties.put(prefix + "connectiontimeout", Long.toString(timeoutMillis));
        properties.put(prefix + "timeout", Long.toString(timeoutMillis));
        properties.put(prefix + "writetimeout", Long.toString(timeoutMillis));
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
