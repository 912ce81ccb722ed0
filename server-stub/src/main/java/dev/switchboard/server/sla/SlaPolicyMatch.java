package dev.switchboard.server.sla;

import dev.switchboard.shared.sla.SlaPolicy;
import java.util.List;
import java.util.Optional;

/** Which policy applies to a ticket: the first enabled one, in order, whose every condition holds. */
public final class SlaPolicyMatch {

    private SlaPolicyMatch() {
    }

    public static Optional<SlaPolicy> first(List<SlaPolicy> ordered, SlaFacts facts) {
        return ordered.stream().filter(SlaPolicy::enabled).filter(policy -> matches(policy, facts)).findFirst();
    }

    /** Each condition list is empty (any) or holds the ticket's value; a category also covers its subcategories. */
    static boolean matches(SlaPolicy policy, SlaFacts facts) {
        return anyOrIgnoringCase(policy.priorities(), facts.priority())
                && (policy.categoryIds().isEmpty() || facts.categoryPath().stream().anyMatch(policy.categoryIds()::contains))
                && anyOrIgnoringCase(policy.customerLevels(), facts.customerLevel())
                && (policy.groupIds().isEmpty() || facts.groupId() != null && policy.groupIds().contains(facts.groupId()))
                && anyOrIgnoringCase(policy.channels(), facts.channel());
    }

    private static boolean anyOrIgnoringCase(List<String> accepted, String value) {
        return accepted.isEmpty() || value != null && accepted.stream().anyMatch(each -> each.equalsIgnoreCase(value.strip()));
    }
}
