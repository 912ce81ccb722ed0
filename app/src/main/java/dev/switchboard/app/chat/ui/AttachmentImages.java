package dev.switchboard.app.chat.ui;

import dev.switchboard.app.chat.ChatRest;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Images of chat attachments, downloaded with the session's token and decoded in the background,
 * kept for the most recently shown ones (a failed download is not kept, so the next look tries
 * again). A cell binds to the property and shows the image when it arrives. FX thread, except the
 * download and decoding.
 */
public final class AttachmentImages {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentImages.class);
    private static final int KEPT = 200;

    private final ChatRest rest;
    private final Executor io;
    private final Executor fx;
    private final Map<String, ReadOnlyObjectWrapper<Image>> thumbnails = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReadOnlyObjectWrapper<Image>> eldest) {
            return size() > KEPT;
        }
    };

    public AttachmentImages(ChatRest rest, Executor io, Executor fx) {
        this.rest = rest;
        this.io = io;
        this.fx = fx;
    }

    /** The thumbnail, null until it is loaded (and if it cannot be). */
    public ReadOnlyObjectProperty<Image> thumbnail(String attachmentId) {
        ReadOnlyObjectWrapper<Image> image = thumbnails.get(attachmentId);
        if (image == null) {
            ReadOnlyObjectWrapper<Image> loading = new ReadOnlyObjectWrapper<>();
            thumbnails.put(attachmentId, loading);
            load(attachmentId, true).thenAcceptAsync(loaded -> {
                if (loaded == null) {
                    // not kept: the next time the line is drawn asks again (the backend was away, the chat not yet ours)
                    thumbnails.remove(attachmentId, loading);
                } else {
                    loading.set(loaded);
                }
            }, fx);
            image = loading;
        }
        return image.getReadOnlyProperty();
    }

    /** The whole image. */
    public CompletableFuture<Image> full(String attachmentId) {
        return load(attachmentId, false).thenApplyAsync(image -> image, fx);
    }

    private CompletableFuture<Image> load(String attachmentId, boolean thumbnail) {
        return rest.download(attachmentId, thumbnail)
                .thenApplyAsync(bytes -> new Image(new ByteArrayInputStream(bytes)), io)
                .exceptionally(failure -> {
                    LOG.info("Could not load the image of attachment {}: {}", attachmentId, failure.getMessage());
                    return null;
                });
    }
}
