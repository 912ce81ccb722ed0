package dev.switchboard.app.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPatches;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The off-FX-thread snapshot finds the tickets whose row shows the text searched, and sorts by a column's key, ties by id in the same direction. */
class TicketListIndexTest {

    private static final TicketTerms TERMS = new TicketTerms(List.of(
            new TicketStatus("new", "New", "新建", StatusKind.NEW, false, 1, true, 1),
            new TicketStatus("open", "Open", "处理中", StatusKind.OPEN, false, 2, true, 1),
            new TicketStatus("pending", "Pending", "待回复", StatusKind.WAITING, true, 3, true, 1)), List.of(),
            TeamSnapshot.of(List.of(new Agent(1, "agent01", "Agent 01", Role.AGENT, List.of(1L), Map.of(), 8, AgentStatus.ONLINE, true, 1, null),
                    new Agent(2, "agent02", "Agent 02", Role.AGENT, List.of(1L), Map.of(), 8, AgentStatus.ONLINE, true, 1, null)),
                    List.of(new Group(1, "Group 1", "", 1)), 1));
    private final List<Ticket> tickets = TicketListBenchmarkData.tickets(2_000, new Random(5));

    @Test
    void aSearchFindsTheTicketsWhoseRowShowsTheTextIgnoringCase() {
        TicketListIndex index = TicketListIndex.of(tickets, TERMS);

        for (String search : List.of("", "王", "REFUND", tickets.get(700).number(), " agent 02 ", "nothing like this")) {
            String needle = search.strip().toLowerCase(Locale.ROOT);
            assertThat(index.query(search, TicketListIndex.Order.NUMBER, false)).as(search)
                    .containsExactlyInAnyOrderElementsOf(tickets.stream().filter(ticket -> rowText(ticket).contains(needle)).toList());
        }
        assertThat(index.query("REFUND", TicketListIndex.Order.NUMBER, false)).isNotEmpty();
        assertThat(index.query("nothing like this", TicketListIndex.Order.NUMBER, false)).isEmpty();
    }

