package dev.switchboard.shared.sla;

import java.util.List;

/**
 * Body of {@code POST /api/v1/sla-policies} and {@code PUT /api/v1/sla-policies/{id}}: a policy
 * without its id and place (a new one goes last; {@code /order} moves it). {@code PUT} replaces the
 * policy and must carry the {@code version} it was read with. Absent lists mean "any"; an absent
 * {@code enabled} is true and an absent {@code warningPercent} is {@link SlaPolicyRules#DEFAULT_WARNING_PERCENT}.
 * Lists must not hold nulls (refused as malformed JSON).
 */
public record NewSlaPolicy(
        String name,
        Boolean enabled,
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
        Integer warningPercent,
        String raisePriorityTo,
        Long reassignGroupId,
        Long version) {

    public NewSlaPolicy {
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
        customerLevels = customerLevels == null ? List.of() : List.copyOf(customerLevels);
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        channels = channels == null ? List.of() : List.copyOf(channels);
    }
}
