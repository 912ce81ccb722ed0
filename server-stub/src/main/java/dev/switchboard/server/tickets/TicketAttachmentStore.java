package dev.switchboard.server.tickets;

import dev.switchboard.server.chat.ContentSniffer;
import dev.switchboard.server.chat.SafeFileNames;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.tickets.TicketAttachment;
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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files of tickets, checked as chat files are (the name, then the content sniffed: pictures, PDF and
 * plain text only, no programs or scripts whatever their name) and kept in the data folder under
 * unguessable ids. A file is first <em>staged</em>: received into a {@code .part} file and checked,
 * before any row is written; its row goes in with the caller's transaction, and only after that
 * commits is the file moved into place ({@link #keep}); whatever fails deletes the part
 * ({@link #discard}), so the folder holds no file without its row and a refused request stores nothing.
 */
final class TicketAttachmentStore {

    private static final Logger LOG = LoggerFactory.getLogger(TicketAttachmentStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PART = ".part";
    static final String COLUMNS = "id, ticket_id, comment_id, file_name, media_type, size_bytes AS size, created_at";
    private static final RowMapper<TicketAttachment> ROWS = RecordMapper.of(TicketAttachment.class);

    /** A file received and checked, not yet stored. */
    record Staged(String id, String fileName, String mediaType, long size, Path part) {
    }

    private final Path folder;

    TicketAttachmentStore(Path dataDir) {
        this.folder = dataDir.resolve("ticket-attachments");
        try {
            Files.createDirectories(folder);
            try (DirectoryStream<Path> unfinished = Files.newDirectoryStream(folder, "*" + PART)) {
                for (Path file : unfinished) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    /**
     * Receives and checks a file: 413 beyond {@code maxBytes} (read no further), 400 when empty, 415
     * for a name or content that is refused. Nothing is stored; the caller keeps or discards it.
     */
    Staged stage(String requestedName, InputStream content, long maxBytes) {
        String name = SafeFileNames.clean(requestedName);
        SafeFileNames.refuseDangerous(name);
        Path part = null;
        try {
            part = Files.createTempFile(folder, "upload-", PART);
            long size = receive(content, part, maxBytes);
            String mediaType = ContentSniffer.mediaType(part).orElseThrow(() -> new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "only pictures (PNG, JPEG, GIF, WebP), PDF and plain text can be attached, no programs or scripts"));
            String fileName = SafeFileNames.fitted(name, mediaType, mediaType.equals(ContentSniffer.TEXT) && ContentSniffer.looksLikeMarkup(part));
            Staged staged = new Staged(newId(), fileName, mediaType, size, part);
            part = null;
            return staged;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot receive an attachment", e);
        } finally {
            deleteQuietly(part);
        }
    }

    /** The staged file's row, in the caller's transaction. */
    static TicketAttachment insert(Handle handle, Staged staged, long ticketId, Long commentId, String uploader, Instant now) {
        handle.createUpdate("INSERT INTO ticket_attachment (id, ticket_id, comment_id, uploader, file_name, media_type, size_bytes, created_at)"
                        + " VALUES (:id, :ticket, :comment, :uploader, :name, :type, :size, :now)")
                .bind("id", staged.id()).bind("ticket", ticketId).bind("comment", commentId).bind("uploader", uploader)
                .bind("name", staged.fileName()).bind("type", staged.mediaType()).bind("size", staged.size()).bind("now", now)
                .execute();
        return new TicketAttachment(staged.id(), ticketId, commentId, staged.fileName(), staged.mediaType(), staged.size(), now);
    }

    /** After the commit: the files move into place. */
    void keep(Collection<Staged> files) {
        for (Staged staged : files) {
            try {
                Files.move(staged.part(), file(staged.id()), StandardCopyOption.ATOMIC_MOVE);
                LOG.info("ticket attachment stored: id={} type={} bytes={}", staged.id(), staged.mediaType(), staged.size());
            } catch (IOException e) {
                // the row is committed and names a file that is not there: downloads answer 404, as for a file deleted by hand
                LOG.error("could not move ticket attachment {} into place", staged.id(), e);
            }
        }
    }

    /** A refused or failed request: its parts go. */
    void discard(Collection<Staged> files) {
        files.forEach(staged -> deleteQuietly(staged.part()));
    }

    static Optional<TicketAttachment> find(Handle handle, String id) {
        if (id == null || !id.matches("[A-Za-z0-9_-]{22}")) {
            return Optional.empty();
        }
        return handle.createQuery("SELECT " + COLUMNS + " FROM ticket_attachment WHERE id = :id").bind("id", id).map(ROWS).findOne();
    }

    static List<TicketAttachment> ofTicket(Handle handle, long ticketId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM ticket_attachment WHERE ticket_id = :id ORDER BY created_at, id")
                .bind("id", ticketId).map(ROWS).list();
    }

    static List<TicketAttachment> ofComments(Handle handle, Collection<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT " + COLUMNS + " FROM ticket_attachment WHERE comment_id IN (<ids>) ORDER BY created_at, id")
                .bindList("ids", List.copyOf(commentIds)).map(ROWS).list();
    }

    Path file(String id) {
        return folder.resolve(id);
    }

    private static long receive(InputStream content, Path part, long maxBytes) throws IOException {
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
                if (size > maxBytes) {
                    throw new ApiException(Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "files are limited to " + maxBytes / (1024 * 1024) + " MB"),
                            Map.of());
                }
                out.write(buffer, 0, read);
            }
        }
        if (size == 0) {
            throw new ApiException(ProblemType.VALIDATION, "the file is empty");
        }
        return size;
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
