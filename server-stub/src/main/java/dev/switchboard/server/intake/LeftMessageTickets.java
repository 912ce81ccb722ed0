package dev.switchboard.server.intake;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.tickets.TicketIntake;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.RequesterInput;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketRules;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chat nobody answered where the visitor left a message (the chat was offered to leave one, no
 * agent ever took it, the visitor wrote) becomes a ticket on its own, once the visitor has been
 * quiet for {@link #QUIET}: channel chat, the chat linked as its conversation, the requester the
 * visitor with the contacts of the pre-chat form, the group the chat's, what they wrote as the
 * description. The chat itself stays as it is (waiting, for the group's next free agent).
 * <p>
 * Exactly once on any number of nodes: the ticket's {@code clientId} is {@code left-message:<chat id>},
 * unique in the database, so a second sweep (here or on another node) at the same moment fails
 * its insert and rolls back whole, and later sweeps skip chats that have a ticket.
 */
public final class LeftMessageTickets {

    private static final Logger LOG = LoggerFactory.getLogger(LeftMessageTickets.class);
    /** How long after the visitor's last words the message counts as left. */
    static final Duration QUIET = Duration.ofMinutes(2);
    static final Duration PERIOD = Duration.ofSeconds(30);
    private static final int BATCH = 50;
    private static final String CLIENT_ID = "left-message:";

    private final Jdbi jdbi;
    private final Clock clock;
    private final TicketIntake intake;

    LeftMessageTickets(Jdbi jdbi, Clock clock, TicketIntake intake) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.intake = intake;
    }

    /** Makes the tickets due now; answers how many this call made. */
    public int runNow() {
        List<Long> due = jdbi.withHandle(handle -> handle.createQuery("SELECT c.id FROM conversation c"
                        + " WHERE c.leave_message_offered = TRUE AND c.assigned_at IS NULL"
                        + " AND EXISTS (SELECT 1 FROM message m WHERE m.conversation_id = c.id AND m.sender_type = 'VISITOR' AND m.kind = 'TEXT')"
                        + " AND NOT EXISTS (SELECT 1 FROM message m WHERE m.conversation_id = c.id AND m.sender_type = 'VISITOR' AND m.created_at > :quiet)"
                        + " AND NOT EXISTS (SELECT 1 FROM ticket t WHERE t.conversation_id = c.id)"
                        + " ORDER BY c.id")
                .bind("quiet", clock.instant().minus(QUIET)).setMaxRows(BATCH).mapTo(Long.class).list());
        int made = 0;
        for (long id : due) {
            try {
                if (make(id)) {
                    made++;
                }
            } catch (ApiException refused) {
                // e.g. a custom field required of every ticket: nobody can fill it in for the visitor; the chat stays in its queue
                LOG.warn("left message of chat {} not made a ticket: {} {}", id, refused.problem().detail(), refused.problem().errors());
            }
        }
        return made;
    }

    /** Whether this call made the chat's ticket (false: it existed already, made here or on another node). */
    private boolean make(long conversationId) {
        String clientId = CLIENT_ID + conversationId;
        if (intake.byClientId(clientId).isPresent()) {
            return false;
        }
        Chat chat = jdbi.withHandle(handle -> handle.createQuery("SELECT visitor_id, group_id, prechat FROM conversation WHERE id = :id")
                .bind("id", conversationId).map((rs, ctx) -> new Chat(rs.getString("visitor_id"), (Long) rs.getObject("group_id", Long.class),
                        prechat(rs.getString("prechat")))).one());
        List<String> words = jdbi.withHandle(handle -> handle.createQuery("SELECT body FROM message WHERE conversation_id = :id"
                        + " AND sender_type = 'VISITOR' AND kind = 'TEXT' ORDER BY seq")
                .bind("id", conversationId).mapTo(String.class).list());
        String description = String.join("\n\n", words);
        if (description.length() > TicketRules.DESCRIPTION_MAX) {
            description = description.substring(0, TicketRules.DESCRIPTION_MAX - 1) + "…";
        }
        NewTicket request = new NewTicket(subject(words.get(0)), description, null, requester(chat), null, null, null, null, chat.groupId(),
                TicketChannel.CHAT, null, conversationId, null, null, null, clientId);
        TicketIntake.Outcome outcome = intake.create(request, List.of(), 0, "system");
        if (outcome.made()) {
            LOG.info("left message of chat {} became ticket {}", conversationId, outcome.ticket().number());
        }
        return outcome.made();
    }

    private record Chat(String visitorId, Long groupId, Map<String, String> prechat) {
    }

    /** The contacts of the pre-chat form that are well formed; a visitor's typo must not keep their message from becoming a ticket. */
    private static RequesterInput requester(Chat chat) {
        String name = chat.prechat().get("name");
        String email = chat.prechat().get("email");
        String phone = chat.prechat().get("phone");
        return new RequesterInput(name != null && !name.isBlank() && name.strip().length() <= TicketRules.NAME_MAX ? name.strip() : null,
                email != null && TicketRules.EMAIL.matcher(email.strip()).matches() && email.strip().length() <= TicketRules.EMAIL_MAX ? email : null,
                phone != null && TicketRules.PHONE.matcher(phone.strip()).matches() ? phone : null,
                chat.visitorId());
    }

    private static String subject(String first) {
        String line = first.strip().replaceAll("\\s+", " ");
        return line.length() > TicketRules.SUBJECT_MAX ? line.substring(0, TicketRules.SUBJECT_MAX - 1) + "…" : line;
    }

    private static Map<String, String> prechat(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return Json.mapper().readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Map.of();
        }
    }
}
