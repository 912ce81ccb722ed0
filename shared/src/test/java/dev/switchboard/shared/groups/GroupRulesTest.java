package dev.switchboard.shared.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.automation.AutoMessageSettings;
import dev.switchboard.shared.chat.RoutingStrategy;
import dev.switchboard.shared.hours.BusinessHours;
import dev.switchboard.shared.hours.WeeklyPeriod;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.wrapup.WrapUpMode;
import dev.switchboard.shared.wrapup.WrapUpSetting;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupRulesTest {

    static GroupSetup valid() {
        return new GroupSetup(1, "售前 Pre-sales", "", 1, RoutingStrategy.SKILL, 30, 300,
                List.of(new GroupMember(2, 5), new GroupMember(3, 10)),
                new BusinessHours("Asia/Shanghai", List.of(new WeeklyPeriod(DayOfWeek.MONDAY, "09:00", "18:00")), null, null),
                new WrapUpSetting(WrapUpMode.REQUIRED, 120), AutoMessageSettings.NONE);
    }

    @Test
    void aCompleteSetupHolds() {
        assertThat(GroupRules.check(valid())).isEmpty();
    }

    @Test
    void everyWrongFieldIsNamedByItsJsonPath() {
        GroupSetup setup = valid();
        GroupSetup wrong = new GroupSetup(1, " ", setup.description(), 1, null, 4, 7201,
                List.of(new GroupMember(2, 0), new GroupMember(2, 5)),
                new BusinessHours("UTC", List.of(new WeeklyPeriod(DayOfWeek.MONDAY, "09:00", "18:00"),
                        new WeeklyPeriod(DayOfWeek.MONDAY, "17:00", "19:00")), null, null),
                new WrapUpSetting(null, 5),
                new AutoMessageSettings(null, 5, null, null, null, null, null, null, null));
        assertThat(GroupRules.check(wrong)).extracting(FieldError::field).containsExactly(
                "name", "strategy", "acceptTimeoutSeconds", "maxWaitSeconds", "members[0].skill", "members[1].agentId",
                "businessHours.weekly[1]", "wrapUp.mode", "wrapUp.timeLimitSeconds", "autoMessages.queueReassuranceSeconds");
    }

    @Test
    void absentPartsThatHaveNoDefaultAreRequired() {
        GroupSetup missing = new GroupSetup(1, null, null, 1, RoutingStrategy.LEAST_LOAD, null, null, null, null, null, null);
        assertThat(GroupRules.check(missing)).extracting(FieldError::field).containsExactly(
                "name", "acceptTimeoutSeconds", "maxWaitSeconds", "members", "wrapUp");
    }
}
