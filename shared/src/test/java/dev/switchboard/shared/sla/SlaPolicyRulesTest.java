package dev.switchboard.shared.sla;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.problem.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules the backend enforces and the workstation's editor checks before sending. */
class SlaPolicyRulesTest {

    static NewSlaPolicy policy(SlaCalendarSource calendar, Long calendarGroup, Integer first, Integer update, SlaUpdateMode mode,
                               Integer solution, Integer warning, Long version) {
        return new NewSlaPolicy("Standard", null, List.of("HIGH"), List.of(20L), List.of("VIP"), List.of(1L), List.of("EMAIL"), calendar,
                calendarGroup, first, update, mode, solution, warning, null, null, version);
    }

    static List<String> fields(NewSlaPolicy policy, boolean replacing) {
        return SlaPolicyRules.check(policy, replacing, id -> id == 1L).stream().map(FieldError::field).toList();
    }

    @Test
    void aPolicyWithATargetAndACalendarHolds() {
        assertThat(fields(policy(SlaCalendarSource.TICKET_GROUP, null, 60, null, null, null, null, null), false)).isEmpty();
        assertThat(fields(policy(SlaCalendarSource.GROUP, 1L, null, 30, SlaUpdateMode.AFTER_CUSTOMER_MESSAGE, 480, 99, 3L), true)).isEmpty();
        assertThat(fields(policy(SlaCalendarSource.ALWAYS, null, 1, null, null, SlaPolicyRules.MAX_MINUTES, 1, null), false)).isEmpty();
    }

    @Test
    void everyWrongFieldIsNamed() {
        assertThat(fields(policy(null, null, null, null, null, null, null, null), true))
                .containsExactly("calendar", "firstResponseMinutes", "version");
        assertThat(fields(policy(SlaCalendarSource.ALWAYS, 1L, 0, -1, null, SlaPolicyRules.MAX_MINUTES + 1, 100, 1L), true))
                .containsExactly("calendarGroupId", "firstResponseMinutes", "updateMinutes", "solutionMinutes", "updateMode", "warningPercent");
        assertThat(fields(policy(SlaCalendarSource.GROUP, 2L, 60, null, SlaUpdateMode.BETWEEN_AGENT_UPDATES, null, 80, null), false))
                .containsExactly("calendarGroupId", "updateMode");
        NewSlaPolicy badLists = new NewSlaPolicy(" ", true, List.of("HIGH", "HIGH"), List.of(-1L), List.of("VIP", " vip"), List.of(2L),
                List.of("SMS"), SlaCalendarSource.ALWAYS, null, 60, null, null, null, null, "HIGHEST", 2L, null);
        assertThat(fields(badLists, false)).containsExactly("name", "priorities[1]", "channels[0]", "categoryIds[0]", "customerLevels[1]",
                "groupIds[0]", "raisePriorityTo", "reassignGroupId");
    }
}
