package dev.switchboard.server.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises mail that no automatic mail may answer (RFC 3834 and what mail servers do in
 * practice): bounces (a {@code multipart/report} delivery status, a {@code MAILER-DAEMON} or
 * {@code postmaster} sender, an empty Return-Path) and automatic mail ({@code Auto-Submitted} other
 * than {@code no}, {@code Precedence: bulk/list/junk/auto_reply}, {@code X-Loop},
 * {@code X-Auto-Response-Suppress}, {@code X-Autoreply}/{@code X-Autorespond}, {@code List-Id}, and
 * out-of-office subjects). Answering either risks a mail loop between two robots.
 */
final class AutomaticMail {

    private static final Set<String> BOUNCE_SENDERS = Set.of("mailer-daemon", "postmaster");
    private static final Set<String> BULK = Set.of("bulk", "list", "junk", "auto_reply");
    private static final Pattern OUT_OF_OFFICE = Pattern.compile(
            "^\\s*(auto:|automatic reply|auto[- ]?reply|autoreply|out of (the )?office|abwesenheit|自动回复|自動回覆)", Pattern.CASE_INSENSITIVE);

    private AutomaticMail() {
    }

    static IncomingMail.Kind classify(MimeMessage message) throws MessagingException {
        if (message.isMimeType("multipart/report") || bounceSender(message) || "<>".equals(header(message, "Return-Path"))) {
            return IncomingMail.Kind.BOUNCE;
        }
        String autoSubmitted = header(message, "Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.split(";")[0].strip().equalsIgnoreCase("no")) {
            return IncomingMail.Kind.AUTOMATIC;
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && BULK.contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return IncomingMail.Kind.AUTOMATIC;
        }
        for (String marker : new String[] {"X-Loop", "X-Auto-Response-Suppress", "X-Autoreply", "X-Autorespond", "List-Id"}) {
            if (header(message, marker) != null) {
                return IncomingMail.Kind.AUTOMATIC;
            }
        }
        String subject = message.getSubject();
        if (subject != null && OUT_OF_OFFICE.matcher(subject).find()) {
            return IncomingMail.Kind.AUTOMATIC;
        }
        return IncomingMail.Kind.PERSON;
    }

    private static boolean bounceSender(MimeMessage message) throws MessagingException {
        var from = message.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address) || address.getAddress() == null) {
            return false;
        }
        String local = address.getAddress().split("@")[0].toLowerCase(Locale.ROOT);
        return BOUNCE_SENDERS.contains(local);
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, ",");
        return value == null ? null : value.strip();
    }
}
