package dev.switchboard.server.chat;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.distribution.Distribution;
import dev.switchboard.server.distribution.QueueRoutes;
import dev.switchboard.server.distribution.RoutingDecision;
import dev.switchboard.server.distribution.RoutingRequest;
import dev.switchboard.server.distribution.WorkQueue;
import dev.switchboard.server.infra.AddressLimits;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.invitations.InvitationService;
import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.server.sensitive.MessageScreen;
import dev.switchboard.server.sites.Site;
import dev.switchboard.server.sites.SiteService;
import dev.switchboard.server.visitors.Visitors;
import dev.switchboard.shared.visitors.PrechatForm;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * The chat feature, assembled: conversations, both sockets' messages and the REST API. Chats are
 * work the distribution engine gives out: the feature registers them as a kind of work with the
 * engine, which tells it of assignments, offers and places (ADR 0010).
 */
public final class Chat {

    private final ChatService service;
    private final WorkQueue work;
    private final ChatRoutes routes;
    private final AttachmentRoutes attachmentRoutes;
    private final QueueRoutes queueRoutes;
    private final ChatReceipts receipts;
    private final OrphanedChats orphans;

    /**
     * @param distribution  the engine that gives chats to agents
     * @param uploads       how many files, and bytes, chats and visitors may upload
     * @param addressLimits how many chats one client address may start and have waiting
     * @param screen        checks agents' messages for sensitive words and flags visitors'
     * @param reconnectGrace how long an agent who disconnected keeps their chats (ADR 0013)
     */
    public Chat(Jdbi jdbi, Clock clock, Path dataDir, Visitors visitors, AgentSocket agentSocket, AgentDirectory agents,
                Callers callers, SiteService sites, Distribution distribution, InvitationService invitations, AuditLog audit,
                UploadLimits uploads, AddressLimits addressLimits, MessageScreen screen, Duration reconnectGrace) {
        ChatDelivery delivery = new ChatDelivery(jdbi, visitors.tracker(), agentSocket);
        screen.tellWatchers(delivery::watchersOf);
        // the visitor list shows who is in a chat; chats open before a restart count too
        visitors.tracker().chatsOpen(jdbi.withHandle(handle -> new ConversationStore().visitorsInOpenChats(handle)));
        Function<String, PrechatForm> forms = siteId -> sites.find(siteId).map(Site::prechat).orElse(PrechatForm.NONE);
        InvitedChats invited = new InvitedChats(jdbi, invitations::acceptedBy);
        this.work = distribution.register(ChatWork.KIND, new ChatWork(jdbi, delivery, visitors.tracker(), forms, invited, audit));
        AttachmentStore files = new AttachmentStore(jdbi, dataDir, uploads, PictureReader.standard());
        this.service = new ChatService(jdbi, clock, delivery, files, work, screen);
        ChatStarts starts = new ChatStarts(jdbi, clock, service, delivery, forms, new ChatStartLimits(jdbi, clock, addressLimits), work, invited);
        this.receipts = new ChatReceipts(jdbi, delivery);
        VisitorDrafts drafts = new VisitorDrafts(service, delivery, siteId -> sites.find(siteId).map(Site::typingPreview).orElse(false), clock);
        this.orphans = new OrphanedChats(jdbi, clock, reconnectGrace, service, delivery, work, agents);
        ChatSocketHandlers handlers = new ChatSocketHandlers(service, starts, new ChatHandover(jdbi, clock, service, delivery, work, agents, audit),
                new ChatPicking(work), work, new VisitorChatView(jdbi, service), receipts, drafts);
        visitors.addHandler(handlers.forVisitors());
        agentSocket.addHandler(handlers.forAgents());
        this.routes = new ChatRoutes(service, callers);
        this.attachmentRoutes = new AttachmentRoutes(new ChatAttachments(jdbi, clock, service, files), callers, visitors.service(), sites);
        this.queueRoutes = new QueueRoutes(work, callers);
    }

    public List<HttpApi.Routes> routes() {
        return List.of(routes, attachmentRoutes, queueRoutes);
    }

    /** Gives queued chats to agents who became free; runs on a timer and after changes that free agents. */
    public void drainQueue() {
        work.drain();
    }

    /** Puts the chats of agents who signed out, or stayed offline past the grace period, back into the queue; runs on a timer. */
    public void requeueOrphans() {
        orphans.sweep();
    }

    /** Routes a request on the current rules and agents as a new chat would be, without assigning or reserving anything. */
    public RoutingDecision previewRouting(RoutingRequest request) {
        return work.preview(request);
    }

    /** Runs {@code hook} in the transaction that ends each chat (see {@link ChatEndHook}). */
    public void onEnded(ChatEndHook hook) {
        service.onEnded(hook);
    }

    /** Says a text from the backend in a chat, once per {@code clientId} (see {@link ChatService#say}); false when it was said already. */
    public boolean say(long conversationId, String clientId, String text) {
        return service.say(conversationId, clientId, text);
    }

    /** Ends a chat the backend closes by itself. */
    public void endBySystem(long conversationId) {
        service.endBySystem(conversationId);
    }

    /** Offers a waiting chat's visitor to leave a message (their group is closed), as when they wait too long. */
    public void offerLeaveMessage(long conversationId) {
        service.offerLeaveMessage(conversationId);
    }

    /** Stores the messages still queued; call after the HTTP server stopped and before the database closes. */
    public void close() {
        service.close();
        receipts.close();
    }

    public ChatService service() {
        return service;
    }
}
