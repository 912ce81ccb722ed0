package dev.switchboard.app.tickets;

import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.sla.SlaState;
import dev.switchboard.shared.sla.SlaTarget;
import dev.switchboard.shared.sla.SlaTargetClock;
import dev.switchboard.shared.sla.TicketSlaStatus;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.Requester;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketHistoryEntry;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/** The tickets, names and source of {@link TicketListBenchmark} (and of the index's tests): open tickets as the backend answers them. */
final class TicketListBenchmarkData {

    static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "Smith", "Müller", "García"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "Anna", "Ben", "Chloe"};
    private static final String[] TOPICS = {"退款", "发票", "物流", "屏幕", "登录", "账号", "Refund", "Invoice", "Delivery late",
        "Broken screen", "Cannot log in", "Password reset", "订单号", "退货", "保修", "Warranty", "Upgrade"};
    private static final String[] TAGS = {"vip", "refund", "urgent", "hardware", "billing", "repeat", "shanghai", "beijing"};

    private TicketListBenchmarkData() {
    }

    static TicketTerms terms() {
        List<Agent> agents = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            agents.add(new Agent(i, String.format("agent%02d", i), String.format("Agent %02d", i), Role.AGENT, List.of((long) (i % 10) + 1),
                    Map.of(), 8, AgentStatus.ONLINE, true, 1, null));
        }
        List<Group> groups = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            groups.add(new Group(i, "Group " + i, "", 1));
        }
        return new TicketTerms(List.of(
                new TicketStatus("new", "New", "新建", StatusKind.NEW, false, 1, true, 1),
                new TicketStatus("open", "Open", "处理中", StatusKind.OPEN, false, 2, true, 1),
                new TicketStatus("pending", "Pending", "待回复", StatusKind.WAITING, true, 3, true, 1),
                new TicketStatus("solved", "Solved", "已解决", StatusKind.SOLVED, false, 4, true, 1)), List.of(),
                TeamSnapshot.of(agents, groups, 1));
    }

    /** Open tickets as the backend answers them: a requester with contacts, tags, an SLA with two clocks on most. */
    static List<Ticket> tickets(int count, Random random) {
        List<Ticket> tickets = new ArrayList<>(count);
        String[] statuses = {"new", "open", "open", "pending"};
        for (int i = 1; i <= count; i++) {
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
            Requester requester = new Requester(i, name, "customer" + i + "@example.cn", random.nextBoolean() ? "+86 138 " + (10_000_000 + i) : null,
                    null);
            String subject = TOPICS[random.nextInt(TOPICS.length)] + " " + TOPICS[random.nextInt(TOPICS.length)] + " #" + (100_000 + random.nextInt(900_000));
            List<String> tags = new ArrayList<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                String tag = TAGS[random.nextInt(TAGS.length)];
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            Instant created = NOW.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
            Instant updated = created.plus(Duration.ofMinutes(random.nextInt(60 * 24)));
            TicketSlaStatus sla = random.nextInt(10) < 8 ? new TicketSlaStatus(1L, "Default", SlaState.RUNNING, updated.plus(Duration.ofHours(8)),
                    List.of(new SlaTargetClock(SlaTarget.FIRST_RESPONSE, SlaState.MET, 480, 30, 0, created.plus(Duration.ofMinutes(384)),
                                    created.plus(Duration.ofHours(8)), created.plus(Duration.ofMinutes(30))),
                            new SlaTargetClock(SlaTarget.SOLUTION, SlaState.RUNNING, 4320, 600, 0, created.plus(Duration.ofMinutes(3456)),
                                    created.plus(Duration.ofDays(3)), null)), updated) : null;
            Long assignee = random.nextInt(4) == 0 ? null : (long) random.nextInt(100) + 1;
            tickets.add(new Ticket(i, String.format("T-2026%04d-%04d", 1000 + i / 10_000, i % 10_000), subject, null, requester, null,
                    TicketPriority.values()[random.nextInt(4)], statuses[random.nextInt(statuses.length)], assignee, (long) random.nextInt(10) + 1,
                    TicketChannel.values()[random.nextInt(TicketChannel.values().length)], tags, null, null, List.of(), Map.of(), 1 + random.nextInt(9),
                    null, created, updated, sla));
        }
        return tickets;
    }

    /** Answers the whole list for any queue; nothing else is asked. */
    static final class ListSource implements TicketSource {
        private final List<Ticket> tickets;

        ListSource(List<Ticket> tickets) {
            this.tickets = tickets;
        }

        @Override
        public CompletableFuture<List<Ticket>> list(TicketFilter filter) {
            return CompletableFuture.completedFuture(tickets);
        }

        private static <T> CompletableFuture<T> unused() {
            return CompletableFuture.failedFuture(new UnsupportedOperationException("not part of the benchmark"));
        }

        @Override
        public CompletableFuture<Ticket> get(long id) {
            return unused();
        }

        @Override
        public CompletableFuture<List<TicketComment>> comments(long ticketId) {
            return unused();
        }

        @Override
        public CompletableFuture<List<TicketHistoryEntry>> history(long ticketId) {
            return unused();
        }

        @Override
        public CompletableFuture<Ticket> create(NewTicket ticket) {
            return unused();
        }

        @Override
        public CompletableFuture<Ticket> createFromChat(long conversationId) {
            return unused();
        }

        @Override
        public CompletableFuture<Ticket> patch(long id, TicketPatch patch) {
            return unused();
        }

        @Override
        public CompletableFuture<TicketComment> comment(long ticketId, NewTicketComment comment) {
            return unused();
        }

        @Override
        public CompletableFuture<List<TicketStatus>> statuses() {
            return unused();
        }

        @Override
        public CompletableFuture<List<TicketCategory>> categories() {
            return unused();
        }
    }
}
