package dev.switchboard.server.chat;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.chat.Attachment;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.problem.ProblemType;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * The files of chats: who may upload one (whoever may write into the chat, while it is not over)
 * and who may read one (the chat's participants, past and present). A file is sent by a message
 * naming it ({@link ChatService#post}).
 */
final class ChatAttachments {

    private final Jdbi jdbi;
    private final Clock clock;
    private final ChatService chats;
    private final AttachmentStore attachments;
    private final ConversationStore store = new ConversationStore();

    ChatAttachments(Jdbi jdbi, Clock clock, ChatService chats, AttachmentStore attachments) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.chats = chats;
        this.attachments = attachments;
    }

    /** Stores a file for a conversation the author may write to; it is sent by a message naming it. */
    Attachment upload(ChatAuthor author, long conversationId, String fileName, InputStream content) {
        Conversation conversation = chats.writableBy(author, conversationId);
        if (conversation.status() == ConversationStatus.ENDED) {
            throw new ApiException(ProblemType.CONFLICT, "the conversation has ended");
        }
        return attachments.save(conversationId, uploaderOf(author), author instanceof ChatAuthor.Visitor, fileName, content, clock.instant());
    }

    /** A file of a conversation the reader may read, and where its bytes are. */
    AttachmentStore.Stored download(ChatAuthor author, String attachmentId) {
        AttachmentStore.Stored stored = attachments.find(attachmentId).orElseThrow(() -> ApiException.notFound("attachment"));
        try {
            // files follow the chat's participants, past and present: whoever has the chat now sees the pictures
            // sent before them, and an agent who handed it over still sees those in the tab they keep
            long conversationId = stored.conversationId();
            jdbi.useHandle(handle -> ChatAccess.require(author, conversationId,
                    store.findWithoutRouting(handle, conversationId).map(Conversation::visitorId).orElse(null),
                    agentId -> store.tookPart(handle, conversationId, agentId), false, false));
        } catch (ApiException e) {
            // whether it exists is nobody else's business
            throw ApiException.notFound("attachment");
        }
        return stored;
    }

    Path file(String attachmentId, boolean thumbnail) {
        return attachments.file(attachmentId, thumbnail);
    }

    /** Who uploaded a file, as the store keeps it: only its uploader may send it. */
    static String uploaderOf(ChatAuthor author) {
        return author instanceof ChatAuthor.Agent agent ? "agent:" + agent.principal().agentId() : "visitor:" + ((ChatAuthor.Visitor) author).visitorId();
    }
}
