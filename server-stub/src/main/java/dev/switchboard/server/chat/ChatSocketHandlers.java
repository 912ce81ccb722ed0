package dev.switchboard.server.chat;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.distribution.WorkClient;
import dev.switchboard.server.distribution.WorkQueue;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.JsonBodies;
import dev.switchboard.server.realtime.AgentMessageHandler;
import dev.switchboard.server.realtime.AgentPeer;
import dev.switchboard.server.visitors.VisitorMessageHandler;
import dev.switchboard.server.visitors.VisitorPeer;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.MessagePage;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.ws.Envelope;
import java.util.Set;
import java.util.function.Consumer;

/** The chat messages of both sockets: the widget's and the workstation's. */
final class ChatSocketHandlers {

    private final ChatService chats;
    private final ChatStarts starts;
    private final ChatHandover handover;
    private final ChatPicking picking;
    private final WorkQueue work;
    private final VisitorChatView visitorView;
    private final ChatReceipts receipts;
    private final VisitorDrafts drafts;

    ChatSocketHandlers(ChatService chats, ChatStarts starts, ChatHandover handover, ChatPicking picking, WorkQueue work, VisitorChatView visitorView,
                       ChatReceipts receipts, VisitorDrafts drafts) {
        this.chats = chats;
        this.starts = starts;
        this.picking = picking;
        this.drafts = drafts;
        this.receipts = receipts;
        this.handover = handover;
        this.work = work;
        this.visitorView = visitorView;
    }

    VisitorMessageHandler forVisitors() {
        return new VisitorMessageHandler() {
            @Override
            public Set<String> types() {
                return Set.of(ChatMessages.START, ChatMessages.MESSAGE, ChatMessages.RESUME, ChatMessages.END, ChatMessages.RATE,
                        ChatMessages.TYPING, ChatMessages.READ, ChatMessages.DELIVERED, ChatMessages.HISTORY, ChatMessages.DRAFT);
            }

            @Override
            public void handle(VisitorPeer page, Envelope message) {
                ChatAuthor.Visitor author = new ChatAuthor.Visitor(page.visitorId());
                switch (message.type()) {
                    case ChatMessages.START -> {
                        ChatMessages.Start start = payload(message, ChatMessages.Start.class);
                        Conversation conversation = starts.start(page.visitorId(), page.site(), start.prechat(), page.address(),
                                start.invitationId());
                        page.send(ChatDelivery.envelope(ChatMessages.STARTED, null,
                                new ChatMessages.Started(conversation.id(), conversation.status())));
                        starts.route(conversation.id());
                    }
                    case ChatMessages.RATE -> {
                        ChatMessages.Rate rate = payload(message, ChatMessages.Rate.class);
                        chats.rate(author, rate.conversationId(), rate.rating(), rate.comment());
                    }
                    // the widget learns where the chat stands, and that any number it lacks below `upTo` was a note
                    case ChatMessages.RESUME -> {
                        ChatMessages.Resume resume = payload(message, ChatMessages.Resume.class);
                        long upTo = resume(author, resume, page::send);
                        page.send(ChatDelivery.envelope(ChatMessages.STATUS, null, visitorView.resumed(author, resume.conversationId(), upTo)));
                        receipts.agentsDelivered(resume.conversationId())
                                .ifPresent(delivered -> page.send(ChatDelivery.envelope(ChatMessages.DELIVERED, null, delivered)));
                        visitorView.agentsRead(resume.conversationId())
                                .ifPresent(read -> page.send(ChatDelivery.envelope(ChatMessages.READ, null, read)));
                    }
                    case ChatMessages.DRAFT -> drafts.relay(author, payload(message, ChatMessages.Draft.class));
                    case ChatMessages.HISTORY -> page.send(ChatDelivery.envelope(ChatMessages.HISTORY, null,
                            visitorView.history(author, payload(message, ChatMessages.History.class).before())));
                    default -> common(author, message, page::send);
                }
            }
        };
    }

