package dev.switchboard.shared.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A patch applied to a ticket as the backend stores it and the workstation shows it before it syncs. */
class TicketPatchesTest {

    private static final Instant CREATED = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant REMIND = Instant.parse("2026-12-09T09:00:00Z");

    @Test
    void aFieldLeftOutStaysAndTheVersionAndTimesAreTheTickets() {
        Ticket ticket = ticket();
        Ticket changed = TicketPatches.apply(ticket, TicketPatch.status(3, "pending"));

        assertThat(changed.status()).isEqualTo("pending");
        assertThat(changed).usingRecursiveComparison().ignoringFields("status").isEqualTo(ticket);
        assertThat(TicketPatches.apply(ticket, new TicketPatch(3L, null, null, null, null, null, null, null, null, null, null, null)))
                .as("an empty patch changes nothing").isEqualTo(ticket);
    }

    @Test
    void textIsStoredAsTheBackendStoresIt() {
        Ticket changed = TicketPatches.apply(ticket(), new TicketPatch(3L, "  打印机卡纸 printer jams ", "", null, TicketPriority.URGENT, null,
                null, null, List.of(" VIP", "vip", "Refund "), null, null, null));

        assertThat(changed.subject()).isEqualTo("打印机卡纸 printer jams");
        assertThat(changed.description()).as("an empty description is none").isNull();
        assertThat(changed.tags()).containsExactly("vip", "refund");
        assertThat(changed.priority()).isEqualTo(TicketPriority.URGENT);
    }

    @Test
    void aClearableFieldSetToEmptyIsClearedAndCustomFieldsChangeByKey() {
        Map<String, Object> custom = new HashMap<>();
        custom.put("order", null);
        custom.put("city", "上海");
        Ticket changed = TicketPatches.apply(ticket(), new TicketPatch(3L, null, null, Optional.empty(), null, null, Optional.of(9L),
                Optional.empty(), null, Optional.of(40L), List.of(41L), custom));

        assertThat(changed.categoryId()).isNull();
        assertThat(changed.assigneeId()).isEqualTo(9L);
        assertThat(changed.groupId()).isNull();
        assertThat(changed.parentId()).isEqualTo(40L);
        assertThat(changed.relatedIds()).containsExactly(41L);
        assertThat(changed.customFields()).containsExactly(Map.entry("city", "上海"));
    }

    @Test
    void thePendingReminderIsSetKeptAndCleared() {
        TicketPatch remind = new TicketPatch(3L, null, null, null, null, "pending", null, null, null, null, null, null, Optional.of(REMIND));
        Ticket waiting = TicketPatches.apply(ticket(), remind);
        assertThat(waiting.pendingUntil()).isEqualTo(REMIND);
        assertThat(TicketPatches.apply(waiting, TicketPatch.status(4, "on_hold")).pendingUntil()).as("left out: kept").isEqualTo(REMIND);
        TicketPatch clear = new TicketPatch(4L, null, null, null, null, null, null, null, null, null, null, null, Optional.empty());
        assertThat(TicketPatches.apply(waiting, clear).pendingUntil()).isNull();
    }

    private static Ticket ticket() {
        return new Ticket(7, "T-20261201-0007", "Printer", "It jams", null, 2L, TicketPriority.NORMAL, "open", 5L, 3L, TicketChannel.PHONE,
                List.of("printer"), null, null, List.of(), Map.of("order", "A-1"), 3, 5L, CREATED, CREATED, null);
    }
}
