package dev.switchboard.app.testing;

import dev.switchboard.app.chat.ChatRest;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.shared.chat.Attachment;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.MessagePage;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.shared.visitors.VisitorDetail;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The chat REST calls for service tests: conversations and messages the test puts in; anything else is 404. */
public final class FakeChatRest implements ChatRest {

    private final Map<Long, Conversation> conversations = new ConcurrentHashMap<>();
    private final Map<Long, List<ChatMessage>> messages = new ConcurrentHashMap<>();

    public void put(Conversation conversation, List<ChatMessage> history) {
        conversations.put(conversation.id(), conversation);
        messages.put(conversation.id(), new CopyOnWriteArrayList<>(history));
    }

    @Override
    public CompletableFuture<Conversation> conversation(long conversationId) {
        Conversation found = conversations.get(conversationId);
        return found == null ? notFound() : CompletableFuture.completedFuture(found);
    }

    @Override
    public CompletableFuture<MessagePage> messages(long conversationId, long after) {
        List<ChatMessage> history = messages.get(conversationId);
        if (history == null) {
            return notFound();
        }
        return CompletableFuture.completedFuture(new MessagePage(history.stream().filter(m -> m.seq() > after).toList(), false));
    }

    @Override
    public CompletableFuture<Attachment> upload(long conversationId, String fileName, byte[] content) {
        return notFound();
    }

    @Override
    public CompletableFuture<byte[]> download(String attachmentId, boolean thumbnail) {
        return notFound();
    }

    /** The visitors' details the test gave, by id; others are not found. */
    public final Map<String, VisitorDetail> visitors = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<VisitorDetail> visitor(String visitorId) {
        VisitorDetail known = visitors.get(visitorId);
        return known == null ? notFound() : CompletableFuture.completedFuture(known);
    }

    @Override
    public CompletableFuture<PrechatForm> prechatForm(String site) {
        return notFound();
    }

    private static <T> CompletableFuture<T> notFound() {
        return CompletableFuture.failedFuture(new ProblemException(Problem.of(ProblemType.NOT_FOUND, "not here"), Optional.empty()));
    }
}
