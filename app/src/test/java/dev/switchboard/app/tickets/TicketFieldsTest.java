package dev.switchboard.app.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.tickets.Requester;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPriority;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A save sends only what the agent changed, from the version read; a refusal names the fields someone else changed. */
class TicketFieldsTest {

    @Test
    void onlyTheFieldsTheAgentChangedAreSentFromTheVersionRead() {
        Ticket read = ticket(4, "open", TicketPriority.NORMAL, 7L, List.of("vip", "billing"));
        TicketFields fields = new TicketFields();
        fields.show(read);
        assertThat(fields.patch(read)).as("nothing changed").isNull();

        fields.tags.set("Billing，VIP");
        assertThat(fields.patch(read)).as("the same tags, typed otherwise").isNull();
        fields.assignee.set(Pick.NONE);
        fields.priority.set(TicketPriority.HIGH);
        TicketPatch patch = fields.patch(read);
        assertThat(patch.version()).isEqualTo(4);
        assertThat(patch.named()).containsExactly("priority", "assigneeId");
        assertThat(patch.assigneeId()).as("cleared").isEqualTo(Optional.empty());
    }

    @Test
    void theCollisionsAreTheChangedFieldsSomeoneElseChangedToo() {
        Ticket base = ticket(1, "new", TicketPriority.NORMAL, null, List.of());
        Ticket current = ticket(2, "new", TicketPriority.URGENT, null, List.of("x"));
        TicketPatch mine = new TicketPatch(1L, null, null, null, TicketPriority.HIGH, "open", null, null, null, null, null, null);
        assertThat(TicketFields.collisions(mine, base, current)).containsExactly("priority");
    }

    private static Ticket ticket(long version, String status, TicketPriority priority, Long assignee, List<String> tags) {
        Instant at = Instant.parse("2026-12-07T08:00:00Z");
        return new Ticket(3, "T-20261207-0003", "subject", null, new Requester(1, "Li", "li@example.cn", null, null), null, priority, status,
                assignee, null, TicketChannel.API, tags, null, null, List.of(), Map.of(), version, null, at, at, null);
    }
}
