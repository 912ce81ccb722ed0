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

    private static final String TIMEOUT_MILLIS = "20000";

    private MailSessions() {
    }

    static Store imap(MailboxRow box, MailSecrets secrets) throws MessagingException {
        boolean implicitTls = box.imapTls() && box.imapPort() == 993;
        String protocol = implicitTls ? "imaps" : "imap";
        Properties properties = common(protocol, box.imapTls() && !implicitTls, box.imapTls());
        // reading a message must not mark it seen: that happens only after its ticket is committed
        properties.put("mail." + protocol + ".peek", "true");
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
        properties.put(prefix + "connectiontimeout", TIMEOUT_MILLIS);
        properties.put(prefix + "timeout", TIMEOUT_MILLIS);
        properties.put(prefix + "writetimeout", TIMEOUT_MILLIS);
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
