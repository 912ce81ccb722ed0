package dev.switchboard.app.internalchat;

import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.shared.teamchat.TeamChatMessages;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.teamchat.TeamMessage;
import dev.switchboard.shared.ws.Envelope;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the held conversations in step with the server over the agent socket (ADR 4, ADR 17):
 * applies the {@code team.*} messages, keeps each conversation's messages in seq order without
 * repeats, resumes what the server says this workstation lacks after every connect and at every
 * gap, and sends the outbox whenever connected. Runs on the team chat service's serial executor.
 */
final class TeamChatSync {

    private static final Logger LOG = LoggerFactory.getLogger(TeamChatSync.class);

    private final TeamChatService.Services services;
    private final Executor serial;
    private final TeamThreads threads;
    private final TeamTyping typing;
    private final TeamOutbox outbox;
    private boolean connected;

    TeamChatSync(TeamChatService.Services services, Consumer<Runnable> onSerial, TeamThreads threads, TeamTyping typing) {
        this.services = services;
        this.serial = services.serial();
        this.threads = threads;
        this.typing = typing;
        this.outbox = new TeamOutbox(services, onSerial, () -> connected, threads.byId(), threads::schedulePublish);
    }

    boolean connected() {
        return connected;
    }

    /** The connection is up ({@code welcome} received) or gone: a new one resumes and sends again what was on its way. */
    void connectionChanged(boolean up) {
        connected = up;
        threads.all().forEach(thread -> thread.resuming = false);
        if (up) {
            outbox.reconnected();
        }
    }

    /** Sends what waits in the outbox, if connected. */
    void sendOutbox() {
        outbox.flush();
    }

    /** Applies a {@code team.*} message; throws IllegalArgumentException for one that cannot be read. */
    void apply(Envelope envelope) {
        switch (envelope.type()) {
            case TeamChatMessages.CONVERSATIONS -> conversations(read(envelope, TeamChatMessages.Conversations.class).conversations());
            case TeamChatMessages.CONVERSATION -> upsert(read(envelope, TeamConversation.class));
            case TeamChatMessages.MESSAGE -> message(read(envelope, TeamMessage.class));
            case TeamChatMessages.ACK -> acknowledged(read(envelope, TeamChatMessages.Ack.class));
            case TeamChatMessages.LEFT -> threads.drop(read(envelope, TeamChatMessages.Left.class).conversationId());
            case TeamChatMessages.TYPING -> typing.heard(read(envelope, TeamChatMessages.Typing.class));
            case TeamChatMessages.READ -> {
                TeamChatMessages.Read read = read(envelope, TeamChatMessages.Read.class);
                LiveThread thread = threads.get(read.conversationId());
                if (thread != null && read.seq() > thread.readSeq) {
                    thread.readSeq = read.seq();
                    threads.changed(thread);
                }
            }
            default -> LOG.debug("Ignoring team chat message type {}", envelope.type());
        }
    }

    /** A conversation as the server describes it (listed, announced, or answered to a change made here): held, and resumed if behind. */
    void upsert(TeamConversation conversation) {
        LiveThread thread = threads.get(conversation.id());
        if (thread == null) {
            thread = LiveThread.fresh(conversation);
            threads.add(thread);
        } else {
            thread.conversation = conversation.lastSeq() >= thread.conversation.lastSeq() ? conversation
                    : withLast(conversation, thread.conversation);
            if (conversation.readSeq() > thread.readSeq) {
                thread.readSeq = conversation.readSeq();
            } else if (thread.readSeq > conversation.readSeq()) {
                // read here while offline: the server learns it now
                services.link().tell(TeamChatMessages.READ, new TeamChatMessages.Read(conversation.id(), thread.readSeq));
            }
        }
        threads.changed(thread);
        resumeIfBehind(thread);
    }

    /** The server's full list: new conversations are added, those the agent left (a group) go, and each is resumed if behind. */
    private void conversations(List<TeamConversation> listed) {
        Set<Long> ids = new HashSet<>();
        for (TeamConversation conversation : listed) {
            ids.add(conversation.id());
            upsert(conversation);
        }
        for (Long id : List.copyOf(threads.byId().keySet())) {
            if (!ids.contains(id)) {
                threads.drop(id);
            }
        }
    }

    private void message(TeamMessage message) {
        LiveThread thread = threads.get(message.conversationId());
        if (thread == null) {
            // a conversation this workstation was not told of (its announcement was lost): ask for the list
            services.rest().conversations().thenAcceptAsync(this::conversations, serial)
                    .thenRun(threads::schedulePublish)
                    .exceptionally(failure -> {
                        LOG.info("Could not fetch the team conversations: {}", failure.toString());
                        return null;
                    });
            return;
        }
        if (thread.apply(message)) {
            threads.toWrite(List.of(message));
            threads.changed(thread);
            typing.forget(message.conversationId(), message.senderId());
        }
        resumeIfBehind(thread);
    }

    private void acknowledged(TeamChatMessages.Ack ack) {
        LiveThread thread = threads.get(ack.conversationId());
        if (thread != null && outbox.stored(thread, ack.clientId()) && ack.seq() > thread.appliedSeq) {
            // the message's own push was lost: fetch it
            resumeIfBehind(thread);
        }
    }

    /** Asks for every message after the last one applied; one resume at a time per conversation, again while behind. */
    private void resumeIfBehind(LiveThread thread) {
        if (!connected || thread.resuming || !thread.behind()) {
            return;
        }
        thread.resuming = true;
        long id = thread.conversation.id();
        long from = thread.appliedSeq;
        services.link().request(TeamChatMessages.RESUME, new TeamChatMessages.Resume(id, from))
                .whenCompleteAsync((ok, failure) -> {
                    LiveThread now = threads.get(id);
                    if (now == null) {
                        return;
                    }
                    now.resuming = false;
                    // the messages came before the answer; still behind after progress means more arrived meanwhile
                    if (failure == null && now.appliedSeq > from) {
                        resumeIfBehind(now);
                    } else if (failure != null) {
                        LOG.info("Resuming team conversation {} failed ({}); the next connect resumes it", id,
                                TeamChatService.unwrap(failure).toString());
                    }
                }, serial);
    }

    /** The newer of two descriptions' last message, on the other's members and marks. */
    private static TeamConversation withLast(TeamConversation listed, TeamConversation held) {
        return new TeamConversation(listed.id(), listed.kind(), listed.groupId(), listed.title(), listed.memberIds(), held.lastSeq(),
                listed.readSeq(), held.lastMessageAt(), listed.ownerId(), listed.joinedSeq());
    }

    private static <T> T read(Envelope envelope, Class<T> type) {
        if (envelope.payload() == null) {
            throw new IllegalArgumentException("no payload");
        }
        return ProtocolJson.read(envelope.payload(), type);
    }
}
