package dev.switchboard.server.tickets;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.RequesterInput;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPriority;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's tickets, made through the service as the demo team would make them (so they have
 * numbers, history and change-log entries like any other): only on a backend without tickets.
 */
final class DemoTickets {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTickets.class);

    private final Jdbi jdbi;
    private final TicketService tickets;
    private final TicketComments comments;

    DemoTickets(Jdbi jdbi, TicketService tickets, TicketComments comments) {
        this.jdbi = jdbi;
        this.tickets = tickets;
        this.comments = comments;
    }

    void seed() {
        if (jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM ticket").mapTo(Integer.class).one()) > 0) {
            return;
        }
        Optional<Principal> alice = principal("alice");
        Optional<Principal> bob = principal("bob");
        Optional<Principal> carol = principal("carol");
        Optional<Long> presales = group("售前 Pre-sales");
        Optional<Long> aftersales = group("售后 After-sales");
        if (alice.isEmpty() || bob.isEmpty() || carol.isEmpty() || presales.isEmpty() || aftersales.isEmpty()) {
            LOG.info("demo tickets skipped: the demo team is not there");
            return;
        }
        Ticket broken = tickets.create(bob.get(), ticket("A7 扫地机器人开机后不充电 / A7 robot does not charge",
                "客户说充电座指示灯亮，但机器人不充电。已购买 3 周。", "李娜", "lina@example.com", null, 3L,
                TicketPriority.HIGH, null, aftersales.get(), TicketChannel.CHAT, List.of("a7", "charging")));
        comments.add(bob.get(), broken.id(), new NewTicketComment(CommentKind.PUBLIC_REPLY,
                "您好，请先用干布清洁充电触点，然后重新放回充电座。如仍不充电，我们安排换货。", null));
        comments.add(bob.get(), broken.id(), new NewTicketComment(CommentKind.INTERNAL_NOTE, "可能是批次 2611 的充电触点问题，已问仓库。", null));
        tickets.patch(bob.get(), broken.id(), TicketPatch.status(broken.version(), "pending"));

        tickets.create(alice.get(), ticket("Bulk order price for 50 × A3", "We want 50 units for our offices. Is there a volume discount?",
                "Tom Baker", "tom.baker@example.org", null, 1L, TicketPriority.NORMAL, alice.get().agentId(), presales.get(),
                TicketChannel.EMAIL, List.of("b2b", "discount")));
        tickets.create(carol.get(), ticket("快递延误一周 / Delivery late by a week", "订单 20261128-8841 仍未发货，客户很不满。",
                "王强", null, "138 0013 8000", 2L, TicketPriority.URGENT, null, aftersales.get(), TicketChannel.PHONE, List.of("delivery")));
        Ticket idea = tickets.create(alice.get(), ticket("建议增加深色模式 / Dark mode for the app", "客户建议 App 增加深色模式。",
                "陈晨", "chenchen@example.cn", null, 4L, TicketPriority.LOW, null, presales.get(), TicketChannel.WEB_FORM, List.of("app")));
        tickets.patch(alice.get(), idea.id(), TicketPatch.status(idea.version(), "solved"));
        LOG.info("demo tickets created");
    }

    private static NewTicket ticket(String subject, String description, String name, String email, String phone, Long categoryId,
                                    TicketPriority priority, Long assigneeId, Long groupId, TicketChannel channel, List<String> tags) {
        return new NewTicket(subject, description, null, new RequesterInput(name, email, phone, null), categoryId, priority, null, assigneeId,
                groupId, channel, tags, null, null, null, null, null);
    }

    private Optional<Principal> principal(String login) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, role FROM agent WHERE login = :login").bind("login", login)
                .map((rs, ctx) -> new Principal(rs.getLong("id"), login, Role.valueOf(rs.getString("role")), 0)).findOne());
    }

    private Optional<Long> group(String name) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM agent_group WHERE name = :name").bind("name", name)
                .mapTo(Long.class).findOne());
    }
}
