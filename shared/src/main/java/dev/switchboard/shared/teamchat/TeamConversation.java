package dev.switchboard.shared.teamchat;

import java.time.Instant;
import java.util.List;

/**
 * A conversation between colleagues, as one of its members sees it.
 *
 * @param groupId       the group of a {@link TeamConversationKind#GROUP} conversation, else null
 * @param title         the group's name, or the name an {@link TeamConversationKind#AD_HOC} group was given; null for a
 *                      one-to-one conversation (clients show the other member's name)
 * @param memberIds     who is in it now, by agent id, ascending
 * @param lastSeq       the seq of its newest message (0 before the first)
 * @param readSeq       how far the member asking has read it
 * @param lastMessageAt when its newest message was written; null before the first
 * @param ownerId       who adds and removes the members of an {@link TeamConversationKind#AD_HOC} group (its creator,
 *                      then its longest member once the creator left; administrators among its members may too); else null
 * @param joinedSeq     the member asking reads the messages after this one: an ad-hoc group's history from when they
 *                      joined it; 0 in the other kinds
 */
public record TeamConversation(long id, TeamConversationKind kind, Long groupId, String title, List<Long> memberIds, long lastSeq,
                               long readSeq, Instant lastMessageAt, Long ownerId, long joinedSeq) {

    public TeamConversation {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }
}
