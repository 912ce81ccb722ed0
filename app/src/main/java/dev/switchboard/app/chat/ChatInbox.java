package dev.switchboard.app.chat;

import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.ws.Envelope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies the {@code chat.*} messages of the agent socket to the chats. Runs on the chat service's thread. */
final class ChatInbox {

    private static final Logger LOG = LoggerFactory.getLogger(ChatInbox.class);
    /** A typing indicator whose "stopped" got lost goes away by itself after this. */
    static final Duration TYPING_SHOWN = Duration.ofSeconds(8);
    /** A visitor's draft not renewed for this long is no longer shown (the widget renews it every 15 s while it stays). */
    static final Duration DRAFT_SHOWN = Duration.ofSeconds(30);
    private static final String VISITOR_READER = "visitor";
    /** The message types applied here, for which the chat feature registers on the agent socket. */
    static final List<String> TYPES = List.of(ChatMessages.ASSIGNED, ChatMessages.MESSAGE, ChatMessages.ACK, ChatMessages.OFFER,
            ChatMessages.OFFER_WITHDRAWN, ChatMessages.ENDED, ChatMessages.TYPING, ChatMessages.READ, ChatMessages.DELIVERED,
            ChatMessages.DRAFT, ChatMessages.LEFT);

    /** What applying a message may need of the service. */
    interface Actions {
        /** Asks the server for every message of the chat after the last one applied. */
        void resume(LiveChat chat);

        /** Resumes the chat if a gap in its messages has not filled within a moment. */
        void checkGapLater(LiveChat chat);

        /** Runs {@code work} on the chat thread after {@code delay}, then publishes. */
        void later(Duration delay, Runnable work);

        Instant now();
    }

    private final ChatBook book;
    private final Actions actions;

    ChatInbox(ChatBook book, Actions actions) {
        this.book = book;
        this.actions = actions;
    }

    void handle(Envelope envelope) {
        switch (envelope.type()) {
            case ChatMessages.ASSIGNED -> assigned(read(envelope, Conversation.class));
            case ChatMessages.MESSAGE -> message(read(envelope, ChatMessage.class));
            case ChatMessages.ACK -> acknowledged(read(envelope, ChatMessages.Ack.class));
            case ChatMessages.OFFER -> offered(read(envelope, ChatMessages.Offer.class));
            case ChatMessages.OFFER_WITHDRAWN -> book.withdrawn(read(envelope, ChatMessages.Withdrawn.class).conversationId());
            case ChatMessages.ENDED -> {
                ChatMessages.Ended ended = read(envelope, ChatMessages.Ended.class);
                book.chat(ended.conversationId()).ifPresent(chat -> book.ended(chat, ended.by()));
            }
            case ChatMessages.TYPING -> typing(read(envelope, ChatMessages.Typing.class));
            case ChatMessages.READ -> read(read(envelope, ChatMessages.Read.class));
            case ChatMessages.DELIVERED -> delivered(read(envelope, ChatMessages.Delivered.class));
            case ChatMessages.DRAFT -> draft(read(envelope, ChatMessages.Draft.class));
            // someone else moved the chat away (a supervisor took it over, it went back to the queue): its tab goes
            case ChatMessages.LEFT -> {
                ChatMessages.Left left = read(envelope, ChatMessages.Left.class);
                book.chat(left.conversationId()).filter(chat -> chat.phase == ChatPhase.OPEN)
                        .ifPresent(chat -> book.movedAway(chat, left.why(), left.by(), actions.now()));
            }
            default -> LOG.debug("Ignoring chat message type {}", envelope.type());
        }
    }

    /** Sent for a new chat and again after every connect: either way, ask for what this workstation lacks. */
    private void assigned(Conversation conversation) {
        LiveChat chat = book.assigned(conversation, ChatPhase.OPEN);
        chat.announced = true;
        actions.resume(chat);
    }

    private void message(ChatMessage message) {
        LiveChat chat = book.chat(message.conversationId()).orElse(null);
        if (chat == null) {
            // a chat this agent is joining: its chat.assigned follows, and the resume then brings everything
            LOG.debug("Message {} of unknown chat {} left for the resume", message.seq(), message.conversationId());
            return;
        }
        book.applied(chat, chat.apply(message));
        if (chat.behind()) {
            actions.checkGapLater(chat);
        }
    }

    private void acknowledged(ChatMessages.Ack ack) {
        book.chat(ack.conversationId()).ifPresent(chat -> {
            if (chat.acknowledged(ack.clientId(), ack.seq())) {
                book.outboxDelivered(ack.clientId());
                if (chat.behind()) {
                    actions.checkGapLater(chat);
                }
            }
        });
    }

    private void offered(ChatMessages.Offer offer) {
        book.offered(new ChatOffer(offer.conversation(), offer.expiresAt()));
        Duration left = Duration.between(actions.now(), offer.expiresAt());
        actions.later(left.isNegative() ? Duration.ZERO : left, () -> book.expireOffers(actions.now()));
    }

    private void typing(ChatMessages.Typing typing) {
        book.chat(typing.conversationId()).filter(chat -> chat.phase != ChatPhase.ENDED && chat.phase != ChatPhase.LEFT).ifPresent(chat -> {
            if (typing.name() == null) {
                chat.visitorTyping = typing.typing();
            } else if (typing.typing()) {
                chat.colleaguesTyping.add(typing.name());
            } else {
                chat.colleaguesTyping.remove(typing.name());
            }
            chat.changed();
            long epoch = ++chat.typingEpoch;
            if (typing.typing()) {
                actions.later(TYPING_SHOWN, () -> {
                    if (chat.typingEpoch == epoch) {
                        chat.visitorTyping = false;
                        chat.colleaguesTyping.clear();
                        chat.changed();
                    }
                });
            }
        });
    }

    /** What the visitor types, on sites that show it: shown until they send or clear it, or it is not renewed in time. */
    private void draft(ChatMessages.Draft draft) {
        book.chat(draft.conversationId()).filter(chat -> chat.phase != ChatPhase.ENDED && chat.phase != ChatPhase.LEFT).ifPresent(chat -> {
            chat.visitorDraft = draft.text() == null ? "" : draft.text();
            chat.changed();
            long epoch = ++chat.draftEpoch;
            if (!chat.visitorDraft.isEmpty()) {
                actions.later(DRAFT_SHOWN, () -> {
                    if (chat.draftEpoch == epoch) {
                        chat.visitorDraft = "";
                        chat.changed();
                    }
                });
            }
        });
    }

    private void read(ChatMessages.Read read) {
        if (!VISITOR_READER.equals(read.reader())) {
            return;
        }
        book.chat(read.conversationId()).filter(chat -> read.seq() > chat.visitorReadSeq).ifPresent(chat -> {
            chat.visitorReadSeq = read.seq();
            chat.changed();
            book.rowChanged(chat);
        });
    }

    /** The visitor's page holds the chat up to {@code seq}: the agent's messages up to it show as delivered. */
    private void delivered(ChatMessages.Delivered delivered) {
        if (!VISITOR_READER.equals(delivered.receiver())) {
            return;
        }
        book.chat(delivered.conversationId()).filter(chat -> delivered.seq() > chat.visitorDeliveredSeq).ifPresent(chat -> {
            chat.visitorDeliveredSeq = delivered.seq();
            chat.changed();
            book.rowChanged(chat);
        });
    }

    private static <T> T read(Envelope envelope, Class<T> type) {
        if (envelope.payload() == null) {
            throw new IllegalArgumentException("no payload");
        }
        return ProtocolJson.read(envelope.payload(), type);
    }
}
