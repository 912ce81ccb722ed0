package dev.switchboard.app.chat;

import dev.switchboard.shared.chat.Attachment;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.MessagePage;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.shared.visitors.VisitorDetail;
import java.util.concurrent.CompletableFuture;

/**
 * The REST calls of the chat feature, run in the background with the session's token. Failures
 * are {@link dev.switchboard.app.net.ApiException}s, e.g. a 413 or 415 problem for a file.
 */
public interface ChatRest {

    CompletableFuture<Conversation> conversation(long conversationId);

    CompletableFuture<MessagePage> messages(long conversationId, long after);

    CompletableFuture<Attachment> upload(long conversationId, String fileName, byte[] content);

    /** The file's bytes, or its thumbnail's. */
    CompletableFuture<byte[]> download(String attachmentId, boolean thumbnail);

    CompletableFuture<VisitorDetail> visitor(String visitorId);

    /** The pre-chat form of a site, for the labels of the visitor's answers. */
    CompletableFuture<PrechatForm> prechatForm(String site);

    /** Every agent's chats against their limit, for choosing whom to hand a chat to; none where the server is not asked. */
    default CompletableFuture<java.util.List<dev.switchboard.shared.chat.AgentWorkload>> workload() {
        return CompletableFuture.completedFuture(java.util.List.of());
    }
}
