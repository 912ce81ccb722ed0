package dev.switchboard.shared.sla;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An SLA policy as administrators edit it (Zammad's model). Policies are tried in {@code position}
 * order; the first enabled one whose conditions all hold applies to a ticket. Each condition is a
 * list of accepted values: empty means "any"; a ticket matches a list when its value is in it.
 * Targets are business minutes of the policy's calendar, each optional (null: not measured).
 *
 * @param priorities      ticket priorities ({@link SlaPolicyRules#PRIORITIES})
 * @param categoryIds     ticket categories; a category matches its subcategories too
 * @param customerLevels  the requester's customer level, ignoring case
 * @param groupIds        the ticket's group
 * @param channels        where the ticket came from ({@link SlaPolicyRules#CHANNELS})
 * @param calendar        whose business hours count; {@code calendarGroupId} names the group for {@link SlaCalendarSource#GROUP}
 * @param updateMode      what {@code updateMinutes} measures; set exactly when it is
 * @param warningPercent  the share of a target after which the target warns, 1 to 99
 * @param raisePriorityTo on a breach, raise a lower priority to this one (null: leave it)
 * @param reassignGroupId on a breach, move the ticket to this group (null: leave it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SlaPolicy(
        long id,
        int position,
        String name,
        boolean enabled,
        List<String> priorities,
        List<Long> categoryIds,
        List<String> customerLevels,
        List<Long> groupIds,
        List<String> channels,
        SlaCalendarSource calendar,
        Long calendarGroupId,
        Integer firstResponseMinutes,
        Integer updateMinutes,
        SlaUpdateMode updateMode,
        Integer solutionMinutes,
        int warningPercent,
        String raisePriorityTo,
        Long reassignGroupId,
        long version) {

    /** The change log's entity name of SLA policies (synced to every agent: the ticket views show their targets). */
    public static final String ENTITY = "sla_policy";

    public SlaPolicy {
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
        customerLevels = customerLevels == null ? List.of() : List.copyOf(customerLevels);
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    /** The target in minutes, or null when the policy does not measure it. */
    public Integer minutes(SlaTarget target) {
        return switch (target) {
            case FIRST_RESPONSE -> firstResponseMinutes;
            case UPDATE -> updateMinutes;
            case SOLUTION -> solutionMinutes;
        };
    }
}
