package dev.switchboard.app.chat;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.net.SessionApi;
import dev.switchboard.shared.chat.AgentWorkload;
import dev.switchboard.shared.chat.Attachment;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.MessagePage;
import dev.switchboard.shared.sensitive.SensitiveWordSettings;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.shared.visitors.VisitorDetail;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** {@link ChatRest} over the REST API with the session's token, on the I/O executor. */
public final class RestChatApi implements ChatRest {

    private final SessionApi api;

    public RestChatApi(ApiClient api, ServerUrl server, String token, Executor io) {
        this.api = new SessionApi(api, server, token, io);
    }

    /** {@code GET /api/v1/conversations/{id}}; 403 when the agent is not (any more) in it. */
    @Override
    public CompletableFuture<Conversation> conversation(long conversationId) {
        return api.get(ApiPath.of("conversations", conversationId), Conversation.class);
    }

    /** {@code GET /api/v1/conversations/{id}/messages?after=SEQ}: one page of messages after {@code after}. */
    @Override
    public CompletableFuture<MessagePage> messages(long conversationId, long after) {
        return api.get(ApiPath.of("conversations", conversationId, "messages").query("after", after), MessagePage.class);
    }

    /** {@code POST /api/v1/conversations/{id}/attachments?name=}: 413 when too large, 415 for a forbidden type. */
    @Override
    public CompletableFuture<Attachment> upload(long conversationId, String fileName, byte[] content) {
        return api.send("POST", ApiPath.of("conversations", conversationId, "attachments").query("name", fileName), content,
                Attachment.class);
    }

    /** {@code GET /api/v1/attachments/{id}[?thumbnail=true]}: the file's bytes. */
    @Override
    public CompletableFuture<byte[]> download(String attachmentId, boolean thumbnail) {
        return api.get(ApiPath.of("attachments", attachmentId).query("thumbnail", thumbnail ? "true" : null), byte[].class);
    }

    /** {@code GET /api/v1/visitors/{id}}: the visitor with the current visit's trail and earlier visits. */
    @Override
    public CompletableFuture<VisitorDetail> visitor(String visitorId) {
        return api.get(ApiPath.of("visitors", visitorId), VisitorDetail.class);
    }

    /** {@code GET /api/v1/workload}: every agent's chats against their limit. */
    @Override
    public CompletableFuture<List<AgentWorkload>> workload() {
        return api.get(ApiPath.of("workload"), AgentWorkload[].class).thenApply(List::of);
    }

    /** {@code GET /api/v1/sites/{site}/prechat-form}: the fields a site's visitors fill before a chat, with their labels. */
    @Override
    public CompletableFuture<PrechatForm> prechatForm(String site) {
        return api.get(ApiPath.of("sites", site, "prechat-form"), PrechatForm.class);
    }

    /** {@code GET /api/v1/sensitive-words}: the words an agent's message is held for, and whether it may be sent anyway. */
    public CompletableFuture<SensitiveWordSettings> sensitiveWords() {
        return api.get(ApiPath.of("sensitive-words"), SensitiveWordSettings.class);
    }
}
