package dev.switchboard.server.triggers;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.sync.SyncService;
import dev.switchboard.server.tickets.TicketAutomation;
import dev.switchboard.server.tickets.TicketChangeHook;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.triggers.NewTicketSchedule;
import dev.switchboard.shared.triggers.RuleAction;
import dev.switchboard.shared.triggers.RuleActionType;
import dev.switchboard.shared.triggers.RuleCondition;
import dev.switchboard.shared.triggers.RuleOperator;
import dev.switchboard.shared.triggers.TicketNotification;
import dev.switchboard.shared.triggers.TicketSchedule;
import dev.switchboard.shared.triggers.TicketTrigger;
import dev.switchboard.shared.triggers.TriggerSettings;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Ticket triggers and schedules (issue 13, ADR 0032): {@code /api/v1/ticket-triggers} and
 * {@code /api/v1/ticket-schedules}, administrators only. Installed before the ticket core, which
 * calls the triggers through the {@link TicketChangeHook} published here; the schedules reach
 * tickets through the {@link TicketAutomation} the ticket core publishes (read when they run).
 * With the demo's settings, two schedules: remind on tickets pending 48 hours, close those solved 7 days.
 */
public final class TriggersFeature implements BackendFeature {

    /** How often each node looks for due schedules; their slots are minutes apart, and a slot runs once whoever looks. */
    static final Duration TICK = Duration.ofSeconds(30);
    private static final Duration PURGE = Duration.ofMinutes(10);

    private final boolean demo;

    /** @param demo seed the demo's schedules ({@code --demo}) */
    public TriggersFeature(boolean demo) {
        this.demo = demo;
    }

    @Override
    public void install(FeatureContext context) {
        ChangeLog changeLog = context.require(ChangeLog.class);
        AuditLog audit = context.require(AuditLog.class);
        TriggerService triggers = new TriggerService(context.jdbi(), context.clock(), changeLog, audit);
        ScheduleService schedules = new ScheduleService(context.jdbi(), context.clock(), changeLog, audit);
        TriggerEngine engine = new TriggerEngine(triggers);
        ScheduleRunner runner = new ScheduleRunner(context.jdbi(), context.clock(), schedules, triggers, engine,
                context.later(TicketAutomation.class));
        audiences(context.require(SyncService.class), context.require(AgentDirectory.class));
        if (demo) {
            schedules.seed(demoSchedules());
        }
        context.publish(TicketChangeHook.class, engine);
        context.publish(ScheduleRunner.class, runner);
        context.routes(new TriggerRoutes(triggers, schedules, context.require(Callers.class)));
        context.every(TICK, TICK, "running due ticket schedules", runner::runDue);
        context.every(PURGE, PURGE, "forgetting automatic ticket notifications older than an hour", () -> context.jdbi().useHandle(handle ->
                handle.createUpdate("DELETE FROM ticket_rule_notification WHERE at < :before")
                        .bind("before", context.clock().instant().minus(Duration.ofHours(1))).execute()));
    }

    /** Rules are administrators' business; a notification is for the ticket's assignee, or its group's members when nobody has it. */
    private static void audiences(SyncService sync, AgentDirectory agents) {
        for (String entity : List.of(TicketTrigger.ENTITY, TriggerSettings.ENTITY, TicketSchedule.ENTITY)) {
            sync.restrict(entity, reader -> change -> reader.role().atLeast(Role.ADMIN));
        }
        sync.restrict(TicketNotification.ENTITY, reader -> {
            Set<Long> groups = agents.groupsOf(reader.agentId());
            return change -> {
                if (change.data() == null) {
                    return false;
                }
                if (change.data().hasNonNull("assigneeId")) {
                    return change.data().get("assigneeId").asLong() == reader.agentId();
                }
                return change.data().hasNonNull("groupId") && groups.contains(change.data().get("groupId").asLong());
            };
        });
    }

    /** Remind on tickets pending 48 hours (once: they are tagged), close tickets solved 7 days ago. */
    static List<NewTicketSchedule> demoSchedules() {
        return List.of(
                new NewTicketSchedule("待回复提醒 Pending 48 h reminder", true, 60, null, null, null,
                        List.of(RuleCondition.of("status", RuleOperator.IS, "pending"),
                                RuleCondition.of("minutesInStatus", RuleOperator.AT_LEAST, "2880"),
                                RuleCondition.of("tags", RuleOperator.NOT_CONTAINS, "reminded")),
                        List.of(RuleAction.text(RuleActionType.NOTE, "{{number}} has waited 48 hours for the customer: remind them. "
                                        + "工单已等待客户回复 48 小时，请提醒客户。"),
                                RuleAction.tags(RuleActionType.ADD_TAGS, "reminded")), null),
                new NewTicketSchedule("自动关闭 Close solved after 7 days", true, 60, null, null, null,
                        List.of(RuleCondition.of("status", RuleOperator.IS, "solved"),
                                RuleCondition.of("minutesInStatus", RuleOperator.AT_LEAST, "10080")),
                        List.of(RuleAction.set("status", "closed")), null));
    }
}
