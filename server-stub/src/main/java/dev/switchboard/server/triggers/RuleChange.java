package dev.switchboard.server.triggers;

import java.util.Set;

/**
 * The change a rule is run for, as conditions see it: a creation, the fields changed, and who wrote
 * an added comment (null: none). A schedule's run is no change at all ({@link #NONE}).
 */
record RuleChange(boolean created, Set<String> changed, String commenter) {

    static final RuleChange NONE = new RuleChange(false, Set.of(), null);

    RuleChange {
        changed = Set.copyOf(changed);
    }

    static RuleChange byRules(Set<String> changed) {
        return new RuleChange(false, changed, null);
    }
}
