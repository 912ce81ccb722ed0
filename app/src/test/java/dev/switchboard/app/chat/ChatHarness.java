package dev.switchboard.app.chat;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.testing.FakeChatLink;
import dev.switchboard.app.testing.FakeChatRest;
import dev.switchboard.app.testing.ManualScheduler;
import dev.switchboard.app.testing.MutableClock;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.SenderType;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.ws.Envelope;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A chat service on a real cache file with a scripted socket, REST and hand-run time; it can be
 * restarted on the same cache as a workstation would be.
 */
final class ChatHarness implements AutoCloseable {

    static final long SELF = 7;
    static final Instant START = Instant.parse("2026-11-24T09:00:00Z");

    final FakeChatLink link = new FakeChatLink();
    final FakeChatRest rest = new FakeChatRest();
    final ManualScheduler scheduler = new ManualScheduler();
    final MutableClock clock = new MutableClock(START);
    private final Path home;
    private CacheDatabase cache;
    private ExecutorService serial;
    private ChatService chats;

    ChatHarness(Path home) {
        this.home = home;
        start();
    }

    private void start() {
        cache = CacheDatabase.open(home, clock, ChatStore.MIGRATIONS);
        serial = Executors.newSingleThreadExecutor();
        chats = new ChatService(SELF, new ChatService.Services(new ChatStore(cache), link, rest, serial, scheduler, clock), snapshot -> { });
        chats.load().join();
    }

    ChatService chats() {
        return chats;
    }

    /** Stops as a closing workstation does (what is written stays), and starts again on the same cache. */
    void restart() {
        chats.flushed().join();
        serial.shutdown();
        cache.close();
        start();
    }

    /** The socket connects and the server announces these chats again. */
    void connect(Conversation... announced) {
        link.online(true);
        chats.connectionChanged(true);
        for (Conversation conversation : announced) {
            receive("chat.assigned", conversation);
        }
        for (Conversation conversation : announced) {
            await(conversation.id(), chat -> chat.phase() == ChatPhase.OPEN);
        }
    }

    void drop() {
        link.offline();
        chats.connectionChanged(false);
    }

    void receive(String type, Object payload) {
        chats.received(new Envelope(type, null, null, Json.mapper().valueToTree(payload)));
    }

    /** Waits (with a deadline) until the chat shows and meets the condition. */
    Chat await(long conversationId, Predicate<Chat> condition) {
        awaitSnapshot("chat " + conversationId, snapshot -> snapshot.chat(conversationId).filter(condition).isPresent());
        return chats.snapshot().chat(conversationId).orElseThrow();
    }

    void awaitSnapshot(String what, Predicate<ChatsSnapshot> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (condition.test(chats.snapshot())) {
                return;
            }
            pause();
        }
        throw new AssertionError(what + " did not reach the expected state; now: " + chats.snapshot());
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits until the service has handled everything handed to it so far. */
    void settle() {
        chats.flushed().join();
    }

    static Conversation conversation(long id, String visitorName) {
        return new Conversation(id, "v-" + id, "default", ConversationStatus.ACTIVE, 1L, SELF, Map.of("name", visitorName), 0,
                START, START, null, null, null);
    }

    static ChatMessage fromVisitor(long conversationId, long seq, String text) {
        return new ChatMessage(conversationId, seq, "v-" + seq, SenderType.VISITOR, null, null, MessageKind.TEXT, text, START, null, null);
    }

    static ChatMessage fromSelf(long conversationId, long seq, String clientId, String text) {
        return new ChatMessage(conversationId, seq, clientId, SenderType.AGENT, SELF, "Alice", MessageKind.TEXT, text, START, null, null);
    }

    @Override
    public void close() {
        serial.shutdownNow();
        cache.close();
    }
}
