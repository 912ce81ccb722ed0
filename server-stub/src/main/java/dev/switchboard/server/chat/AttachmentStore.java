package dev.switchboard.server.chat;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.chat.Attachment;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files of chats: checked by name and content, kept in the data folder under unguessable ids, with
 * a thumbnail for pictures. An upload is written to a {@code .part} file and moved into place only
 * once its row is committed; whatever refuses or fails on the way deletes what it wrote, so the
 * folder holds no file without its row. Who may read them is the chat service's decision.
 */
final class AttachmentStore {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PART = ".part";

    /** A stored attachment and the conversation it belongs to. */
    public record Stored(@Nested Attachment attachment, long conversationId, String uploader) {
    }

    private static final RowMapper<Stored> STORED = RecordMapper.of(Stored.class);

    private final Jdbi jdbi;
    private final Path folder;
    private final UploadQuota quota;
    private final PictureReader pictures;
    /** Counting what is stored and adding to it happen as one, or two uploads at once could both take the last place. */
    private final Object quotaLock = new Object();

    AttachmentStore(Jdbi jdbi, Path dataDir, UploadLimits limits, PictureReader pictures) {
        this.jdbi = jdbi;
        this.folder = dataDir.resolve("attachments");
        this.quota = new UploadQuota(limits);
        this.pictures = pictures;
        try {
            Files.createDirectories(folder);
            deleteUnfinished();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    /** Stores an upload of {@code uploader} ({@code byVisitor}: a visitor's, under the visitor's quota too). */
    Attachment save(long conversationId, String uploader, boolean byVisitor, String requestedName, InputStream content, Instant now) {
        String name = SafeFileNames.clean(requestedName);
        try {
            SafeFileNames.refuseDangerous(name);
        } catch (ApiException refused) {
            LOG.warn("upload refused by name: uploader={} name={}", uploader, name);
            throw refused;
        }
        // a chat or visitor with no room left is told before the bytes travel
        jdbi.useHandle(handle -> quota.check(handle, conversationId, uploader, byVisitor, 0, now));
        Path part = null;
        Path thumbnailPart = null;
        try {
            part = Files.createTempFile(folder, "upload-", PART);
            long size = receive(content, part);
            String mediaType = ContentSniffer.mediaType(part).orElseThrow(() -> refusedContent(uploader, name));
            String fileName = SafeFileNames.fitted(name, mediaType, mediaType.equals(ContentSniffer.TEXT) && ContentSniffer.looksLikeMarkup(part));
            Integer width = null;
            Integer height = null;
            if (mediaType.startsWith("image/")) {
                PictureReader.Picture picture = pictures.read(part, mediaType);
                width = picture.width();
                height = picture.height();
                if (picture.thumbnail().isPresent()) {
                    thumbnailPart = Files.createTempFile(folder, "thumbnail-", PART);
                    Files.write(thumbnailPart, picture.thumbnail().get());
                }
            }
            Attachment attachment = new Attachment(newId(), fileName, mediaType, size, width, height, thumbnailPart != null);
            insert(attachment, conversationId, uploader, byVisitor, now);
            moveIntoPlace(attachment, part, thumbnailPart);
            LOG.info("attachment stored: id={} conversation={} type={} bytes={}", attachment.id(), conversationId, mediaType, size);
            return attachment;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an attachment", e);
        } finally {
            deleteQuietly(part);
            deleteQuietly(thumbnailPart);
        }
    }

    Optional<Stored> find(String id) {
        if (id == null || !id.matches("[A-Za-z0-9_-]{22}")) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, conversation_id, uploader, file_name, media_type, size_bytes AS size, "
                        + "width, height, has_thumbnail AS thumbnail FROM attachment WHERE id = :id")
                .bind("id", id)
                .map(STORED)
                .findOne());
    }

    Path file(String id, boolean thumbnail) {
        return folder.resolve(thumbnail ? id + ".thumb.png" : id);
    }

    private void insert(Attachment attachment, long conversationId, String uploader, boolean byVisitor, Instant now) {
        synchronized (quotaLock) {
            jdbi.useTransaction(handle -> {
                quota.check(handle, conversationId, uploader, byVisitor, attachment.size(), now);
                handle.createUpdate("""
                                INSERT INTO attachment (id, conversation_id, uploader, file_name, media_type, size_bytes, width, height, has_thumbnail, created_at)
                                VALUES (:id, :c, :uploader, :name, :type, :size, :width, :height, :thumb, :now)""")
                        .bind("id", attachment.id()).bind("c", conversationId).bind("uploader", uploader).bind("name", attachment.fileName())
                        .bind("type", attachment.mediaType()).bind("size", attachment.size()).bind("width", attachment.width())
                        .bind("height", attachment.height()).bind("thumb", attachment.thumbnail()).bind("now", now).execute();
            });
        }
    }

    /** After the commit; should a move fail, the row goes again, as nobody has been told its id yet. */
    private void moveIntoPlace(Attachment attachment, Path part, Path thumbnailPart) throws IOException {
        try {
            Files.move(part, file(attachment.id(), false), StandardCopyOption.ATOMIC_MOVE);
            if (thumbnailPart != null) {
                Files.move(thumbnailPart, file(attachment.id(), true), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | RuntimeException e) {
            jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM attachment WHERE id = :id").bind("id", attachment.id()).execute());
            deleteQuietly(file(attachment.id(), false));
            deleteQuietly(file(attachment.id(), true));
            throw e;
        }
    }

    /** Copies the body to {@code part}: 413 beyond {@link Attachment#MAX_BYTES} (read no further), 400 when empty or cut off. */
    private static long receive(InputStream content, Path part) throws IOException {
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(part)) {
            while (true) {
                int read;
                try {
                    read = content.read(buffer);
                } catch (IOException e) {
                    throw new ApiException(ProblemType.VALIDATION, "the upload was interrupted before the whole file arrived");
                }
                if (read < 0) {
                    break;
                }
                size += read;
                if (size > Attachment.MAX_BYTES) {
                    throw new ApiException(Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                            "files are limited to " + UploadLimits.size(Attachment.MAX_BYTES)), Map.of());
                }
                out.write(buffer, 0, read);
            }
        }
        if (size == 0) {
            throw new ApiException(ProblemType.VALIDATION, "the file is empty");
        }
        return size;
    }

    private static ApiException refusedContent(String uploader, String name) {
        LOG.warn("upload refused by content: uploader={} name={}", uploader, name);
        return new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "only pictures (PNG, JPEG, GIF, WebP), PDF and plain text can be sent, "
                + "no programs or scripts");
    }

    /** Uploads a crash cut short: never committed, nobody knows them. */
    private void deleteUnfinished() throws IOException {
        try (DirectoryStream<Path> unfinished = Files.newDirectoryStream(folder, "*" + PART)) {
            for (Path file : unfinished) {
                deleteQuietly(file);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", file, e.toString());
        }
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
