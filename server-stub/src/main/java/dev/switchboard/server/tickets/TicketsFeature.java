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
        TicketNumbers numbers = new TicketNumbers(context.jdbi(), context.clock());
        TicketService tickets = new TicketService(context.jdbi(), changeLog, access, numbers, context.require(Customers.class), fields, rules, slas,
                new TicketReplies());
        TicketComments comments = new TicketComments(context.jdbi(), changeLog, access, tickets, rules, slas, tickets.replies());
        // the e-mail channel (ADR 0035), installed after this feature, makes tickets and hears public replies through this
        TicketAttachmentStore files = new TicketAttachmentStore(context.dataDir());
        context.publish(TicketChannels.class, new TicketChannels(changeLog, tickets, numbers, rules, slas, files));
        context.publish(TicketAutomation.class, new TicketAutomation(context.jdbi(), changeLog, tickets));
        // intake without an agent (web forms, left messages) and files of tickets (ADR 0036)
        context.publish(TicketIntake.class, new TicketIntake(context.jdbi(), changeLog, tickets, files));
        // the offline sync (ADR 0034) applies workstations' mutations through the same service paths
        context.publish(TicketSyncPort.class, new TicketSyncPort(context.jdbi(), access, tickets, comments));
        // SLA warnings and breaches and reached pending reminders run the time-event triggers
        TicketMoments moments = new TicketMoments(rules, tickets);
        TicketSlaScheduler scheduler = new TicketSlaScheduler(context.jdbi(), context.clock(), changeLog, sla, slas, moments);
        context.publish(TicketSlaScheduler.class, scheduler);
        context.every(TicketSlaScheduler.PERIOD, TicketSlaScheduler.PERIOD, "SLA warnings and breaches", scheduler::tick);
        PendingReminders reminders = new PendingReminders(context.jdbi(), context.clock(), changeLog, moments, slas);
        context.publish(PendingReminders.class, reminders);
        context.every(PendingReminders.PERIOD, PendingReminders.PERIOD, "pending reminders reached", reminders::runNow);
        // issue 13, working the queue together (ADR 0037): bulk changes, merge and split, who views and replies
        TicketsTogether.install(context, tickets, comments, access, slas);
        if (demo) {
            new DemoTickets(context.jdbi(), tickets, comments).seed();
        }
        context.routes(new TicketSetupRoutes(new TicketSetup(context.jdbi(), changeLog, audit), fields, callers),
                new TicketRoutes(tickets, new TicketSearch(context.jdbi(), access), comments,
                        new TicketsFromChats(context.jdbi(), context.require(Chat.class), tickets), callers),
                new TicketAttachmentRoutes(new TicketAttachments(context.jdbi(), context.clock(), access, files), callers));
    }
}
