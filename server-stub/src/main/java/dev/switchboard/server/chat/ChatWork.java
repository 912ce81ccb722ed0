package dev.switchboard.server.chat;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.distribution.RoutingRequest;
import dev.switchboard.server.distribution.WorkStep;
import dev.switchboard.shared.routing.RoutingStepType;
import dev.switchboard.server.distribution.WorkClient;
import dev.switchboard.server.distribution.WorkItem;
import dev.switchboard.server.distribution.WorkKind;
import dev.switchboard.server.visitors.VisitorTracker;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.visitors.PrechatAnswerRules;
import dev.switchboard.shared.visitors.PrechatForm;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Chats as work the distribution engine gives out: what routing rules see of a chat (where its
 * visitor came from and is, what they answered), the chat's part of an assignment (the owner
 * joins, with a "joined" line), and telling agents and visitors of offers, assignments and places
 * in the queue.
 */
final class ChatWork implements WorkClient {

    /** Chats are kept in {@code conversation}; an agent takes {@code agent.max_chats} at once. */
    static final WorkKind KIND = new WorkKind("chat", "chats", "conversation");

    private final Jdbi jdbi;
    private final ChatDelivery delivery;
    private final VisitorTracker visitors;
    private final Function<String, PrechatForm> forms;
    private final InvitedChats invited;
    private final AuditLog audit;
    private final ConversationStore store = new ConversationStore();
    private final AssignmentStore assignments = new AssignmentStore();

    /**
     * @param forms the pre-chat form of a site, by its id
     * @param audit where chats picked by hand are recorded, with the assignment
     */
    ChatWork(Jdbi jdbi, ChatDelivery delivery, VisitorTracker visitors, Function<String, PrechatForm> forms, InvitedChats invited,
             AuditLog audit) {
        this.jdbi = jdbi;
        this.invited = invited;
        this.audit = audit;
        this.delivery = delivery;
        this.visitors = visitors;
        this.forms = forms;
    }

    @Override
    public RoutingRequest attributes(WorkItem chat) {
        return RoutingRequest.ofVisitor(chat.requesterId(), visitors.summary(chat.requesterId()),
                // a question type is only ever one of the form's options: a hand-made answer cannot steer routing
                PrechatAnswerRules.questionType(forms.apply(chat.site()), chat.answers()).orElse(null),
                // a visitor who answered an agent's invitation goes to that agent when they can take the chat
                invited.invitedBy(chat.id()).orElse(null));
    }

    @Override
    public Runnable assigning(Handle handle, List<Assignment> given) {
        List<AssignmentStore.Assigned> assigned = assignments.assign(handle, given);
        for (Assignment assignment : given) {
            WorkStep step = assignment.step();
            if (step.type() == RoutingStepType.TAKEN || step.type() == RoutingStepType.ASSIGNED) {
                audit.record(handle, step.actorId(), step.type() == RoutingStepType.TAKEN ? "chat.take" : "chat.assign",
                        "conversation:" + assignment.itemId(), "to=agent:" + assignment.agentId() + (step.note() == null ? "" : "; reason=" + step.note()));
            }
        }
        return () -> {
            for (AssignmentStore.Assigned chat : assigned) {
                Conversation conversation = chat.conversation();
                delivery.toAgent(chat.assignment().agentId(), ChatMessages.ASSIGNED, conversation);
                delivery.toVisitor(conversation.visitorId(), ChatMessages.STATUS,
                        new ChatMessages.Status(conversation.id(), ConversationStatus.ACTIVE, null, chat.assignment().agentName()));
                if (chat.joined() != null) {
                    delivery.publish(conversation, chat.joined(), chat.participants());
                }
            }
        };
    }

    @Override
    public void offered(long conversationId, long agentId, Instant expiresAt) {
        Conversation conversation = jdbi.withHandle(handle -> store.find(handle, conversationId)).orElseThrow();
        delivery.toAgent(agentId, ChatMessages.OFFER, new ChatMessages.Offer(conversation, expiresAt));
    }

    @Override
    public void offerWithdrawn(long conversationId, long agentId) {
        delivery.toAgent(agentId, ChatMessages.OFFER_WITHDRAWN, new ChatMessages.Withdrawn(conversationId));
    }

    @Override
    public void waiting(List<QueuePlace> places) {
        for (QueuePlace place : places) {
            delivery.toVisitor(place.requesterId(), ChatMessages.STATUS, new ChatMessages.Status(place.itemId(), ConversationStatus.QUEUED,
                    place.position(), null, place.estimatedWaitSeconds(), place.overdue()));
        }
    }
}
