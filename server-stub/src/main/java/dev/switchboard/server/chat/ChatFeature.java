package dev.switchboard.server.chat;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.distribution.Distribution;
import dev.switchboard.server.infra.AddressLimits;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.invitations.InvitationService;
import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.server.routingrules.RoutingPreview;
import dev.switchboard.server.sensitive.MessageScreen;
import dev.switchboard.server.sites.SiteService;
import dev.switchboard.server.visitors.Visitors;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.sync.EntityTypes;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chats between visitors and agents, given out by the work distribution engine as a kind of work: both sockets' chat messages,
 * {@code /api/v1/conversations}, attachments, chat settings and the queue. Publishes {@link Chat}
 * and the {@link RoutingPreview} the routing rules' dry run asks.
 */
public final class ChatFeature implements BackendFeature {

    private static final Logger LOG = LoggerFactory.getLogger(ChatFeature.class);

    /** The queue is given out at once when an agent frees up, and at this pace in any case. */
    private static final Duration DRAIN = Duration.ofSeconds(1);

    /** How often chats of agents who left are looked for (besides whenever an agent goes offline). */
    private static final Duration ORPHAN_CHECK = Duration.ofSeconds(5);

    private final UploadLimits uploads;
    private final AddressLimits addressLimits;
    private final Duration reconnectGrace;

    /**
     * @param uploads       how many files, and bytes, chats and visitors may upload
     * @param addressLimits how many chats one client address may start and have waiting
     * @param reconnectGrace how long an agent who disconnected keeps their chats before they go back to the queue
     */
    public ChatFeature(UploadLimits uploads, AddressLimits addressLimits, Duration reconnectGrace) {
        this.uploads = uploads;
        this.addressLimits = addressLimits;
        this.reconnectGrace = reconnectGrace;
    }

    @Override
    public void install(FeatureContext context) {
        Chat chat = new Chat(context.jdbi(), context.clock(), context.dataDir(), context.require(Visitors.class),
                context.require(AgentSocket.class), context.require(AgentDirectory.class), context.require(Callers.class),
                context.require(SiteService.class), context.require(Distribution.class), context.require(InvitationService.class),
                context.require(AuditLog.class), uploads, addressLimits, context.require(MessageScreen.class), reconnectGrace);
        context.routes(chat.routes().toArray(HttpApi.Routes[]::new));
        context.routes(new ChatSettingsRoutes(new ChatSettings(context.jdbi(), context.require(ChangeLog.class)), context.require(Callers.class)));
        context.every(DRAIN, DRAIN, "draining the chat queue", chat::drainQueue);
        context.every(ORPHAN_CHECK, ORPHAN_CHECK, "requeueing chats of agents who left", chat::requeueOrphans);
        // an agent who signs out (or goes offline with no grace) leaves their chats at once, not at the next check
        context.require(ChangeLog.class).addListener(change -> {
            if (EntityTypes.AGENT.equals(change.entity()) && change.data() != null
                    && AgentStatus.OFFLINE.name().equals(change.data().path("status").asText())) {
                try {
                    context.timers().execute(() -> {
                        try {
                            chat.requeueOrphans();
                        } catch (RuntimeException e) {
                            LOG.error("requeueing the chats of an agent who left failed", e);
                        }
                    });
                } catch (java.util.concurrent.RejectedExecutionException stopping) {
                    LOG.debug("not requeueing at shutdown: the chats are requeued at the next start");
                }
            }
        });
        context.onClose("chat writers", chat::close);
        context.publish(Chat.class, chat);
        context.publish(RoutingPreview.class, chat::previewRouting);
    }
}
