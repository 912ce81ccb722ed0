package dev.switchboard.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.tickets.TicketAttachment;
import jakarta.activation.DataHandler;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Files of incoming mail become the ticket's files, checked as uploads are, against a real GreenMail server. */
class MailAttachmentsTest {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    MailWorld world;

    @BeforeEach
    void connectGreenMail() {
        world = new MailWorld(greenMail, backend);
    }

    @Test
    void aReplysPdfAndPictureWithChineseNamesBecomeItsFilesWithTheSameBytes() throws Exception {
        world.connect();
        world.deliver("wang.fang@customer.test", "发票问题", "请看附件。");
        world.poll();
        JsonNode ticket = world.onlyTicket();

        MimeMessage reply = world.message("wang.fang@customer.test", "回复: 发票问题 [" + ticket.path("number").asText() + "]", "<files@customer.test>");
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(text("发票和截图在附件里。"));
        // RFC 2231: filename*=UTF-8''%E5%8F%91... (what Angus Mail and Thunderbird write)
        mixed.addBodyPart(file(PDF, "application/pdf", "二〇二六年发票.pdf"));
        // an encoded word in the plain parameter (what Outlook and Foxmail write), in GB2312
        MimeBodyPart picture = file(PNG, "image/png", null);
        picture.setHeader("Content-Disposition", "attachment; filename=\"" + MimeUtility.encodeText("屏幕截图.png", "GB2312", "B") + "\"");
        mixed.addBodyPart(picture);
        reply.setContent(mixed);
        world.deliver(reply);

        world.poll();

        List<JsonNode> comments = world.comments(ticket.path("id").asLong());
        assertThat(comments).hasSize(1);
        JsonNode comment = comments.get(0);
        assertThat(comment.path("kind").asText()).isEqualTo("PUBLIC_REPLY");
        assertThat(comment.path("body").asText()).isEqualTo("发票和截图在附件里。");
        Map<String, JsonNode> files = byName(comment.path("attachments"));
        assertThat(files).containsOnlyKeys("二〇二六年发票.pdf", "屏幕截图.png");
        assertThat(files.get("二〇二六年发票.pdf").path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(files.get("二〇二六年发票.pdf").path("size").asLong()).isEqualTo(PDF.length);
        assertThat(files.get("屏幕截图.png").path("mediaType").asText()).isEqualTo("image/png");
        assertThat(world.download(files.get("二〇二六年发票.pdf").path("id").asText())).isEqualTo(PDF);
        assertThat(world.download(files.get("屏幕截图.png").path("id").asText())).isEqualTo(PNG);
        assertThat(world.comments(ticket.path("id").asLong())).as("nothing refused, no note").hasSize(1);
    }

    @Test
    void aNewTicketKeepsInlinePicturesAndNotesTheFilesUploadsWouldRefuseWithoutFailingTheMail() throws Exception {
        world.connect();
        MimeMessage mail = world.message("li.lei@customer.test", "Screen goes black", "<inline@customer.test>");
        MimeMultipart related = new MimeMultipart("related");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>It looks like this:</p><img src=\"cid:shot1@customer.test\">", "text/html; charset=UTF-8");
        related.addBodyPart(html);
        MimeBodyPart inline = file(PNG, "image/png", null);
        inline.setDisposition(Part.INLINE);
        inline.setContentID("<shot1@customer.test>");
        related.addBodyPart(inline);
        MimeBodyPart wrapper = new MimeBodyPart();
        wrapper.setContent(related);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(wrapper);
        mixed.addBodyPart(file("MZ\u0090\u0000 a program".getBytes(StandardCharsets.ISO_8859_1), "application/octet-stream", "setup.exe"));
        mixed.addBodyPart(file(new byte[(int) TicketAttachment.MAX_BYTES + 1], "application/pdf", "huge.pdf"));
        mail.setContent(mixed);
        world.deliver(mail);

        world.poll();

        JsonNode ticket = world.onlyTicket();
        assertThat(ticket.path("description").asText()).isEqualTo("It looks like this:");
        JsonNode files = backend.api().get("/api/v1/tickets/" + ticket.path("id").asLong() + "/attachments", world.admin()).json();
        assertThat(byName(files)).containsOnlyKeys("shot1.png");
        assertThat(world.download(files.get(0).path("id").asText())).isEqualTo(PNG);
        List<JsonNode> notes = world.comments(ticket.path("id").asLong());
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).path("kind").asText()).isEqualTo("INTERNAL_NOTE");
        assertThat(notes.get(0).path("body").asText()).contains("setup.exe", "huge.pdf", "10 MB");
    }

    private static MimeBodyPart text(String text) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8");
        return part;
    }

    private static MimeBodyPart file(byte[] content, String type, String name) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        // as mail programs send files: a PDF that is mostly ASCII would otherwise go as 7bit and lose its last line end
        part.setHeader("Content-Transfer-Encoding", "base64");
        part.setDisposition(Part.ATTACHMENT);
        if (name != null) {
            part.setFileName(name);
        }
        return part;
    }

    private static Map<String, JsonNode> byName(JsonNode files) {
        return StreamSupport.stream(files.spliterator(), false).collect(Collectors.toMap(file -> file.path("fileName").asText(), Function.identity()));
    }
}
