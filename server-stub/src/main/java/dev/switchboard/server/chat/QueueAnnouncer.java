package dev.switchboard.server.chat;

import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells waiting visitors their place in their group's queue and the estimated wait, and offers to
 * leave a message to those who waited longer than the group allows or whose group has nobody
 * online. One pass over the queue with what it needs read once, so a long queue costs a few
 * queries, not a few per chat. Called only under the assigner's lock.
 */
final class QueueAnnouncer {

    private static final Logger LOG = LoggerFactory.getLogger(QueueAnnouncer.class);
    /** Recent handle times move slowly; reading them scans the day's ended chats, so not on every announcement. */
    private static final Duration HANDLE_TIME_REFRESH = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ChatDelivery delivery;
    private final ConversationStore store = new ConversationStore();
    /** What each waiting visitor was told last. */
    private final Map<Long, ChatMessages.Status> told = new HashMap<>();
    private int handleSeconds;
    private Instant handleSecondsRead;

    QueueAnnouncer(Jdbi jdbi, Clock clock, ChatDelivery delivery) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.delivery = delivery;
    }

    /**
     * Announces to the waiting visitors of {@code queue} (in serving order).
     *
     * @param everyone true: every visitor hears their place again (the once-a-second refresh, which
     *                 also reaches pages opened since); false: only visitors not told yet and those
     *                 now offered to leave a message, so that a burst of changes does not send
     *                 the whole queue again each time
     */
    void announce(List<ConversationStore.Waiting> queue, boolean everyone) {
        Set<Long> waiting = new HashSet<>();
        queue.forEach(w -> waiting.add(w.conversation().id()));
        told.keySet().retainAll(waiting);
        if (queue.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<Long, Integer> online = jdbi.withHandle(store::onlineByGroup);
        Map<Long, RoutingSnapshot.GroupTimings> timings = new HashMap<>();
        Map<Long, Integer> places = new HashMap<>();
        List<ChatMessages.Status> statuses = new ArrayList<>();
        List<Long> newlyOffered = new ArrayList<>();
        for (ConversationStore.Waiting chat : queue) {
            Long group = chat.conversation().groupId();
            if (group == null) {
                // just started and not routed yet: its own routing announces it
                continue;
            }
            int position = places.merge(group, 1, Integer::sum);
            RoutingSnapshot.GroupTimings groupTimings = timings.computeIfAbsent(group, id -> jdbi.withHandle(h -> RoutingSnapshot.timings(h, id)));
            ChatMessages.Status status = status(chat, position, online.getOrDefault(group, 0), groupTimings, now, newlyOffered);
            ChatMessages.Status before = told.get(status.conversationId());
            if (everyone || before == null || !before.leaveMessage().equals(status.leaveMessage())) {
                statuses.add(status);
            }
        }
        send(queue, statuses, newlyOffered);
    }

    /** Announces to one chat just queued (or asked for again); the places of the others are refreshed within a second. */
    void announceOne(long conversationId) {
        jdbi.withHandle(handle -> store.waiting(handle, conversationId)).ifPresent(chat -> {
            Long group = chat.conversation().groupId();
            if (group == null) {
                return;
            }
            int ahead = jdbi.withHandle(handle -> store.queuedAhead(handle, group, conversationId));
            int online = jdbi.withHandle(store::onlineByGroup).getOrDefault(group, 0);
            RoutingSnapshot.GroupTimings timings = jdbi.withHandle(handle -> RoutingSnapshot.timings(handle, group));
            List<Long> newlyOffered = new ArrayList<>();
            ChatMessages.Status status = status(chat, ahead + 1, online, timings, clock.instant(), newlyOffered);
            send(List.of(chat), List.of(status), newlyOffered);
        });
    }

    private ChatMessages.Status status(ConversationStore.Waiting chat, int position, int online, RoutingSnapshot.GroupTimings timings,
                                       Instant now, List<Long> newlyOffered) {
        Conversation conversation = chat.conversation();
        boolean leaveMessage = chat.leaveMessageOffered() || online == 0
                || conversation.createdAt().plusSeconds(timings.maxWaitSeconds()).isBefore(now);
        if (leaveMessage && !chat.leaveMessageOffered()) {
            newlyOffered.add(conversation.id());
            LOG.info("visitor offered to leave a message: conversation={} online={}", conversation.id(), online);
        }
        int estimate = position * handleSeconds(now) / Math.max(1, online);
        return new ChatMessages.Status(conversation.id(), ConversationStatus.QUEUED, position, null, estimate, leaveMessage);
    }

    private void send(List<ConversationStore.Waiting> chats, List<ChatMessages.Status> statuses, List<Long> newlyOffered) {
        if (!newlyOffered.isEmpty()) {
            jdbi.useTransaction(handle -> store.markLeaveMessageOffered(handle, newlyOffered));
        }
        Map<Long, String> visitorOf = new HashMap<>();
        chats.forEach(chat -> visitorOf.put(chat.conversation().id(), chat.conversation().visitorId()));
        for (ChatMessages.Status status : statuses) {
            told.put(status.conversationId(), status);
            delivery.toVisitor(visitorOf.get(status.conversationId()), ChatMessages.STATUS, status);
        }
    }

    private int handleSeconds(Instant now) {
        if (handleSecondsRead == null || !now.isBefore(handleSecondsRead.plus(HANDLE_TIME_REFRESH)) || now.isBefore(handleSecondsRead)) {
            handleSeconds = jdbi.withHandle(handle -> RoutingSnapshot.averageHandleSeconds(handle, now));
            handleSecondsRead = now;
        }
        return handleSeconds;
    }
}
