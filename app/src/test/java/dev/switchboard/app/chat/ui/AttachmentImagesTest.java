package dev.switchboard.app.chat.ui;

import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.chat.ChatRest;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.PngEncoder;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.shared.chat.Attachment;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.MessagePage;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.shared.visitors.VisitorDetail;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AttachmentImagesTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        WorkstationDriver.initToolkit();
    }

    @Test
    void aThumbnailThatCouldNotBeLoadedIsAskedForAgainTheNextTimeItIsShown() {
        AtomicInteger downloads = new AtomicInteger();
        // 404 first (the chat was not ours yet), the picture after that
        ChatRest rest = new Refusing() {
            @Override
            public CompletableFuture<byte[]> download(String attachmentId, boolean thumbnail) {
                return downloads.incrementAndGet() == 1 ? notFound() : CompletableFuture.completedFuture(PngEncoder.encode(new int[4 * 3], 4, 3));
            }
        };
        AttachmentImages images = new AttachmentImages(rest, Runnable::run, Runnable::run);
        ReadOnlyObjectProperty<Image> first = onFx(() -> images.thumbnail("a1"));
        assertThat(first.get()).isNull();

        ReadOnlyObjectProperty<Image> again = onFx(() -> images.thumbnail("a1"));
        assertThat(downloads).hasValue(2);
        assertThat(again.get()).isNotNull();
        assertThat(again.get().getWidth()).isEqualTo(4);
        assertThat(onFx(() -> images.thumbnail("a1"))).as("a loaded one is kept").isSameAs(again);
        assertThat(downloads).hasValue(2);
    }

    /** Every call refused as not found. */
    private static class Refusing implements ChatRest {
        @Override
        public CompletableFuture<Conversation> conversation(long conversationId) {
            return notFound();
        }

        @Override
        public CompletableFuture<MessagePage> messages(long conversationId, long after) {
            return notFound();
        }

        @Override
        public CompletableFuture<Attachment> upload(long conversationId, String fileName, byte[] content) {
            return notFound();
        }

        @Override
        public CompletableFuture<byte[]> download(String attachmentId, boolean thumbnail) {
            return notFound();
        }

        @Override
        public CompletableFuture<VisitorDetail> visitor(String visitorId) {
            return notFound();
        }

        @Override
        public CompletableFuture<PrechatForm> prechatForm(String site) {
            return notFound();
        }

        static <T> CompletableFuture<T> notFound() {
            return CompletableFuture.failedFuture(new ProblemException(Problem.of(ProblemType.NOT_FOUND, "not here"), Optional.empty()));
        }
    }
}
