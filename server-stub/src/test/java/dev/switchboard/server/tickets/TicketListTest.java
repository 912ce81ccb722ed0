package dev.switchboard.server.tickets;

import static dev.switchboard.server.tickets.Tickets.AFTERSALES;
import static dev.switchboard.server.tickets.Tickets.PRESALES;
import static dev.switchboard.server.tickets.Tickets.VIP;
import static dev.switchboard.server.tickets.Tickets.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Listing tickets: each filter, paging without repeats or gaps, sorting, and bad parameters. */
class TicketListTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perClass();
    static ApiClient api;
    static Tickets tickets;
    static String admin;
    static Ticket printer;
    static Ticket invoice;
    static Ticket vipCall;
    static Ticket refund;
    static Ticket subInquiry;

    @BeforeAll
    static void someTickets() {
        api = backend.api();
        tickets = new Tickets(api);
        admin = backend.token("admin");
        String carol = backend.token("carol");
        long subCategory = api.post("/api/v1/ticket-categories", admin, Map.of("parentId", 1, "name", "Pricing", "nameZh", "价格"))
                .json().path("id").asLong();
        printer = tickets.create(carol, body("subject", "Printer 100% broken", "description", "paper_jam on tray 2", "groupId", AFTERSALES,
                "priority", "HIGH", "categoryId", 3, "tags", List.of("printer"), "requester", Map.of("email", "p@example.com")));
        backend.clock().advance(Duration.ofMinutes(1));
        invoice = tickets.create(carol, body("subject", "Invoice copy", "groupId", PRESALES, "priority", "LOW", "categoryId", 1,
                "requester", Map.of("email", "i@example.com")));
        backend.clock().advance(Duration.ofMinutes(1));
        vipCall = tickets.create(carol, body("subject", "Call the VIP", "groupId", VIP, "priority", "URGENT", "tags", List.of("vip", "printer"),
                "requester", Map.of("email", "v@example.com"), "assigneeId", api.get("/api/v1/auth/me", backend.token("alice")).json().path("id").asLong()));
        backend.clock().advance(Duration.ofMinutes(1));
        refund = tickets.create(carol, body("subject", "Refund", "groupId", AFTERSALES, "categoryId", 2,
                "requester", Map.of("email", "p@example.com")));
        backend.clock().advance(Duration.ofMinutes(1));
        subInquiry = tickets.create(carol, body("subject", "Volume price", "groupId", PRESALES, "categoryId", subCategory,
                "requester", Map.of("email", "s@example.com")));
        backend.clock().advance(Duration.ofMinutes(1));
        tickets.patch(carol, refund.id(), body("version", 1, "status", "open"));
    }

    @Test
    void eachFilterFindsItsTickets() {
        assertThat(ids("")).as("newest change first").containsExactly(refund.id(), subInquiry.id(), vipCall.id(), invoice.id(), printer.id());
        assertThat(ids("status=open")).containsExactly(refund.id());
        assertThat(ids("status=new,open&group=" + AFTERSALES)).containsExactlyInAnyOrder(refund.id(), printer.id());
        assertThat(ids("priority=high,urgent")).containsExactlyInAnyOrder(printer.id(), vipCall.id());
        assertThat(ids("assignee=" + vipCall.assigneeId())).containsExactly(vipCall.id());
        assertThat(ids("assignee=none&group=" + PRESALES)).containsExactlyInAnyOrder(invoice.id(), subInquiry.id());
        assertThat(ids("requester=" + printer.requester().id())).containsExactlyInAnyOrder(printer.id(), refund.id());
        assertThat(ids("category=1")).as("a category and those below it").containsExactlyInAnyOrder(invoice.id(), subInquiry.id());
        assertThat(ids("tag=PRINTER")).containsExactlyInAnyOrder(printer.id(), vipCall.id());
        assertThat(ids("text=100%25")).as("% is a character, not a wildcard").containsExactly(printer.id());
        assertThat(ids("text=paper_jam")).containsExactly(printer.id());
        assertThat(ids("text=100x")).isEmpty();
        assertThat(ids("text=" + invoice.number().toLowerCase())).as("by number").containsExactly(invoice.id());
    }

    @Test
    void pagesFollowEachOtherWithoutRepeatsOrGaps() {
        List<Long> paged = new ArrayList<>();
        for (int offset = 0; offset < 5; offset += 2) {
            TicketPage page = tickets.list(admin, "sort=priority&limit=2&offset=" + offset);
            assertThat(page.total()).isEqualTo(5);
            page.tickets().forEach(ticket -> paged.add(ticket.id()));
        }
        // ties (two of normal priority) in the order of ids
        assertThat(paged).containsExactly(invoice.id(), refund.id(), subInquiry.id(), printer.id(), vipCall.id());
        assertThat(ids("sort=-priority")).startsWith(vipCall.id(), printer.id());
        assertThat(ids("sort=number")).containsExactly(printer.id(), invoice.id(), vipCall.id(), refund.id(), subInquiry.id());
        assertThat(ids("sort=subject")).first().isEqualTo(vipCall.id());
        assertThat(ids("sort=-createdAt")).first().isEqualTo(subInquiry.id());
    }

    @Test
    void badParametersAreRefusedByName() {
        for (String query : List.of("sort=colour", "priority=meh", "assignee=someone", "group=x", "limit=0", "limit=101", "offset=-1", "category=0")) {
            var response = api.get("/api/v1/tickets?" + query, admin);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.json().path("errors").get(0).path("field").asText()).as(query).isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    private static List<Long> ids(String query) {
        return tickets.list(admin, query).tickets().stream().map(Ticket::id).toList();
    }
}
