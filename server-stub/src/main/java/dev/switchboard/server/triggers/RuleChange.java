package dev.switchboard.server.triggers;

import dev.switchboard.shared.triggers.TriggerEvent;
import java.util.Set;

/**
 * The change a rule is run for, as conditions see it: the event (a creation, an update, or a moment
 * such as an SLA breach), the fields changed, and who wrote an added comment (null: none). A
 * schedule's run is no change at all ({@link #NONE}).
 */
record RuleChange(TriggerEvent event, Set<String> changed, String commenter) {

    static final RuleChange NONE = new RuleChange(TriggerEvent.UPDATED, Set.of(), null);

    RuleChange {
        changed = Set.copyOf(changed);
    }

    static RuleChange byRules(Set<String> changed) {
        return new RuleChange(TriggerEvent.UPDATED, changed, null);
    }
}
