package dev.switchboard.server.distribution;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * An item waiting for an agent, as the engine sees it whatever its kind: who asked, on which site,
 * what they answered, the group whose queue it is in (null until routed), its priority and
 * fairness key (the client address: addresses take turns), when it came, and its offer.
 *
 * @param answers     the requester's form answers (a chat's pre-chat form)
 * @param offeredTo   the agent it is offered to now, or null
 * @param declinedBy  agents who let an offer of it go; it is not offered to them again
 * @param overdueTold the requester heard they waited too long (a chat's visitor is offered to leave a message)
 * @param returned    an agent served it before (it came back to the queue by a transfer to a group, or because its
 *                    agent left): it goes ahead of the items of its priority that were never served (ADR 0013)
 */
public record WorkItem(long id, String requesterId, String site, Map<String, String> answers, Long groupId, int priority,
                       String fairnessKey, Instant arrivedAt, Long offeredTo, Instant offeredAt, Set<Long> declinedBy,
                       boolean overdueTold, boolean returned) {

    public WorkItem {
        answers = Map.copyOf(answers);
        declinedBy = Set.copyOf(declinedBy);
    }

    /** An item never served yet. */
    public WorkItem(long id, String requesterId, String site, Map<String, String> answers, Long groupId, int priority,
                    String fairnessKey, Instant arrivedAt, Long offeredTo, Instant offeredAt, Set<Long> declinedBy, boolean overdueTold) {
        this(id, requesterId, site, answers, groupId, priority, fairnessKey, arrivedAt, offeredTo, offeredAt, declinedBy, overdueTold, false);
    }

    /** The same item after its offer was taken back: the agent is not offered it again. */
    WorkItem withdrawn() {
        Set<Long> declined = new LinkedHashSet<>(declinedBy);
        declined.add(offeredTo);
        return new WorkItem(id, requesterId, site, answers, groupId, priority, fairnessKey, arrivedAt, null, null, declined, overdueTold,
                returned);
    }

    /** The name the requester gave in the form, if any. */
    String requesterName() {
        String name = answers.get("name");
        return name == null || name.isBlank() ? null : name.strip();
    }
}
