package dev.switchboard.server.tickets;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.chat.Chat;
import dev.switchboard.server.customers.Customers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sla.TicketSla;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.sync.SyncService;

/**
 * Tickets (issue 13, ADR 0028): {@code /api/v1/tickets} with comments and history, and their setup
 * (categories, statuses, custom fields), synced through the change log to the agents who may see
 * them. With the demo's settings, a handful of tickets. Each ticket's SLA is evaluated on every change
 * and stored with it; {@link TicketSlaScheduler} announces warnings and breaches (ADR 0029).
 */
public final class TicketsFeature implements BackendFeature {

    private final boolean demo;

    /** @param demo seed the demo's tickets (with {@code --demo}; tests start without them) */
    public TicketsFeature(boolean demo) {
        this.demo = demo;
    }

    @Override
    public void install(FeatureContext context) {
        ChangeLog changeLog = context.require(ChangeLog.class);
        AuditLog audit = context.require(AuditLog.class);
        Callers callers = context.require(Callers.class);
        TicketAccess access = new TicketAccess(context.require(AgentDirectory.class), context.require(SyncService.class));
        CustomFields fields = new CustomFields(context.jdbi(), changeLog, audit);
        // the rules' port (ADR 0032): the triggers feature, installed before this one, publishes it
        TicketChangeHook rules = context.require(TicketChangeHook.class);
        TicketSla sla = context.require(TicketSla.class);
        TicketSlas slas = new TicketSlas(sla);
        TicketService tickets = new TicketService(context.jdbi(), changeLog, access, new TicketNumbers(context.jdbi(), context.clock()),
                context.require(Customers.class), fields, rules, slas);
        TicketComments comments = new TicketComments(context.jdbi(), changeLog, access, tickets, rules, slas);
        context.publish(TicketAutomation.class, new TicketAutomation(context.jdbi(), changeLog, tickets));
        TicketSlaScheduler scheduler = new TicketSlaScheduler(context.jdbi(), context.clock(), changeLog, sla, slas);
        context.publish(TicketSlaScheduler.class, scheduler);
        context.every(TicketSlaScheduler.PERIOD, TicketSlaScheduler.PERIOD, "SLA warnings and breaches", scheduler::runNow);
        // issue 13, working the queue together (ADR 0037): bulk changes, merge and split, who views and replies
        TicketsTogether.install(context, tickets, comments, access, slas);
        if (demo) {
            new DemoTickets(context.jdbi(), tickets, comments).seed();
        }
        context.routes(new TicketSetupRoutes(new TicketSetup(context.jdbi(), changeLog, audit), fields, callers),
                new TicketRoutes(tickets, new TicketSearch(context.jdbi(), access), comments,
                        new TicketsFromChats(context.jdbi(), context.require(Chat.class), tickets), callers));
    }
}
