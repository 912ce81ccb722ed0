package dev.switchboard.server.sla;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.sla.SlaCalendarSource;
import dev.switchboard.shared.sla.SlaPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first enabled policy whose conditions all hold applies. */
class SlaPolicyMatchTest {

    static SlaPolicy policy(long id, boolean enabled, List<String> priorities, List<Long> categories, List<String> levels, List<Long> groups,
                            List<String> channels) {
        return new SlaPolicy(id, (int) id, "P" + id, enabled, priorities, categories, levels, groups, channels, SlaCalendarSource.ALWAYS, null,
                60, null, null, null, 80, null, null, 1);
    }

    static final SlaPolicy URGENT_VIP_EMAIL = policy(1, true, List.of("URGENT"), List.of(), List.of("VIP"), List.of(), List.of("EMAIL"));
    static final SlaPolicy DISABLED_FOR_ALL = policy(2, false, List.of(), List.of(), List.of(), List.of(), List.of());
    static final SlaPolicy COMPLAINTS_IN_GROUP_3 = policy(3, true, List.of(), List.of(20L), List.of(), List.of(3L), List.of());
    static final SlaPolicy EVERY_TICKET = policy(4, true, List.of(), List.of(), List.of(), List.of(), List.of());
    static final List<SlaPolicy> ORDERED = List.of(URGENT_VIP_EMAIL, DISABLED_FOR_ALL, COMPLAINTS_IN_GROUP_3, EVERY_TICKET);

    static long match(SlaFacts facts) {
        return SlaPolicyMatch.first(ORDERED, facts).orElseThrow().id();
    }

    @Test
    void theFirstEnabledPolicyWhoseConditionsAllHoldApplies() {
        assertThat(match(new SlaFacts("URGENT", List.of(), "vip", 3L, "EMAIL"))).as("levels ignore case").isEqualTo(1);
        assertThat(match(new SlaFacts("URGENT", List.of(), "VIP", 3L, "CHAT"))).as("another channel").isEqualTo(4);
        assertThat(match(new SlaFacts("LOW", List.of(20L, 21L), null, 3L, "CHAT"))).as("a subcategory of 20").isEqualTo(3);
        assertThat(match(new SlaFacts("LOW", List.of(20L), null, 2L, "CHAT"))).as("another group").isEqualTo(4);
        assertThat(match(new SlaFacts("LOW", List.of(21L), null, null, null))).as("no group").isEqualTo(4);
        assertThat(match(new SlaFacts(null, List.of(), null, null, null))).as("nothing known").isEqualTo(4);
        assertThat(SlaPolicyMatch.first(List.of(URGENT_VIP_EMAIL, DISABLED_FOR_ALL), new SlaFacts("LOW", List.of(), null, null, "EMAIL")))
                .as("no policy applies").isEmpty();
    }
}
