package dev.switchboard.shared.triggers;

import dev.switchboard.shared.tickets.TicketField;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What rules may name: the fields of conditions and actions with their operators, and the lookups
 * of the data the values must exist in (statuses, categories, groups, agents, custom fields). The
 * backend answers the lookups from its database; the workstation from its synced setup.
 */
public interface RuleVocabulary {

    /** The ticket fields a condition or a {@code SET} action names directly; custom fields are {@code customFields.<key>}. */
    String STATUS = "status";
    String PRIORITY = "priority";
    String CATEGORY = "categoryId";
    String GROUP = "groupId";
    String ASSIGNEE = "assigneeId";
    String CHANNEL = "channel";
    String TAGS = "tags";
    String SUBJECT = "subject";
    String DESCRIPTION = "description";
    String COMMENT = "comment";
    String MINUTES_IN_STATUS = "minutesInStatus";
    String MINUTES_SINCE_UPDATE = "minutesSinceUpdate";
    String MINUTES_SINCE_CREATED = "minutesSinceCreated";
    String CUSTOM_FIELD_PREFIX = "customFields.";

    /** Who wrote the comment of a {@code comment} condition. */
    List<String> COMMENTERS = List.of("AGENT", "CUSTOMER");
    /** The fields a {@code SET} action may set (and {@code customFields.<key>}). */
    List<String> SETTABLE = List.of(STATUS, PRIORITY, CATEGORY, GROUP, ASSIGNEE);

    boolean statusExists(String key);

    boolean categoryExists(long id);

    boolean groupExists(long id);

    boolean agentExists(long id);

    Optional<TicketField> customField(String key);

    /** The operators a condition on {@code field} takes; empty for a field conditions cannot name. */
    static Set<RuleOperator> operators(String field) {
        if (field == null) {
            return Set.of();
        }
        if (field.startsWith(CUSTOM_FIELD_PREFIX)) {
            return EnumSet.of(RuleOperator.IS, RuleOperator.IS_NOT, RuleOperator.IS_SET, RuleOperator.NOT_SET, RuleOperator.CHANGED);
        }
        return switch (field) {
            case STATUS, PRIORITY, CHANNEL -> EnumSet.of(RuleOperator.IS, RuleOperator.IS_NOT, RuleOperator.CHANGED);
            case CATEGORY -> EnumSet.of(RuleOperator.IS, RuleOperator.IS_NOT, RuleOperator.WITHIN, RuleOperator.IS_SET, RuleOperator.NOT_SET,
                    RuleOperator.CHANGED);
            case GROUP, ASSIGNEE -> EnumSet.of(RuleOperator.IS, RuleOperator.IS_NOT, RuleOperator.IS_SET, RuleOperator.NOT_SET, RuleOperator.CHANGED);
            case TAGS, SUBJECT, DESCRIPTION -> EnumSet.of(RuleOperator.CONTAINS, RuleOperator.NOT_CONTAINS, RuleOperator.CHANGED);
            case COMMENT -> EnumSet.of(RuleOperator.IS);
            case MINUTES_IN_STATUS, MINUTES_SINCE_UPDATE, MINUTES_SINCE_CREATED -> EnumSet.of(RuleOperator.AT_LEAST);
            default -> Set.of();
        };
    }
}