    AgentMessageHandler forAgents() {
        return new AgentMessageHandler() {
            @Override
            public Set<String> types() {
                return Set.of(ChatMessages.MESSAGE, ChatMessages.RESUME, ChatMessages.END, ChatMessages.TYPING, ChatMessages.READ,
                        ChatMessages.DELIVERED, ChatMessages.TRANSFER, ChatMessages.ASSIST, ChatMessages.ACCEPT, ChatMessages.DECLINE, ChatMessages.WATCH,
                        ChatMessages.UNWATCH, ChatMessages.TAKE, ChatMessages.ASSIGN, ChatMessages.TAKE_OVER);
            }

            /**
             * A workstation (re)connects: it gets every chat it is in and every offer still open to
             * it, so none is missed (or left to time out unseen) while it was away, and its groups' queues.
             */
            @Override
            public void connected(AgentPeer peer) {
                for (Conversation conversation : chats.ownOpen(peer.principal())) {
                    peer.send(ChatDelivery.envelope(ChatMessages.ASSIGNED, null, conversation));
                }
                for (WorkClient.OpenOffer offer : work.openOffers(peer.principal().agentId())) {
                    peer.send(ChatDelivery.envelope(ChatMessages.OFFER, null, new ChatMessages.Offer(chats.get(offer.itemId()), offer.expiresAt())));
                }
                work.feed().connected(peer);
            }

            /** A demoted supervisor follows no chat any more; a member removed from a group loses its offers and queue. */
            @Override
            public void accountChanged(AgentPeer peer, Principal before) {
                Principal now = peer.principal();
                if (!now.role().atLeast(Role.SUPERVISOR)) {
                    chats.forgetWatcher(now.agentId());
                }
                work.feed().accountChanged(peer);
                work.withdrawOffersOutsideGroups(now.agentId());
            }

            @Override
            public void closed(AgentPeer peer) {
                chats.forgetPeer(peer);
                work.feed().closed(peer);
            }

            @Override
            public void handle(AgentPeer peer, Envelope message) {
                switch (message.type()) {
                    case ChatMessages.TRANSFER -> handover.transfer(peer.principal(), payload(message, ChatMessages.Transfer.class));
                    case ChatMessages.ASSIST -> handover.assist(peer.principal(), payload(message, ChatMessages.Assist.class));
                    case ChatMessages.TAKE -> picking.take(peer.principal(), payload(message, ChatMessages.Take.class));
                    case ChatMessages.ASSIGN -> picking.assign(peer.principal(), payload(message, ChatMessages.Assign.class));
                    case ChatMessages.TAKE_OVER -> handover.takeOver(peer.principal(), payload(message, ChatMessages.TakeOver.class));
                    case ChatMessages.ACCEPT -> work.accept(peer.principal(), payload(message, ChatMessages.Accept.class).conversationId());
                    case ChatMessages.DECLINE -> work.decline(peer.principal(), payload(message, ChatMessages.Accept.class).conversationId());
                    // the chat so far, then live: each line once and in order, before the watch's ack
                    case ChatMessages.WATCH -> chats.watch(peer, payload(message, ChatMessages.Watch.class).conversationId());
                    case ChatMessages.UNWATCH -> chats.unwatch(peer, payload(message, ChatMessages.Watch.class).conversationId());
                    // a workstation that lost its cache learns again how far the visitor got
                    case ChatMessages.RESUME -> {
                        ChatMessages.Resume resume = payload(message, ChatMessages.Resume.class);
                        resume(new ChatAuthor.Agent(peer.principal()), resume, peer::send);
                        receipts.visitorMarks(resume.conversationId()).forEach(peer::send);
                    }
                    default -> common(new ChatAuthor.Agent(peer.principal()), message, peer::send);
                }
            }
        };
    }

    /** The messages both sides send alike. */
    private void common(ChatAuthor author, Envelope message, Consumer<Envelope> reply) {
        switch (message.type()) {
            case ChatMessages.MESSAGE -> post(author, payload(message, ChatMessages.Post.class), reply);
            case ChatMessages.RESUME -> resume(author, payload(message, ChatMessages.Resume.class), reply);
            case ChatMessages.END -> chats.end(author, payload(message, ChatMessages.End.class).conversationId());
            case ChatMessages.TYPING -> {
                ChatMessages.Typing typing = payload(message, ChatMessages.Typing.class);
                chats.typing(author, typing.conversationId(), typing.typing());
            }
            case ChatMessages.READ -> {
                ChatMessages.Read read = payload(message, ChatMessages.Read.class);
                receipts.read(author, read.conversationId(), read.seq());
            }
            case ChatMessages.DELIVERED -> {
                ChatMessages.Delivered delivered = payload(message, ChatMessages.Delivered.class);
                receipts.delivered(author, delivered.conversationId(), delivered.seq());
            }
            default -> throw new ApiException(ProblemType.VALIDATION, "unknown message type " + message.type());
        }
    }

    private void post(ChatAuthor author, ChatMessages.Post post, Consumer<Envelope> reply) {
        ChatMessage stored = chats.post(author, post.conversationId(), post.clientId(), post.text(), Boolean.TRUE.equals(post.note()),
                post.attachmentId(), Boolean.TRUE.equals(post.sensitiveConfirmed()));
        reply.accept(ChatDelivery.envelope(ChatMessages.ACK, stored.seq(), new ChatMessages.Ack(stored.conversationId(), stored.clientId(), stored.seq())));
    }

    /**
     * Sends everything after the receiver's last sequence, in order; pages through long histories.
     * Answers the last sequence sent (or {@code after}): every message up to it for this receiver
     * has been sent, since a number is only taken once the one before it is stored.
     */
    private long resume(ChatAuthor author, ChatMessages.Resume resume, Consumer<Envelope> reply) {
        long after = resume.after();
        MessagePage page;
        do {
            page = chats.messages(author, resume.conversationId(), after, 200);
            for (ChatMessage message : page.messages()) {
                reply.accept(ChatDelivery.envelope(ChatMessages.MESSAGE, message.seq(), message));
                after = message.seq();
            }
        } while (page.hasMore());
        return after;
    }

    private static <T> T payload(Envelope message, Class<T> type) {
        if (message.payload() == null) {
            throw new ApiException(ProblemType.VALIDATION, message.type() + " needs a payload");
        }
        return JsonBodies.read(message.payload().toString(), type);
    }
}
