package dev.switchboard.shared.tickets.together;

import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a saved view must be, checked by the workstation before sending and by the backend. Field
 * names are the JSON names; messages are protocol constants.
 */
public final class SavedViewRules {

    public static final int NAME_MAX = 80;
    /** The columns a view may show, in the workstation's list. */
    public static final List<String> COLUMNS = List.of("number", "subject", "requester", "status", "priority", "assignee", "group",
            "category", "sla", "updatedAt", "createdAt");
    /** The sorts of {@code GET /api/v1/tickets}, each also with '-' in front. */
    public static final List<String> SORTS = List.of("number", "subject", "status", "priority", "createdAt", "updatedAt", "slaDue");
    public static final List<String> GROUPINGS = List.of("status", "priority", "assignee", "group", "category");
    private static final Pattern AGENT = Pattern.compile("me|none|[1-9][0-9]{0,17}");
    private static final Pattern GROUP = Pattern.compile("none|[1-9][0-9]{0,17}");
    private static final Pattern SLA = Pattern.compile("at-risk|(?i)(inactive|running|warning|paused|met|breached)");

    public static final String NAME_LENGTH = "1 to " + NAME_MAX + " characters";
    public static final String COLUMNS_FORMAT = "one or more of " + COLUMNS + ", each once";
    public static final String SORT_FORMAT = "one of " + SORTS + ", '-' in front for descending";
    public static final String GROUP_BY_FORMAT = "none or one of " + GROUPINGS;
    public static final String ASSIGNEE_FORMAT = "an agent id, me or none";
    public static final String GROUP_FORMAT = "a group id or none";
    public static final String SLA_FORMAT = "at-risk or an SLA state";
    public static final String VISIBILITY_REQUIRED = "PERSONAL, ROLE (with role) or GROUP (with groupId)";
    public static final String ROLE_REQUIRED = "the least role the view is for";
    public static final String GROUP_REQUIRED = "the group the view is for";

    private SavedViewRules() {
    }

    public static List<FieldError> check(SavedViewInput view) {
        List<FieldError> errors = new ArrayList<>();
        if (view.name() == null || view.name().isBlank() || view.name().strip().length() > NAME_MAX) {
            errors.add(new FieldError("name", NAME_LENGTH));
        }
        if (view.columns() == null || view.columns().isEmpty() || !COLUMNS.containsAll(view.columns())
                || view.columns().stream().distinct().count() != view.columns().size()) {
            errors.add(new FieldError("columns", COLUMNS_FORMAT));
        }
        String sort = view.sort() == null ? "" : view.sort().startsWith("-") ? view.sort().substring(1) : view.sort();
        if (!SORTS.contains(sort)) {
            errors.add(new FieldError("sort", SORT_FORMAT));
        }
        if (view.groupBy() != null && !GROUPINGS.contains(view.groupBy())) {
            errors.add(new FieldError("groupBy", GROUP_BY_FORMAT));
        }
        ViewConditions conditions = view.conditions() == null ? ViewConditions.ANY : view.conditions();
        if (conditions.assignee() != null && !AGENT.matcher(conditions.assignee().strip()).matches()) {
            errors.add(new FieldError("conditions.assignee", ASSIGNEE_FORMAT));
        }
        if (conditions.group() != null && !GROUP.matcher(conditions.group().strip()).matches()) {
            errors.add(new FieldError("conditions.group", GROUP_FORMAT));
        }
        if (conditions.sla() != null && !SLA.matcher(conditions.sla().strip()).matches()) {
            errors.add(new FieldError("conditions.sla", SLA_FORMAT));
        }
        if (view.visibility() == null) {
            errors.add(new FieldError("visibility", VISIBILITY_REQUIRED));
        } else if (view.visibility() == ViewVisibility.ROLE && view.role() == null) {
            errors.add(new FieldError("role", ROLE_REQUIRED));
        } else if (view.visibility() == ViewVisibility.GROUP && view.groupId() == null) {
            errors.add(new FieldError("groupId", GROUP_REQUIRED));
        }
        return errors;
    }
}
