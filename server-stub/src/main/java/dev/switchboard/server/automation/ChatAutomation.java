package dev.switchboard.server.automation;

import dev.switchboard.server.chat.Chat;
import dev.switchboard.server.hours.BusinessHoursService;
import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.shared.automation.AutoMessageSettings;
import dev.switchboard.shared.automation.AutoMessages;
import dev.switchboard.shared.automation.LocalizedText;
import dev.switchboard.shared.ws.Envelope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the backend says and does by itself in open chats, decided by a periodic sweep over the
 * database (ADR 0015): it reads each open chat's new messages and its own state row, and against
 * the clock and the chat's settings says the welcome, reassures waiting visitors, reminds agents,
 * reminds and finally closes silent chats, and tells visitors waiting outside business hours to
 * leave a message. No timer per chat lives in memory: a restarted node, or another node, carries
 * on from the rows. Everything it says has a client id made of what it is (one welcome, the n-th
 * reassurance), so the chat stores it once however many sweeps decide it; state changes are
 * compare-and-set, so one sweep reminds the agents.
 */
public final class ChatAutomation {

    private static final Logger LOG = LoggerFactory.getLogger(ChatAutomation.class);
    /** A chat older than this when the sweep first sees it (the node was down) gets no welcome: it would come mid-conversation. */
    static final Duration WELCOME_WINDOW = Duration.ofMinutes(1);
    /**
     * How long the sweep's row of an ended chat is kept. Nothing reads it after the end; the margin
     * keeps a sweep that read the chat just before it ended from writing to a row already gone.
     */
    static final Duration ENDED_KEPT = Duration.ofDays(1);
    /** Rows deleted per transaction: a backlog (the first run after an upgrade) goes in short steps. */
    static final int PURGE_BATCH = 1_000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Chat chat;
    private final AgentSocket agents;
    private final BusinessHoursService hours;
    private final AutoMessageSettingsService settings;
    private final ChatAutomationStore store = new ChatAutomationStore();
    /** One sweep at a time on this node (the timer and a test's call); other nodes are kept apart by the rows. */
    private final ReentrantLock sweeping = new ReentrantLock();