    /**
     * The character-pair postings only prune: for any search, the answer is exactly the written-out
     * row search's, in the order's sequence. Searches drawn from the rows (substrings in mixed case,
     * single Chinese characters, digits of numbers and phones) and from nowhere (unknown words,
     * whitespace, characters whose lower case is longer, surrogate pairs).
     */
    @Test
    void anySearchFindsExactlyWhatTheRowSearchFinds() {
        TicketListIndex index = TicketListIndex.of(tickets, TERMS);
        Random random = new Random(13);
        List<String> searches = new ArrayList<>(List.of(" ", "\t", "\u3000王\u3000", "\u00a0", "a", "A", "aa", "王", "龘", "0", "13", "+86",
                "@", "İ", "ß", "Σ", "\ud83d\ude00", "e r", "zzqx", "agent 0", "GROUP 1 ", "refundx", "customer1"));
        for (int i = 0; i < 400; i++) {
            String row = rowText(tickets.get(random.nextInt(tickets.size())));
            int start = random.nextInt(row.length());
            String piece = row.substring(start, Math.min(row.length(), start + 1 + random.nextInt(12)));
            searches.add(switch (i % 8) {
                case 0 -> piece;
                case 1 -> mixedCase(piece, random);
                case 2 -> " " + piece.toUpperCase(Locale.ROOT) + "  ";
                case 3 -> String.valueOf(row.charAt(start)); // often a Chinese character
                case 4 -> String.valueOf(random.nextInt(i < 200 ? 100 : 100_000)); // digits of numbers and phones
                case 5 -> piece + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26)); // mostly nowhere
                case 6 -> String.valueOf((char) (0x4e00 + random.nextInt(0x5000))); // a Chinese character, mostly nowhere
                default -> piece.replace(' ', '\t');
            });
        }
        for (String search : searches) {
            String needle = search.strip().toLowerCase(Locale.ROOT);
            for (TicketListIndex.Order order : List.of(TicketListIndex.Order.NUMBER, TicketListIndex.Order.SUBJECT)) {
                boolean descending = search.length() % 2 == 0;
                assertThat(index.query(search, order, descending)).as("%s by %s", search, order).containsExactlyElementsOf(
                        index.query("", order, descending).stream().filter(ticket -> rowText(ticket).contains(needle)).toList());
            }
        }
        assertThat(searches).filteredOn(search -> !index.query(search, TicketListIndex.Order.NUMBER, false).isEmpty()).hasSizeGreaterThan(200);
        assertThat(TicketListIndex.of(List.of(), TERMS).query("王", TicketListIndex.Order.NUMBER, false)).isEmpty();
    }

    private static String mixedCase(String text, Random random) {
        StringBuilder mixed = new StringBuilder();
        text.chars().forEach(c -> mixed.append(random.nextBoolean() ? Character.toUpperCase((char) c) : (char) c));
        return mixed.toString();
    }

    @Test
    void theColumnsWithoutAPlainKeySortByWhatTheyShowOrByTheWorkflow() {
        TicketListIndex index = TicketListIndex.of(tickets, TERMS);

        assertThat(index.query("", TicketListIndex.Order.REQUESTER, false)).extracting(TicketColumn::requester).isSorted();
        assertThat(index.query("", TicketListIndex.Order.GROUP, true)).extracting(ticket -> TERMS.group(ticket.groupId()))
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(index.query("", TicketListIndex.Order.STATUS, false)).extracting(Ticket::status)
                .isSortedAccordingTo(Comparator.comparingInt(status -> TERMS.statuses().get(status).position()));
    }

    @Test
    void theReminderColumnSortsSoonestFirstAndTicketsWithoutOneLast() {
        Instant now = Instant.parse("2026-12-07T08:00:00Z");
        List<Ticket> some = tickets.subList(0, 6).stream().map(ticket -> ticket.id() % 3 == 0 ? ticket
                : TicketPatches.apply(ticket, new TicketPatch(ticket.version(), null, null, null, null, null, null, null, null, null, null, null,
                        Optional.of(now.plusSeconds(3600 * (7 - ticket.id() % 7)))))).toList();
        List<Ticket> sorted = TicketListIndex.of(some, TERMS).query("", TicketListIndex.Order.REMINDER, false);

        assertThat(sorted).extracting(Ticket::pendingUntil)
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                .contains((Instant) null).last().isNull();
    }

    /** What a row shows, written out here as the list's search is meant to read it. */
    private static String rowText(Ticket ticket) {
        return String.join(" ", ticket.number(), ticket.subject(), String.valueOf(ticket.requester().name()), ticket.requester().email(),
                ticket.requester().phone() == null ? "" : ticket.requester().phone(), TERMS.agent(ticket.assigneeId()),
                TERMS.group(ticket.groupId()), String.join(" ", ticket.tags())).toLowerCase(Locale.ROOT);
    }

    @Test
    void anOrderSortsByItsKeyThenById() {
        TicketListIndex index = TicketListIndex.of(tickets, TERMS);

        List<Ticket> byPriority = index.query("", TicketListIndex.Order.PRIORITY, true);
        assertThat(byPriority).isSortedAccordingTo(Comparator.comparing(Ticket::priority).thenComparingLong(Ticket::id).reversed());
        assertThat(byPriority.get(0).priority()).isEqualTo(TicketPriority.URGENT);
        assertThat(index.query("", TicketListIndex.Order.UPDATED, true)).isSortedAccordingTo(Comparator.comparing(Ticket::updatedAt)
                .thenComparingLong(Ticket::id).reversed());
        assertThat(index.query("refund", TicketListIndex.Order.UPDATED, false)).isSortedAccordingTo(Comparator.comparing(Ticket::updatedAt)
                .thenComparingLong(Ticket::id));
        assertThat(index.query("", TicketListIndex.Order.ASSIGNEE, false)).extracting(ticket -> TERMS.agent(ticket.assigneeId()))
                .isSorted();
    }
}
