package dev.switchboard.shared.groups;

import dev.switchboard.shared.agents.AgentRules;
import dev.switchboard.shared.agents.NewGroup;
import dev.switchboard.shared.agents.SkillChange;
import dev.switchboard.shared.automation.AutoMessageRules;
import dev.switchboard.shared.chat.GroupChatSettings;
import dev.switchboard.shared.hours.BusinessHoursRules;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.wrapup.WrapUpSetting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a group's setup must look like (name, time-outs, members, business hours, wrap-up, automatic
 * messages), field by field with the JSON names of {@link GroupSetup}. The backend enforces it and
 * also checks what only it knows (a name another group has, agents that exist); the workstation
 * checks before sending.
 */
public final class GroupRules {

    public static final int ACCEPT_TIMEOUT_MIN = 5;
    public static final int ACCEPT_TIMEOUT_MAX = 600;
    public static final int MAX_WAIT_MIN = 10;
    public static final int MAX_WAIT_MAX = 7200;
    public static final int MEMBERS_MAX = 1000;
    public static final String REQUIRED = "required";
    public static final String NAME_TAKEN = "another group has this name";

    private GroupRules() {
    }

    public static List<FieldError> check(GroupSetup setup) {
        List<FieldError> errors = new ArrayList<>(AgentRules.check(new NewGroup(setup.name(), setup.description())));
        if (setup.strategy() == null) {
            errors.add(new FieldError("strategy", "ROUND_ROBIN, LEAST_LOAD, RETURNING_TO_LAST or SKILL"));
        }
        errors.addAll(check(new GroupChatSettings(setup.strategy(), setup.acceptTimeoutSeconds(), setup.maxWaitSeconds()), true));
        checkMembers(setup.members(), errors);
        if (setup.businessHours() != null) {
            errors.addAll(BusinessHoursRules.check(setup.businessHours(), "businessHours."));
        }
        if (setup.wrapUp() == null) {
            errors.add(new FieldError("wrapUp", REQUIRED));
        } else {
            errors.addAll(check(setup.wrapUp(), "wrapUp."));
        }
        if (setup.autoMessages() != null) {
            errors.addAll(AutoMessageRules.check(setup.autoMessages(), "autoMessages."));
        }
        return errors;
    }

    /** The time-outs of a group's chat settings; {@code required}: absent ones are errors too. */
    public static List<FieldError> check(GroupChatSettings settings, boolean required) {
        List<FieldError> errors = new ArrayList<>();
        range(settings.acceptTimeoutSeconds(), ACCEPT_TIMEOUT_MIN, ACCEPT_TIMEOUT_MAX, "acceptTimeoutSeconds", required, errors);
        range(settings.maxWaitSeconds(), MAX_WAIT_MIN, MAX_WAIT_MAX, "maxWaitSeconds", required, errors);
        return errors;
    }

    /** A wrap-up rule: a mode, and a time limit within its range. */
    public static List<FieldError> check(WrapUpSetting setting, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (setting.mode() == null) {
            errors.add(new FieldError(prefix + "mode", "OPTIONAL or REQUIRED"));
        }
        if (setting.timeLimitSeconds() < WrapUpSetting.MIN_TIME_LIMIT_SECONDS || setting.timeLimitSeconds() > WrapUpSetting.MAX_TIME_LIMIT_SECONDS) {
            errors.add(new FieldError(prefix + "timeLimitSeconds", WrapUpSetting.MIN_TIME_LIMIT_SECONDS + " to " + WrapUpSetting.MAX_TIME_LIMIT_SECONDS));
        }
        return errors;
    }

    private static void checkMembers(List<GroupMember> members, List<FieldError> errors) {
        if (members == null) {
            errors.add(new FieldError("members", REQUIRED));
            return;
        }
        if (members.size() > MEMBERS_MAX) {
            errors.add(new FieldError("members", "at most " + MEMBERS_MAX));
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            GroupMember member = members.get(i);
            if (member == null || member.agentId() <= 0) {
                errors.add(new FieldError("members[" + i + "].agentId", "an agent's id"));
                continue;
            }
            if (!seen.add(member.agentId())) {
                errors.add(new FieldError("members[" + i + "].agentId", BusinessHoursRules.LISTED_TWICE));
            }
            if (member.skill() == null || member.skill() < SkillChange.MIN || member.skill() > SkillChange.MAX) {
                errors.add(new FieldError("members[" + i + "].skill", SkillChange.MIN + " to " + SkillChange.MAX));
            }
        }
    }

    private static void range(Integer value, int min, int max, String field, boolean required, List<FieldError> errors) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, min + " to " + max));
            }
        } else if (value < min || value > max) {
            errors.add(new FieldError(field, min + " to " + max));
        }
    }
}
