package dev.switchboard.server.sla;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.hours.BusinessHoursService;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.sla.NewSlaPolicy;
import dev.switchboard.shared.sla.SlaCalendarSource;
import dev.switchboard.shared.sla.SlaUpdateMode;
import java.util.List;

/**
 * SLA policies ({@code /api/v1/sla-policies}) and the clock of a ticket. Publishes
 * {@link TicketSla}, the port the ticket core evaluates its tickets through (ADR 0029); after
 * business hours, whose calendars the policies count in.
 */
public final class SlaFeature implements BackendFeature {

    private final boolean demo;

    /** @param demo seed the demo's policies (with the demo's business hours, {@code --demo}) */
    public SlaFeature(boolean demo) {
        this.demo = demo;
    }

    @Override
    public void install(FeatureContext context) {
        SlaPolicyService policies = new SlaPolicyService(context.jdbi(), context.clock(), context.require(ChangeLog.class),
                context.require(AuditLog.class));
        if (demo) {
            policies.seed(demoPolicies());
        }
        context.routes(new SlaPolicyRoutes(policies, context.require(Callers.class)));
        context.publish(SlaPolicyService.class, policies);
        context.publish(TicketSla.class, new SlaEvaluator(context.jdbi(), policies, context.require(BusinessHoursService.class)));
    }

    /** Urgent VIP tickets around the clock, complaints fast in the group's hours, every other ticket in the group's hours. */
    static List<NewSlaPolicy> demoPolicies() {
        return List.of(
                new NewSlaPolicy("VIP 紧急 urgent, 24/7", true, List.of("HIGH", "URGENT"), List.of(), List.of("VIP"), List.of(), List.of(),
                        SlaCalendarSource.ALWAYS, null, 30, 60, SlaUpdateMode.BETWEEN_AGENT_UPDATES, 240, 80, "URGENT", null, null),
                new NewSlaPolicy("标准 Standard", true, List.of(), List.of(), List.of(), List.of(), List.of(), SlaCalendarSource.TICKET_GROUP,
                        null, 120, 240, SlaUpdateMode.AFTER_CUSTOMER_MESSAGE, 1440, 80, null, null, null));
    }
}
