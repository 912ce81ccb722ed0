package dev.switchboard.server.tickets;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.tickets.TicketAttachment;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a channel received with one message (a mail's attachments and inline pictures),
 * staged and checked exactly as agents' uploads are ({@link TicketAttachmentStore}: name, size,
 * sniffed content) before any row is written. A file that fails a check is not thrown but listed in
 * {@link #refused()}, so one bad attachment never fails the message it came with. The rows go in
 * with the channel's transaction ({@link TicketChannels.Intake}); after it committed {@link #keep()}
 * moves the files into place, and {@link #close()} deletes whatever was not kept.
 */
public final class ChannelFiles implements AutoCloseable {

    /** A file not taken, and why (the upload's own words: too large, a program, an unknown content). */
    public record Refused(String name, String reason) {
    }

    private final TicketAttachmentStore store;
    private final List<TicketAttachmentStore.Staged> staged = new ArrayList<>();
    private final List<Refused> refused = new ArrayList<>();

    ChannelFiles(TicketAttachmentStore store) {
        this.store = store;
    }

    /** Receives one file, read no further than the uploads' limit; refused (and noted) when it is not one uploads would take. */
    public void add(String name, InputStream content) {
        if (staged.size() >= TicketAttachment.PER_COMMENT_MAX) {
            refused.add(new Refused(name, "a message keeps at most " + TicketAttachment.PER_COMMENT_MAX + " files"));
            return;
        }
        try {
            staged.add(store.stage(name, content, TicketAttachment.MAX_BYTES));
        } catch (ApiException notTaken) {
            refused.add(new Refused(name, notTaken.problem().detail()));
        }
    }

    public List<Refused> refused() {
        return List.copyOf(refused);
    }

    public boolean isEmpty() {
        return staged.isEmpty();
    }

    /** The files' rows, in the channel's transaction; {@code commentId} null for files of a new ticket. */
    List<TicketAttachment> insert(ChangeLog.Tx tx, long ticketId, Long commentId, String uploader) {
        return staged.stream().map(file -> TicketAttachmentStore.insert(tx.handle(), file, ticketId, commentId, uploader, tx.now())).toList();
    }

    /** After the commit: the files move into place. */
    public void keep() {
        store.keep(staged);
        staged.clear();
    }

    /** Whatever was not kept (nothing committed, or the message was taken in before) is deleted. */
    @Override
    public void close() {
        store.discard(staged);
        staged.clear();
    }
}
