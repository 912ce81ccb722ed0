package dev.switchboard.app.chat;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.shared.chat.Attachment;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.MessagePage;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.shared.visitors.VisitorDetail;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** {@link ChatRest} over the REST API with the session's token, on the I/O executor. */
public final class RestChatApi implements ChatRest {

    private final ApiClient api;
    private final ServerUrl server;
    private final String token;
    private final Executor io;

    public RestChatApi(ApiClient api, ServerUrl server, String token, Executor io) {
        this.api = api;
        this.server = server;
        this.token = token;
        this.io = io;
    }

    @Override
    public CompletableFuture<Conversation> conversation(long conversationId) {
        return CompletableFuture.supplyAsync(() -> api.conversation(server, token, conversationId), io);
    }

    @Override
    public CompletableFuture<MessagePage> messages(long conversationId, long after) {
        return CompletableFuture.supplyAsync(() -> api.messages(server, token, conversationId, after), io);
    }

    @Override
    public CompletableFuture<Attachment> upload(long conversationId, String fileName, byte[] content) {
        return CompletableFuture.supplyAsync(() -> api.upload(server, token, conversationId, fileName, content), io);
    }

    @Override
    public CompletableFuture<byte[]> download(String attachmentId, boolean thumbnail) {
        return CompletableFuture.supplyAsync(() -> api.download(server, token, attachmentId, thumbnail), io);
    }

    @Override
    public CompletableFuture<VisitorDetail> visitor(String visitorId) {
        return CompletableFuture.supplyAsync(() -> api.visitorDetail(server, token, visitorId), io);
    }

    @Override
    public CompletableFuture<java.util.List<dev.switchboard.shared.chat.AgentWorkload>> workload() {
        return CompletableFuture.supplyAsync(() -> api.workload(server, token), io);
    }

    @Override
    public CompletableFuture<PrechatForm> prechatForm(String site) {
        return CompletableFuture.supplyAsync(() -> api.prechatForm(server, token, site), io);
    }
}
