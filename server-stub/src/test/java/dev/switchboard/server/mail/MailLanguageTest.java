package dev.switchboard.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The texts the backend writes into mails come in the mailbox's language, Simplified Chinese by default, encoded so that every mail program shows them. */
class MailLanguageTest {

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
    void aMailboxWithoutALanguageWritesSimplifiedChineseWithAnEncodedSubjectAndUtf8Text() throws Exception {
        Map<String, Object> box = world.mailbox();
        box.remove("language");
        ApiResponse created = world.api().post("/api/v1/mailboxes", world.admin(), box);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("language").asText()).isEqualTo("zh-CN");
        world.autoReplyOnNewTickets();
        world.deliver("王芳 <wang.fang@customer.test>", "打印机坏了", "从周一开始什么都打印不出来。");

        world.poll();
        world.send();

        JsonNode ticket = world.onlyTicket();
        String number = ticket.path("number").asText();
        List<MimeMessage> received = world.inboxOf("wang.fang@customer.test");
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        String rawSubject = MailWorld.header(mail, "Subject");
        assertThat(rawSubject).as("RFC 2047: only ASCII on the wire").matches("\\p{ASCII}+").contains("=?UTF-8?");
        assertThat(MimeUtility.decodeText(rawSubject)).isEqualTo("回复：打印机坏了 [" + number + "]");
        assertThat(mail.getSubject()).isEqualTo("回复：打印机坏了 [" + number + "]");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(MailWorld.header(mail, "Content-Language")).isEqualTo("zh-CN");
        assertThat(MailWorld.text(mail))
                .startsWith("We have your request " + number + " (打印机坏了), 王芳.")
                .contains("此邮件由系统自动发送。", "请直接回复此邮件，并在主题中保留 [" + number + "]", "Support");
    }

    @Test
    void anEnglishMailboxWritesEnglishAndABadLanguageIsRefused() throws Exception {
        Map<String, Object> box = world.mailbox();
        box.put("language", "fr");
        ApiResponse refused = world.api().post("/api/v1/mailboxes", world.admin(), box);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("language");

        world.connect();
        world.deliver("wang.fang@customer.test", "打印机坏了", "什么都打印不出来。");
        world.poll();
        JsonNode ticket = world.onlyTicket();
        world.reply(ticket.path("id").asLong(), "请重启打印机。");
        world.send();

        MimeMessage mail = world.inboxOf("wang.fang@customer.test").get(0);
        assertThat(mail.getSubject()).isEqualTo("Re: 打印机坏了 [" + ticket.path("number").asText() + "]");
        assertThat(MailWorld.header(mail, "Content-Language")).isEqualTo("en");
        assertThat(MailWorld.text(mail)).startsWith("请重启打印机。\n\n--\nPlease answer this mail");
    }
}
