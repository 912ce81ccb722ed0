package dev.switchboard.server.triggers;

import dev.switchboard.server.tickets.TicketChangeEvent;
import dev.switchboard.server.tickets.TicketChangeHook;
import dev.switchboard.server.tickets.TicketFacts;
import dev.switchboard.server.tickets.TicketRuleSession;
import dev.switchboard.shared.triggers.TicketTrigger;
import dev.switchboard.shared.triggers.TriggerEvent;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Runs the triggers after every change of a ticket, in the change's transaction (ADR 0032).
 *
 * <p>A round runs the enabled triggers in order over one change: each whose events and conditions
 * hold for the ticket as the round began applies its actions. A trigger's changes are not seen by
 * the triggers of its own round; they make the next round's change, and there are at most
 * {@code chainDepth} further rounds (0, the default: rules' changes run no rules). Each trigger runs
 * at most once per ticket for one originating change, whatever the depth, so two triggers that
 * undo each other stop after one turn each. A round that changed no field ends the chain.
 *
 * <p>A time event (an SLA warning or breach, a pending reminder reached) is a round's change like
 * any other: its triggers run once with it, and their changes chain as UPDATED within the same depth.
 */
final class TriggerEngine implements TicketChangeHook {

    private final TriggerService triggers;

    TriggerEngine(TriggerService triggers) {
        this.triggers = triggers;
    }

    @Override
    public void changed(TicketRuleSession session, TicketChangeEvent event) {
        TriggerEvent kind = event.moment() != null ? TriggerEvent.valueOf(event.moment().name())
                : event.created() ? TriggerEvent.CREATED : TriggerEvent.UPDATED;
        RuleChange change = new RuleChange(kind, event.changed(), event.commenter() == null ? null : event.commenter().name());
        run(session, event.ticket().id(), change, 0);
    }

    /** The triggers' turn after a schedule (a rule of depth 0) changed {@code changed} of a ticket. */
    void afterRule(TicketRuleSession session, long ticketId, Set<String> changed) {
        if (!changed.isEmpty() && triggers.rules().settings().chainDepth() >= 1) {
            run(session, ticketId, RuleChange.byRules(changed), 1);
        }
    }

    private void run(TicketRuleSession session, long ticketId, RuleChange first, int firstDepth) {
        TriggerService.Rules rules = triggers.rules();
        Set<Long> ran = new HashSet<>();
        RuleChange change = first;
        for (int depth = firstDepth; ; depth++) {
            TicketFacts facts = session.facts(ticketId);
            TriggerEvent event = change.event();
            Set<String> changedByRules = new LinkedHashSet<>();
            for (TicketTrigger trigger : rules.triggers()) {
                if (trigger.enabled() && !ran.contains(trigger.id()) && trigger.events().contains(event)
                        && RuleConditions.hold(trigger.conditions(), facts, change, session.now())) {
                    ran.add(trigger.id());
                    changedByRules.addAll(RuleActions.apply(session, session.facts(ticketId).ticket(), trigger.name(), trigger.actions(),
                            rules.settings().notificationsPerHour()));
                }
            }
            if (changedByRules.isEmpty() || depth >= rules.settings().chainDepth()) {
                return;
            }
            change = RuleChange.byRules(changedByRules);
        }
    }
}
