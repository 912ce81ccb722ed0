package dev.switchboard.server.chat;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.AddressLimits;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.server.distribution.Router;
import dev.switchboard.server.distribution.RoutingDecision;
import dev.switchboard.server.distribution.RoutingRequest;
import dev.switchboard.server.distribution.RoutingRule;
import dev.switchboard.server.visitors.VisitorListener;
import dev.switchboard.server.visitors.Visitors;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.sync.EntityTypes;
import dev.switchboard.shared.visitors.CustomerLevels;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.server.sites.Site;
import dev.switchboard.server.sites.SiteService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/** The chat feature, assembled: conversations, routing to agents, both sockets' messages and the REST API. */
public final class Chat {

    /** How often queue changes are looked for and sent to workstations that may get one. */
    private static final long QUEUE_TICK_MILLIS = 250;

    private final ChatService service;
    private final ChatAssigner assigner;
    private final ChatRoutes routes;
    private final AttachmentRoutes attachmentRoutes;
    private final ChatSettingsRoutes settingsRoutes;
    private final QueueRoutes queueRoutes;
    private final Jdbi jdbi;
    private final Clock clock;
    private final Supplier<List<RoutingRule>> rules;
    private final ChatReceipts receipts;

    /**
     * @param rules         the enabled routing rules in order, read for every decision: keep them in memory
     * @param uploads       how many files, and bytes, chats and visitors may upload
     * @param addressLimits how many chats one client address may start and have waiting
     */
    public Chat(Jdbi jdbi, Clock clock, Path dataDir, Visitors visitors, AgentSocket agentSocket, AgentDirectory agents,
                ChangeLog changeLog, Callers callers, ScheduledExecutorService background, SiteService sites,
                Supplier<List<RoutingRule>> rules, UploadLimits uploads, AddressLimits addressLimits) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.rules = rules;
        ChatDelivery delivery = new ChatDelivery(jdbi, visitors.tracker(), agentSocket);
        Function<String, PrechatForm> forms = siteId -> sites.find(siteId).map(Site::prechat).orElse(PrechatForm.NONE);
        this.service = new ChatService(jdbi, clock, delivery, new AttachmentStore(jdbi, dataDir, uploads, PictureReader.standard()), forms,
                new ChatStartLimits(jdbi, clock, addressLimits));
        QueueFeed queues = new QueueFeed(jdbi, clock);
        this.assigner = new ChatAssigner(jdbi, clock, visitors.tracker(), service, delivery, queues, background, rules, forms);
        service.setAssigner(assigner);
        this.receipts = new ChatReceipts(jdbi, delivery);
        ChatSocketHandlers handlers = new ChatSocketHandlers(service, new ChatHandover(jdbi, clock, service, delivery, assigner, agents), assigner,
                queues, new VisitorChatView(jdbi, service), receipts);
        visitors.addHandler(handlers.forVisitors());
        agentSocket.addHandler(handlers.forAgents());
        this.routes = new ChatRoutes(service, callers);
        this.attachmentRoutes = new AttachmentRoutes(service, callers, visitors.service(), sites);
        this.settingsRoutes = new ChatSettingsRoutes(new ChatSettings(jdbi), callers);
        this.queueRoutes = new QueueRoutes(queues, callers);
        // an agent who comes online, or frees up, takes the longest-waiting chat at once
        changeLog.addListener(change -> {
            if (EntityTypes.AGENT.equals(change.entity()) && change.data() != null
                    && AgentStatus.ONLINE.name().equals(change.data().path("status").asText())) {
                assigner.drainQueueLater();
            }
            if (EntityTypes.AGENT.equals(change.entity())) {
                queues.agentsChanged();
            } else if (EntityTypes.GROUP.equals(change.entity())) {
                queues.groupsChanged();
            }
        });
        // a visitor made VIP while waiting moves ahead now, not only in their next chat
        visitors.addListener(new VisitorListener() {
            @Override
            public void customerLevelChanged(String visitorId, String level) {
                assigner.reprioritize(visitorId, CustomerLevels.priority(level));
            }
        });
        background.scheduleWithFixedDelay(queues::tick, QUEUE_TICK_MILLIS, QUEUE_TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    public List<HttpApi.Routes> routes() {
        return List.of(routes, attachmentRoutes, settingsRoutes, queueRoutes);
    }

    /** Gives queued chats to agents who became free; runs on a timer and after changes that free agents. */
    public void drainQueue() {
        assigner.drainQueue();
    }

    /** Routes a request on the current rules and agents as a new chat would be, without assigning or reserving anything. */
    public RoutingDecision previewRouting(RoutingRequest request) {
        return Router.route(request, jdbi.withHandle(handle -> assigner.preview(handle, request.visitorId())));
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
