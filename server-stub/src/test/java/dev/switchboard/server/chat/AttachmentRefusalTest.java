package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.BackendExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Broken uploads answer a problem the sender can act on, and leave no byte behind, from the widget as from the workstation. */
class AttachmentRefusalTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final Path data = backend.dataDir();
    ChatFiles chat = ChatFiles.open(backend);

    @AfterEach
    void stop() {
        chat.close();
    }

    @Test
    void aPngSignatureFollowedByGarbageIsRefusedAsDamagedAndNothingStays() {
        byte[] garbage = TestImages.signatureAndGarbage();
        ChatFiles.Answer fromWidget = chat.fromVisitor("photo.png", garbage);
        chat.assertRefused(fromWidget, 400, List.of());
        assertThat(fromWidget.json().path("detail").asText()).contains("damaged");
        chat.assertRefused(chat.fromAgent("photo.png", garbage), 400, List.of());
    }

    @Test
    void aPictureCutShortIsRefusedAndNothingStays() {
        byte[] cut = TestImages.truncated(640, 480);
        chat.assertRefused(chat.fromVisitor("cut.png", cut), 400, List.of());
        chat.assertRefused(chat.fromAgent("cut.png", cut), 400, List.of());
        // a JPEG that stops after its first bytes
        byte[] jpeg = TestImages.jpeg(320, 200);
        byte[] cutJpeg = Arrays.copyOf(jpeg, 40);
        chat.assertRefused(chat.fromVisitor("cut.jpg", cutJpeg), 400, List.of());
    }

    @Test
    void everyOtherRefusalLeavesNothingBehindEither() {
        chat.assertRefused(chat.fromVisitor("empty.txt", new byte[0]), 400, List.of());
        chat.assertRefused(chat.fromVisitor("binary.txt", new byte[] {1, 2, 0, 4, 5}), 415, List.of());
        chat.assertRefused(chat.fromVisitor("bomb.png", TestImages.bomb(20000, 20000)), 413, List.of());
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        huge[0] = 'a';
        chat.assertRefused(chat.fromAgent("big.txt", huge), 413, List.of());

        // and what is accepted is exactly a file and its thumbnail
        ChatFiles.Answer accepted = chat.fromVisitor("ok.png", TestImages.png(64, 48));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        String id = accepted.json().path("id").asText();
        assertThat(chat.storedFiles()).containsExactlyInAnyOrder(id, id + ".thumb.png");
    }

    @Test
    void unfinishedUploadsOfACrashAreClearedAtTheNextStart() throws Exception {
        Files.write(data.resolve("attachments").resolve("upload-123.part"), new byte[] {1, 2, 3});
        chat.close();
        backend.restart();
        chat = ChatFiles.open(backend);
        assertThat(chat.storedFiles()).isEmpty();
    }
}
