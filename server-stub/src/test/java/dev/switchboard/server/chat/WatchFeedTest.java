package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.realtime.AgentPeer;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.SenderType;
import dev.switchboard.shared.ws.Envelope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The interleavings of a new watch, one by one: the chat so far and live lines meet in every order
 * a busy backend produces, and the watching socket gets each line once, in order
 * ({@link WatchingABusyChatTest} shows it over real sockets).
 */
class WatchFeedTest {

    private final List<ChatMessage> stored = new ArrayList<>();
    private final Socket socket = new Socket();
    private final WatchFeed feed = new WatchFeed(socket, (after, limit) -> stored.stream().filter(m -> m.seq() > after).limit(limit).toList());

    @Test
    void aLineStoredBeforeTheWatchButPublishedAfterItComesOnce() {
        store(2);
        feed.catchUp();
        // the chat's "joined" line, published late by the thread that stored it
        feed.offer(stored.get(0));

        assertThat(socket.seqs).containsExactly(1L, 2L);
    }

    @Test
    void aLiveLineAheadOfTheChatSoFarWaitsForTheLinesBeforeIt() {
        store(3);
        // stored after the feed was registered, published before the chat so far was read
        feed.offer(stored.get(2));
        feed.catchUp();
        feed.offer(stored.get(1));

        assertThat(socket.seqs).containsExactly(1L, 2L, 3L);
    }

    @Test
    void liveLinesPublishedOutOfOrderGoOutInOrder() {
        store(2);
        feed.catchUp();
        store(2);
        feed.offer(stored.get(3));
        feed.offer(stored.get(2));

        assertThat(socket.seqs).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aLongChatIsSentWholeAcrossPages() {
        store(450);
        feed.catchUp();

        assertThat(socket.seqs).isEqualTo(LongStream.rangeClosed(1, 450).boxed().toList());
    }

    @Test
    void nothingIsSentOnceTheWatchEnded() {
        store(1);
        feed.catchUp();
        feed.close();
        store(1);
        feed.offer(stored.get(1));
        feed.catchUp();

        assertThat(socket.seqs).containsExactly(1L);
    }

    private void store(int lines) {
        for (int i = 0; i < lines; i++) {
            long seq = stored.size() + 1;
            stored.add(new ChatMessage(7, seq, "c-" + seq, SenderType.VISITOR, null, null, MessageKind.TEXT, "line " + seq,
                    Instant.EPOCH, null, null));
        }
    }

    /** A watching workstation: what it was sent. */
    private static final class Socket implements AgentPeer {
        final List<Long> seqs = new ArrayList<>();

        @Override
        public String id() {
            return "socket-1";
        }

        @Override
        public Principal principal() {
            return new Principal(3, "carol", Role.SUPERVISOR, 1);
        }

        @Override
        public void send(Envelope envelope) {
            seqs.add(envelope.seq());
        }

        @Override
        public void sendSerialized(String envelope) {
            throw new UnsupportedOperationException("a feed sends envelopes");
        }

        @Override
        public boolean isOpen() {
            return true;
        }
    }
}
