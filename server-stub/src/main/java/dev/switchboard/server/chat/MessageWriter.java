package dev.switchboard.server.chat;

import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.SenderType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.generic.GenericType;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the messages people post, many at a time: one thread takes whatever was posted while it
 * wrote the previous batch and stores it with a few set-based statements and one commit (group
 * commit). A post is answered only after its commit (ADR 4). Sequence counters are locked in
 * ascending conversation order, as the queue drain locks them, so the two cannot deadlock.
 */
final class MessageWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MessageWriter.class);
    private static final int MAX_BATCH = 500;
    private static final GenericType<Map<Long, Long>> LAST_SEQ_BY_CONVERSATION = new GenericType<>() { };
    private static final GenericType<Map<Long, String>> NAMES_BY_ID = new GenericType<>() { };

    /**
     * A message as its sender posted it.
     *
     * @param ended the conversation had ended: only a copy stored earlier under the same clientId may be answered
     */
    record Post(long conversationId, String clientId, SenderType sender, Long agentId, MessageKind kind, String body, String attachmentId,
                boolean ended, Instant at) {

        String key() {
            return conversationId + "/" + sender + "/" + clientId;
        }
    }

    /** What became of a post: stored now, or earlier under the same clientId; no message when it was refused (the chat had ended). */
    record Stored(ChatMessage message, boolean isNew) {
    }

    private record Task(Post post, CompletableFuture<Stored> result) {
    }

    private final Jdbi jdbi;
    private final ConversationStore store = new ConversationStore();
    private final BlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    MessageWriter(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.thread = new Thread(this::run, "chat-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues a post; the future completes after its commit. */
    CompletableFuture<Stored> submit(Post post) {
        CompletableFuture<Stored> result = new CompletableFuture<>();
        if (!running) {
            result.completeExceptionally(new IllegalStateException("the message writer is closed"));
            return result;
        }
        queue.add(new Task(post, result));
        return result;
    }

    private void run() {
        List<Task> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Task first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, MAX_BATCH - 1);
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Task> batch) {
        List<Stored> results;
        try {
            results = jdbi.inTransaction(handle -> store(handle, batch.stream().map(Task::post).toList()));
        } catch (RuntimeException batchFailure) {
            // one post broke the shared transaction: store each alone, so that only that one fails
            for (Task task : batch) {
                try {
                    task.result().complete(jdbi.inTransaction(handle -> store(handle, List.of(task.post()))).get(0));
                } catch (RuntimeException e) {
                    LOG.debug("storing a message failed", e);
                    task.result().completeExceptionally(e);
                }
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result().complete(results.get(i));
        }
    }

    /** Stores the posts in the handle's transaction; answers in the posts' order. */
    private List<Stored> store(Handle handle, List<Post> posts) {
        Map<String, ChatMessage> earlier = earlier(handle, posts);
        Map<String, Post> fresh = new LinkedHashMap<>();
        for (Post post : posts) {
            if (!post.ended() && !earlier.containsKey(post.key())) {
                fresh.putIfAbsent(post.key(), post);
            }
        }
        Map<String, ChatMessage> stored = fresh.isEmpty() ? Map.of() : append(handle, List.copyOf(fresh.values()));
        List<Stored> answers = new ArrayList<>(posts.size());
        for (Post post : posts) {
            ChatMessage before = earlier.get(post.key());
            if (before != null) {
                answers.add(new Stored(before, false));
            } else if (stored.containsKey(post.key())) {
                // a post repeated within the batch is the same message, stored once
                answers.add(new Stored(stored.get(post.key()), fresh.remove(post.key()) != null));
            } else {
                answers.add(new Stored(null, false));
            }
        }
        return answers;
    }

    /** Messages stored earlier under the posts' client ids. */
    private Map<String, ChatMessage> earlier(Handle handle, List<Post> posts) {
        Map<String, ChatMessage> earlier = new HashMap<>();
        // one statement looked up once per post: an index seek each (an IN list over conversations scanned their messages)
        try (PreparedStatement exists = handle.getConnection().prepareStatement(
                "SELECT 1 FROM message WHERE conversation_id = ? AND sender_type = ? AND client_id = ?")) {
            for (Post post : posts) {
                exists.setLong(1, post.conversationId());
                exists.setString(2, post.sender().name());
                exists.setString(3, post.clientId());
                boolean found;
                try (ResultSet row = exists.executeQuery()) {
                    found = row.next();
                }
                if (found && !earlier.containsKey(post.key())) {
                    earlier.put(post.key(), store.messageByClientId(handle, post.conversationId(), post.sender(), post.clientId()).orElseThrow());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("looking for earlier messages failed", e);
        }
        return earlier;
    }

    /** Gives each post its conversation's next seq (in the posts' order) and inserts them all; answers the messages by key. */
    private Map<String, ChatMessage> append(Handle handle, List<Post> posts) {
        TreeMap<Long, List<Post>> byConversation = new TreeMap<>();
        posts.forEach(post -> byConversation.computeIfAbsent(post.conversationId(), id -> new ArrayList<>()).add(post));
        PreparedBatch counters = handle.prepareBatch("UPDATE conversation_seq SET last_seq = last_seq + :n WHERE conversation_id = :c");
        byConversation.forEach((conversation, its) -> counters.bind("n", its.size()).bind("c", conversation).add());
        counters.execute();
        Map<Long, Long> last = handle.createQuery("SELECT conversation_id, last_seq FROM conversation_seq WHERE conversation_id IN (<conversations>)")
                .bindList("conversations", List.copyOf(byConversation.keySet()))
                .setMapKeyColumn("conversation_id").setMapValueColumn("last_seq").collectInto(LAST_SEQ_BY_CONVERSATION);
        Map<Long, String> names = agentNames(handle, posts);

        Map<String, ChatMessage> messages = new HashMap<>();
        PreparedBatch insert = handle.prepareBatch("""
                INSERT INTO message (conversation_id, seq, client_id, sender_type, sender_agent_id, kind, body, attachment_id, created_at)
                VALUES (:c, :seq, :client, :sender, :agent, :kind, :body, :file, :at)""");
        byConversation.forEach((conversation, its) -> {
            long seq = last.get(conversation) - its.size();
            for (Post post : its) {
                seq++;
                // stored to the microsecond: the message answered now is the one read back later
                Instant at = post.at().truncatedTo(ChronoUnit.MICROS);
                insert.bind("c", conversation).bind("seq", seq).bind("client", post.clientId()).bind("sender", post.sender().name())
                        .bind("agent", post.agentId()).bind("kind", post.kind().name()).bind("body", post.body())
                        .bind("file", post.attachmentId()).bind("at", at).add();
                messages.put(post.key(), new ChatMessage(conversation, seq, post.clientId(), post.sender(), post.agentId(),
                        post.agentId() == null ? null : names.get(post.agentId()), post.kind(), post.body(), at, null, null));
            }
        });
        insert.execute();
        for (Post post : posts) {
            if (post.attachmentId() != null) {
                // the file's details come from its own table
                messages.put(post.key(), store.messageByClientId(handle, post.conversationId(), post.sender(), post.clientId()).orElseThrow());
            }
        }
        return messages;
    }

    private static Map<Long, String> agentNames(Handle handle, List<Post> posts) {
        List<Long> agents = posts.stream().map(Post::agentId).filter(id -> id != null).distinct().toList();
        if (agents.isEmpty()) {
            return Map.of();
        }
        return handle.createQuery("SELECT id, display_name FROM agent WHERE id IN (<agents>)").bindList("agents", agents)
                .setMapKeyColumn("id").setMapValueColumn("display_name").collectInto(NAMES_BY_ID);
    }

    /** Stores what is queued, then stops. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
