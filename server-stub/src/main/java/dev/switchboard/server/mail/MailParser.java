package dev.switchboard.server.mail;

import dev.switchboard.server.tickets.ChannelFiles;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the intake needs out of a MIME message: sender, subject, the ids it answers, its text
 * (the plain part preferred, else the HTML part as text — HTML is never rendered), its kind
 * ({@link AutomaticMail}) and its files: attachments and inline pictures, staged into the ticket's
 * files with the uploads' checks. File names come decoded, whether the mail program wrote them as
 * RFC 2231 parameters ({@code filename*=UTF-8''%E5%8F%91…}, Angus Mail decodes these) or as encoded
 * words ({@code filename="=?GB2312?B?…?="}, which RFC 2231 forbids but mail programs in China send).
 */
final class MailParser {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

    private MailParser() {
    }

    /** {@code fallbackId}: the Message-ID to use when the mail has none (made of its UID). */
    static IncomingMail parse(MimeMessage message, String fallbackId, ChannelFiles files) throws MessagingException, IOException {
        String messageId = firstId(message.getHeader("Message-ID", null));
        InternetAddress from = sender(message);
        IncomingMail.Kind kind = AutomaticMail.classify(message);
        Set<String> threadIds = new LinkedHashSet<>(ids(message.getHeader("In-Reply-To", " ")));
        List<String> references = ids(message.getHeader("References", " "));
        Collections.reverse(references);
        threadIds.addAll(references);
        StringBuilder text = new StringBuilder();
        walk(message, text, files, threadIds);
        String subject = message.getSubject();
        return new IncomingMail(messageId == null ? fallbackId : messageId, from == null ? null : from.getAddress().strip().toLowerCase(Locale.ROOT),
                from == null ? null : from.getPersonal(), subject == null ? "" : subject.strip(), List.copyOf(threadIds), text.toString().strip(),
                kind, files);
    }

    /** Collects the text parts (for an alternative, the plain one if there is one), the files and a returned mail's ids. */
    private static void walk(Part part, StringBuilder text, ChannelFiles files, Set<String> threadIds) throws MessagingException, IOException {
        String disposition = part.getDisposition();
        String fileName = part.getFileName();
        if (part.isMimeType("multipart/alternative")) {
            Multipart alternatives = (Multipart) part.getContent();
            Part chosen = null;
            for (int i = 0; i < alternatives.getCount() && chosen == null; i++) {
                chosen = alternatives.getBodyPart(i).isMimeType("text/plain") ? alternatives.getBodyPart(i) : null;
            }
            walk(chosen != null ? chosen : alternatives.getBodyPart(alternatives.getCount() - 1), text, files, threadIds);
        } else if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                walk(parts.getBodyPart(i), text, files, threadIds);
            }
        } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")) {
            // the mail a bounce returns: its Message-ID names the mail of ours it is about
            threadIds.addAll(ids(returnedHeaders(part).getHeader("Message-ID", " ")));
        } else if (Part.ATTACHMENT.equalsIgnoreCase(disposition) || fileName != null || !part.isMimeType("text/*")) {
            // an inline picture of an HTML mail (multipart/related) is a file too: the text cannot show it
            try (InputStream content = part.getInputStream()) {
                files.add(fileName(part, fileName), content);
            }
        } else if (part.isMimeType("text/plain") || part.isMimeType("message/delivery-status")) {
            append(text, content(part));
        } else if (part.isMimeType("text/html")) {
            append(text, HtmlText.of(content(part)));
        }
    }

    /** The part's name decoded; an inline picture without one is named by its Content-ID (the extension follows its content). */
    private static String fileName(Part part, String fileName) throws MessagingException, IOException {
        if (fileName != null && !fileName.isBlank()) {
            return MimeUtility.decodeText(fileName);
        }
        // from IMAP, the Content-ID comes with the body structure (a part's own headers are not fetched)
        String contentId = part instanceof MimePart mime ? mime.getContentID() : null;
        if (contentId != null) {
            String id = contentId.replaceAll("[<>]", "").strip();
            String local = id.contains("@") ? id.substring(0, id.indexOf('@')) : id;
            if (!local.isBlank()) {
                return local;
            }
        }
        return part.isMimeType("image/*") ? "image" : "file";
    }

    private static InternetHeaders returnedHeaders(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof MimeMessage returned) {
            InternetHeaders headers = new InternetHeaders();
            String id = returned.getHeader("Message-ID", null);
            if (id != null) {
                headers.addHeader("Message-ID", id);
            }
            return headers;
        }
        try (InputStream in = content instanceof InputStream stream ? stream : new ByteArrayInputStream(String.valueOf(content).getBytes(StandardCharsets.UTF_8))) {
            return new InternetHeaders(in);
        }
    }

    private static String content(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String string) {
            return string;
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void append(StringBuilder text, String more) {
        if (more != null && !more.isBlank()) {
            text.append(text.length() == 0 ? "" : "\n\n").append(more.strip());
        }
    }

    private static InternetAddress sender(MimeMessage message) throws MessagingException {
        var from = message.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address) || address.getAddress() == null
                || !address.getAddress().contains("@")) {
            return null;
        }
        return address;
    }

    private static String firstId(String header) {
        List<String> ids = ids(header);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The {@code <id>}s of a header, in order. */
    static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher matcher = MESSAGE_ID.matcher(header);
            while (matcher.find() && ids.size() < 100) {
                String id = matcher.group();
                if (id.length() <= 500) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }
}
