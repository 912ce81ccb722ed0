package dev.switchboard.server.chat;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.chat.Attachment;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files of chats: checked by content, kept in the data folder under unguessable ids, with a
 * thumbnail for images. Who may read them is the chat service's decision, not the file's.
 */
final class AttachmentStore {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentStore.class);
    private static final int THUMBNAIL_EDGE = 240;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A stored attachment and the conversation it belongs to. */
    record Stored(Attachment attachment, long conversationId, String uploader) {
    }

    private final Jdbi jdbi;
    private final Path folder;

    AttachmentStore(Jdbi jdbi, Path dataDir) {
        this.jdbi = jdbi;
        this.folder = dataDir.resolve("attachments");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    Attachment save(long conversationId, String uploader, String fileName, InputStream content, Instant now) {
        byte[] bytes = readAtMost(content, Attachment.MAX_BYTES);
        String mediaType = ContentSniffer.mediaType(bytes).orElseThrow(() -> {
            LOG.warn("upload refused by content: uploader={} name={} executable={}", uploader, fileName, ContentSniffer.isExecutable(bytes));
            return new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "only images (PNG, JPEG, GIF, WebP), PDF and plain text can be sent");
        });
        String id = newId();
        Integer width = null;
        Integer height = null;
        boolean thumbnail = false;
        try {
            write(folder.resolve(id), bytes);
            if (mediaType.startsWith("image/") && !mediaType.equals("image/webp")) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
                if (image != null) {
                    width = image.getWidth();
                    height = image.getHeight();
                    write(folder.resolve(id + ".thumb.png"), thumbnail(image));
                    thumbnail = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an attachment", e);
        }
        Attachment attachment = new Attachment(id, cleanName(fileName), mediaType, bytes.length, width, height, thumbnail);
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO attachment (id, conversation_id, uploader, file_name, media_type, size_bytes, width, height, has_thumbnail, created_at)
                        VALUES (:id, :c, :uploader, :name, :type, :size, :width, :height, :thumb, :now)""")
                .bind("id", id).bind("c", conversationId).bind("uploader", uploader).bind("name", attachment.fileName())
                .bind("type", mediaType).bind("size", (long) bytes.length).bind("width", attachment.width()).bind("height", attachment.height())
                .bind("thumb", attachment.thumbnail()).bind("now", now).execute());
        LOG.info("attachment stored: id={} conversation={} type={} bytes={}", id, conversationId, mediaType, bytes.length);
        return attachment;
    }

    Optional<Stored> find(String id) {
        if (id == null || !id.matches("[A-Za-z0-9_-]{22}")) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id, conversation_id, uploader, file_name, media_type, size_bytes, width, height, has_thumbnail FROM attachment WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Stored(new Attachment(rs.getString("id"), rs.getString("file_name"), rs.getString("media_type"),
                        rs.getLong("size_bytes"), (Integer) rs.getObject("width", Integer.class), (Integer) rs.getObject("height", Integer.class),
                        rs.getBoolean("has_thumbnail")), rs.getLong("conversation_id"), rs.getString("uploader")))
                .findOne());
    }

    Path file(String id, boolean thumbnail) {
        return folder.resolve(thumbnail ? id + ".thumb.png" : id);
    }

    private static byte[] readAtMost(InputStream in, long max) {
        try {
            byte[] bytes = in.readNBytes((int) max + 1);
            if (bytes.length > max) {
                throw new ApiException(Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "files are limited to " + (max / 1024 / 1024) + " MB"), Map.of());
            }
            if (bytes.length == 0) {
                throw new ApiException(ProblemType.VALIDATION, "the file is empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        Files.write(temporary, bytes);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] thumbnail(BufferedImage image) throws IOException {
        double scale = Math.min(1.0, (double) THUMBNAIL_EDGE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = small.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(image, 0, 0, width, height, null);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(small, "png", out);
        return out.toByteArray();
    }

    /** Names are shown to people and offered as download names: no paths, no control characters. */
    private static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            base = "file";
        }
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
