package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A chat and a visitor can fill the server's disk only so far: beyond their quotas uploads get 429, saying the limit. */
class UploadQuotaTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest().startedByTheTest();
    ChatFiles chat;

    @AfterEach
    void stop() {
        if (chat != null) {
            chat.close();
        }
    }

    private void start(UploadLimits limits) {
        backend.start(config -> config.withUploads(limits));
        chat = ChatFiles.open(backend);
    }

    @Test
    void aVisitorSendsSoManyFilesADayInAllTheirChats() {
        start(UploadLimits.STANDARD.withVisitor(2, 1024 * 1024));
        assertThat(chat.fromVisitor("1.txt", text("one")).status()).isEqualTo(201);
        assertThat(chat.fromVisitor("2.txt", text("two")).status()).isEqualTo(201);
        List<String> stored = chat.storedFiles();

        ChatFiles.Answer third = chat.fromVisitor("3.txt", text("three"));
        chat.assertRefused(third, 429, stored);
        assertThat(third.json().path("type").asText()).endsWith("/upload-quota");
        assertThat(third.json().path("detail").asText()).contains("2 files").contains("24 hours");
        assertThat(Long.parseLong(third.header("Retry-After"))).isBetween(1L, Duration.ofHours(24).toSeconds());
        assertThat(chat.fromAgent("from-alice.txt", text("the agent is not a visitor")).status()).as("the agent's files are not the visitor's")
                .isEqualTo(201);

        // a new chat does not start a new quota
        chat.visitor.send(ChatMessages.END, new ChatMessages.End(chat.conversation));
        chat.visitor.await(ChatMessages.ENDED);
        long second = chat.start(chat.visitor);
        chat.assertRefused(chat.fromVisitor(chat.visitor, second, "4.txt", text("four")), 429, chat.storedFiles());

        // a day after the first upload there is room again
        backend.clock().advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(chat.fromVisitor(chat.visitor, second, "5.txt", text("five")).status()).isEqualTo(201);
    }

    @Test
    void aVisitorSendsSoManyBytesADayAndARefusalAfterTheBytesArrivedLeavesNothing() {
        start(UploadLimits.STANDARD.withVisitor(20, 1000));
        assertThat(chat.fromVisitor("600.txt", text("a".repeat(600))).status()).isEqualTo(201);
        List<String> stored = chat.storedFiles();
        ChatFiles.Answer refused = chat.fromVisitor("500.txt", text("b".repeat(500)));
        chat.assertRefused(refused, 429, stored);
        assertThat(refused.json().path("detail").asText()).contains("1000 bytes");
        assertThat(chat.fromVisitor("300.txt", text("c".repeat(300))).status()).as("what still fits is taken").isEqualTo(201);
    }

    @Test
    void aChatHoldsSoManyFilesWhoeverSendsThem() {
        start(UploadLimits.STANDARD.withChat(3, 10L * 1024 * 1024).withVisitor(2, 1024 * 1024));
        assertThat(chat.fromVisitor("1.png", TestImages.png(20, 20)).status()).isEqualTo(201);
        assertThat(chat.fromAgent("2.txt", text("two")).status()).isEqualTo(201);
        assertThat(chat.fromAgent("3.txt", text("three")).status()).isEqualTo(201);
        List<String> stored = chat.storedFiles();

        ChatFiles.Answer agents = chat.fromAgent("4.txt", text("four"));
        chat.assertRefused(agents, 429, stored);
        assertThat(agents.json().path("detail").asText()).contains("a chat can hold 3 files");
        chat.assertRefused(chat.fromVisitor("5.txt", text("five")), 429, stored);

        // another chat has room of its own
        try (VisitorClient other = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Home", null)) {
            long otherChat = chat.start(other);
            assertThat(chat.fromAgent(otherChat, "6.txt", text("six")).status()).isEqualTo(201);
        }
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
