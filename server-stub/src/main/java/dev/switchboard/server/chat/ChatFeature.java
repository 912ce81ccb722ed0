package dev.switchboard.server.chat;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.distribution.Distribution;
import dev.switchboard.server.infra.AddressLimits;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.server.routingrules.RoutingPreview;
import dev.switchboard.server.sites.SiteService;
import dev.switchboard.server.visitors.Visitors;
import java.time.Duration;

/**
 * Chats between visitors and agents, given out by the work distribution engine as a kind of work: both sockets' chat messages,
 * {@code /api/v1/conversations}, attachments, chat settings and the queue. Publishes {@link Chat}
 * and the {@link RoutingPreview} the routing rules' dry run asks.
 */
public final class ChatFeature implements BackendFeature {

    /** The queue is given out at once when an agent frees up, and at this pace in any case. */
    private static final Duration DRAIN = Duration.ofSeconds(1);

    private final UploadLimits uploads;
    private final AddressLimits addressLimits;

    /**
     * @param uploads       how many files, and bytes, chats and visitors may upload
     * @param addressLimits how many chats one client address may start and have waiting
     */
    public ChatFeature(UploadLimits uploads, AddressLimits addressLimits) {
        this.uploads = uploads;
        this.addressLimits = addressLimits;
    }

    @Override
    public void install(FeatureContext context) {
        Chat chat = new Chat(context.jdbi(), context.clock(), context.dataDir(), context.require(Visitors.class),
                context.require(AgentSocket.class), context.require(AgentDirectory.class), context.require(Callers.class),
                context.require(SiteService.class), context.require(Distribution.class), context.require(AuditLog.class), uploads, addressLimits);
        context.routes(chat.routes().toArray(HttpApi.Routes[]::new));
        context.every(DRAIN, DRAIN, "draining the chat queue", chat::drainQueue);
        context.onClose("chat writers", chat::close);
        context.publish(Chat.class, chat);
        context.publish(RoutingPreview.class, chat::previewRouting);
    }
}
