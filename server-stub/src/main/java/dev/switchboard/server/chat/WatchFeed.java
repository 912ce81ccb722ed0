package dev.switchboard.server.chat;

import dev.switchboard.server.realtime.AgentPeer;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.ChatMessages;
import java.util.List;

/**
 * One chat as one watching socket receives it: every line exactly once and in {@code seq} order,
 * however the chat so far (read when the watch starts) and the live lines (published by whichever
 * thread stored each, after its commit) interleave. A line that comes ahead of its turn is sent
 * only after the lines before it; those are stored already (a {@code seq} is taken only once the
 * one before it is stored), so they are read from the database rather than waited for. This is
 * ADR 0008's sequencer per receiver: repeats are dropped by {@code seq}, gaps filled from the
 * database.
 *
 * <p>The feed is registered for live lines before it catches up, so no line falls between the two.
 * Sending happens under the feed's lock (queued on the socket, never waiting for the network);
 * reading the database does not.
 */
final class WatchFeed {

    /** The lines of the chat after {@code seq}, notes included, in order, at most {@code limit}. */
    interface Lines {
        List<ChatMessage> after(long seq, int limit);
    }

    private static final int PAGE = 200;

    private final AgentPeer peer;
    private final Lines lines;
    /** The last line sent; every line up to it has been sent. Guarded by this. */
    private long sent;
    /** Set when the watch ends: nothing is sent after that. Guarded by this. */
    private boolean closed;

    WatchFeed(AgentPeer peer, Lines lines) {
        this.peer = peer;
        this.lines = lines;
    }

    AgentPeer peer() {
        return peer;
    }

    /** Sends the chat so far; when it returns, every line stored before it was called has been sent. */
    void catchUp() {
        fill(Long.MAX_VALUE);
    }

    /** A line just stored (or stored earlier and published again). */
    void offer(ChatMessage line) {
        synchronized (this) {
            if (closed || line.seq() <= sent) {
                return;
            }
            if (line.seq() == sent + 1) {
                send(line);
                return;
            }
        }
        // lines before it are stored but not sent here yet: they come first, read from the database
        fill(line.seq());
    }

    /** Stops sending, even from a thread in the middle of {@link #offer} or {@link #catchUp}. */
    synchronized void close() {
        closed = true;
    }

    /** Sends the stored lines after the last one sent, at least up to {@code upTo} (all of them for {@code Long.MAX_VALUE}). */
    private void fill(long upTo) {
        while (true) {
            long from;
            synchronized (this) {
                if (closed || sent >= upTo) {
                    return;
                }
                from = sent;
            }
            List<ChatMessage> page = lines.after(from, PAGE);
            synchronized (this) {
                for (ChatMessage line : page) {
                    // another thread may have sent some of the page meanwhile; the page itself has no gaps
                    if (!closed && line.seq() == sent + 1) {
                        send(line);
                    }
                }
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private void send(ChatMessage line) {
        peer.send(ChatDelivery.envelope(ChatMessages.MESSAGE, line.seq(), line));
        sent = line.seq();
    }
}