    ChatAutomation(Jdbi jdbi, Clock clock, Chat chat, AgentSocket agents, BusinessHoursService hours,
                   AutoMessageSettingsService settings) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.chat = chat;
        this.agents = agents;
        this.hours = hours;
        this.settings = settings;
    }

    /** One pass over the open chats; a chat that fails is logged and tried again at the next pass. */
    public void sweep() {
        sweeping.lock();
        try {
            try {
                jdbi.useTransaction(store::addNewChats);
            } catch (RuntimeException e) {
                // another node added the same chat at the same moment: the next pass sees the row
                LOG.debug("adding new chats to the automatic messages failed", e);
            }
            Instant now = clock.instant();
            for (ChatAutomationStore.OpenChat open : jdbi.withHandle(store::openChats)) {
                try {
                    act(catchUp(open), now);
                } catch (RuntimeException e) {
                    LOG.warn("automatic messages failed for conversation {}", open.id(), e);
                }
            }
        } finally {
            sweeping.unlock();
        }
    }

    /**
     * Forgets the sweep's state of chats that ended more than {@link #ENDED_KEPT} ago (the rows are of
     * no use once a chat is over, and would otherwise grow with every chat ever held); answers how
     * many. Housekeeping on the injected clock; a plain delete, so running it on several nodes at
     * once is harmless.
     */
    public int forgetEndedChats() {
        Instant before = clock.instant().minus(ENDED_KEPT);
        int forgotten = 0;
        int batch;
        do {
            batch = jdbi.inTransaction(handle -> store.deleteEndedBefore(handle, before, PURGE_BATCH));
            forgotten += batch;
        } while (batch == PURGE_BATCH);
        if (forgotten > 0) {
            LOG.info("forgot the automatic messages' state of {} chats that ended before {}", forgotten, before);
        }
        return forgotten;
    }

    /** Reads the messages the last pass did not; answers the chat as they leave it. */
    private ChatAutomationStore.OpenChat catchUp(ChatAutomationStore.OpenChat open) {
        if (open.lastSeq() <= open.checkedSeq()) {
            return open;
        }
        List<ChatAutomationStore.MessageRow> messages = jdbi.withHandle(handle -> store.messagesAfter(handle, open.id(), open.checkedSeq()));
        if (messages.isEmpty()) {
            return open;
        }
        Instant waitingSince = open.visitorWaitingSince();
        Instant lastAgentAt = open.lastAgentAt();
        Long lastAgentSeq = open.lastAgentSeq();
        for (ChatAutomationStore.MessageRow message : messages) {
            // notes, event lines and what the backend said itself are no answer and no question
            if (!"TEXT".equals(message.kind())) {
                continue;
            }
            if ("VISITOR".equals(message.senderType()) && waitingSince == null) {
                waitingSince = message.createdAt();
            } else if ("AGENT".equals(message.senderType())) {
                waitingSince = null;
                lastAgentAt = message.createdAt();
                lastAgentSeq = message.seq();
            }
        }
        long checked = messages.get(messages.size() - 1).seq();
        Instant waiting = waitingSince;
        Instant agentAt = lastAgentAt;
        Long agentSeq = lastAgentSeq;
        jdbi.useTransaction(handle -> store.caughtUp(handle, open, checked, waiting, agentAt, agentSeq));
        return new ChatAutomationStore.OpenChat(open.id(), open.visitorId(), open.site(), open.status(), open.groupId(), open.createdAt(),
                open.assignedAt(), open.leaveMessageOffered(), open.lastSeq(), checked, waiting, agentAt, agentSeq, open.welcomed(),
                open.outsideHoursTold(), open.reassurances(), open.reassuredAt(), open.agentRemindedFor(), open.idleRemindedSeq());
    }

    private void act(ChatAutomationStore.OpenChat open, Instant now) {
        if (open.groupId() == null) {
            // not routed yet (a matter of milliseconds): its group's settings apply, so it waits for the next pass
            return;
        }
        AutoMessageSettings its = settings.effective(open.site(), open.groupId());
        Texts texts = new Texts(open.visitorId());
        if (!open.welcomed()) {
            if (open.createdAt().plus(WELCOME_WINDOW).isAfter(now) && said(its.welcome())) {
                chat.say(open.id(), "auto:welcome", texts.of(its.welcome()));
            }
            jdbi.useHandle(handle -> store.markOnce(handle, open.id(), "welcomed"));
        }
        if (open.queued()) {
            waiting(open, its, texts, now);
        } else if (open.active()) {
            serving(open, its, texts, now);
        }
    }

    /** A chat in the queue: outside its group's hours the visitor is told and offered to leave a message; otherwise reassured now and then. */
    private void waiting(ChatAutomationStore.OpenChat open, AutoMessageSettings its, Texts texts, Instant now) {
        if (!hours.isOpen(open.groupId(), now)) {
            if (!open.outsideHoursTold()) {
                if (said(its.outsideHours())) {
                    chat.say(open.id(), "auto:outside-hours", texts.of(its.outsideHours()));
                }
                jdbi.useHandle(handle -> store.markOnce(handle, open.id(), "outside_hours_told"));
            }
            if (!open.leaveMessageOffered()) {
                chat.offerLeaveMessage(open.id());
            }
            return;
        }
        int every = seconds(its.queueReassuranceSeconds());
        if (every == 0 || !said(its.queueReassurance())) {
            return;
        }
        Instant since = open.reassuredAt() != null ? open.reassuredAt() : open.createdAt();
        if (!since.plusSeconds(every).isAfter(now)) {
            int next = open.reassurances() + 1;
            chat.say(open.id(), "auto:reassure:" + next, texts.of(its.queueReassurance()));
            jdbi.useHandle(handle -> store.reassured(handle, open.id(), next, now));
        }
    }

    /** A chat with an agent: a visitor left without an answer reminds the agents; a visitor who went silent is reminded, then the chat closes. */
    private void serving(ChatAutomationStore.OpenChat open, AutoMessageSettings its, Texts texts, Instant now) {
        if (open.visitorWaitingSince() != null) {
            int reminder = seconds(its.agentReminderSeconds());
            // time in the queue is not the agent's: the wait counts from when they got the chat
            Instant since = open.assignedAt() != null && open.assignedAt().isAfter(open.visitorWaitingSince())
                    ? open.assignedAt() : open.visitorWaitingSince();
            if (reminder > 0 && !since.plusSeconds(reminder).isAfter(now) && !open.visitorWaitingSince().equals(open.agentRemindedFor())
                    && jdbi.inTransaction(handle -> store.agentsReminded(handle, open.id(), open.visitorWaitingSince()))) {
                LOG.info("agents reminded of a waiting visitor: conversation={} waiting since {}", open.id(), since);
                agents.sendToAgents(jdbi.withHandle(handle -> store.agents(handle, open.id())),
                        Envelope.outgoing(AutoMessages.REMINDER, null, null, new AutoMessages.Reminder(open.id(), since)));
            }
            return;
        }
        if (open.lastAgentAt() == null) {
            return;
        }
        int closeMinutes = seconds(its.idleCloseMinutes());
        if (closeMinutes > 0 && !open.lastAgentAt().plus(Duration.ofMinutes(closeMinutes)).isAfter(now)) {
            if (said(its.idleClose())) {
                chat.say(open.id(), "auto:idle-close", texts.of(its.idleClose()));
            }
            LOG.info("silent chat closed: conversation={} last agent message at {}", open.id(), open.lastAgentAt());
            chat.endBySystem(open.id());
            return;
        }
        int idle = seconds(its.visitorIdleReminderSeconds());
        if (idle > 0 && said(its.visitorIdleReminder()) && !open.lastAgentAt().plusSeconds(idle).isAfter(now)
                && !open.lastAgentSeq().equals(open.idleRemindedSeq())) {
            chat.say(open.id(), "auto:idle:" + open.lastAgentSeq(), texts.of(its.visitorIdleReminder()));
            jdbi.useHandle(handle -> store.idleReminded(handle, open.id(), open.lastAgentSeq()));
        }
    }

    private static boolean said(LocalizedText text) {
        return text != null && !text.isEmpty();
    }

    private static int seconds(Integer value) {
        return value == null ? 0 : value;
    }

    /** The texts in the visitor's language, which is read once per chat and pass, and only when something is said. */
    private final class Texts {
        private final String visitorId;
        private String language;
        private boolean read;

        Texts(String visitorId) {
            this.visitorId = visitorId;
        }

        String of(LocalizedText text) {
            if (!read) {
                language = jdbi.withHandle(handle -> store.visitorLanguage(handle, visitorId)).orElse(null);
                read = true;
            }
            return text.forLanguage(language);
        }
    }
}
