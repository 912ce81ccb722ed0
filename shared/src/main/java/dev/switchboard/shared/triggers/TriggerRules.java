package dev.switchboard.shared.triggers;

import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.CustomFieldRules;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketField;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.TicketRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a trigger (and the conditions and actions of a schedule) valid, checked by the backend
 * (the authority) and by the workstation's editor before it sends. Field names are JSON paths
 * ({@code conditions[0].field}); messages are protocol constants.
 */
public final class TriggerRules {

    public static final int NAME_MAX = 80;
    public static final int CONDITIONS_MAX = 30;
    public static final int ACTIONS_MAX = 30;
    public static final int VALUES_MAX = 100;
    public static final int NOTIFY_MAX = 500;
    public static final int MAX_CHAIN_DEPTH = 3;
    public static final int MAX_NOTIFICATIONS_PER_HOUR = 1000;
    public static final int DEFAULT_NOTIFICATIONS_PER_HOUR = 10;

    public static final String NAME_MESSAGE = "1 to " + NAME_MAX + " characters";
    public static final String UNKNOWN_FIELD = "a field conditions can name";
    public static final String OPERATOR_MESSAGE = "an operator this field takes";
    public static final String VALUES_REQUIRED = "at least one value";
    public static final String NO_VALUES = "no values with this operator";
    public static final String MINUTES_MESSAGE = "one whole number of minutes from 1 to 5256000";
    public static final String STATUS_UNKNOWN = "an existing status";
    public static final String CATEGORY_UNKNOWN = "an existing category";
    public static final String GROUP_UNKNOWN = "an existing group";
    public static final String AGENT_UNKNOWN = "an existing agent";
    public static final String PRIORITY_MESSAGE = "one of " + Arrays.toString(TicketPriority.values());
    public static final String CHANNEL_MESSAGE = "one of " + Arrays.toString(TicketChannel.values());
    public static final String COMMENTER_MESSAGE = "one of " + RuleVocabulary.COMMENTERS;
    public static final String CUSTOM_FIELD_UNKNOWN = "an existing custom field";
    public static final String ACTIONS_REQUIRED = "at least one action";
    public static final String TYPE_REQUIRED = "one of " + Arrays.toString(RuleActionType.values());
    public static final String SETTABLE_MESSAGE = "one of " + RuleVocabulary.SETTABLE + " or customFields.<key>";
    public static final String VALUE_REQUIRED = "required for this field";
    public static final String TAGS_MESSAGE = TicketRules.TAGS_FORMAT;
    public static final String NOTE_MESSAGE = "1 to " + TicketRules.BODY_MAX + " characters";
    public static final String NOTIFY_MESSAGE = "1 to " + NOTIFY_MAX + " characters";
    public static final String PLACEHOLDER_MESSAGE = "unknown placeholder; use " + RuleTemplates.PLACEHOLDERS;
    public static final String EVENTS_MESSAGE = "each of " + Arrays.toString(TriggerEvent.values()) + " at most once";
    /** A trigger that runs only at moments (time events) is run by no change: "changed" and "comment" never hold. */
    public static final String NO_CHANGE_AT_MOMENTS = "no condition on a change in a trigger that runs only on time events";
    public static final String VERSION_REQUIRED = "required: the version it was read with";
    public static final String TOO_MANY = "too many";
    public static final String DEPTH_MESSAGE = "0 to " + MAX_CHAIN_DEPTH;
    public static final String NOTIFICATIONS_MESSAGE = "0 to " + MAX_NOTIFICATIONS_PER_HOUR;

    private static final int MAX_MINUTES = 5_256_000;

    private TriggerRules() {
    }

    public static List<FieldError> check(NewTicketTrigger trigger, boolean replacing, RuleVocabulary vocabulary) {
        List<FieldError> errors = new ArrayList<>();
        name(errors, trigger.name());
        if (Set.copyOf(trigger.events()).size() != trigger.events().size()) {
            errors.add(new FieldError("events", EVENTS_MESSAGE));
        }
        conditions(errors, trigger.conditions(), vocabulary);
        onlyAtMoments(errors, trigger);
        actions(errors, trigger.actions(), vocabulary);
        if (replacing && trigger.version() == null) {
            errors.add(new FieldError("version", VERSION_REQUIRED));
        }
        return errors;
    }

    public static List<FieldError> check(TriggerSettings settings) {
        List<FieldError> errors = new ArrayList<>();
        if (settings.chainDepth() < 0 || settings.chainDepth() > MAX_CHAIN_DEPTH) {
            errors.add(new FieldError("chainDepth", DEPTH_MESSAGE));
        }
        if (settings.notificationsPerHour() < 0 || settings.notificationsPerHour() > MAX_NOTIFICATIONS_PER_HOUR) {
            errors.add(new FieldError("notificationsPerHour", NOTIFICATIONS_MESSAGE));
        }
        return errors;
    }

    /** A condition on what changed (or on the comment added) would make a trigger of time events only never run. */
    private static void onlyAtMoments(List<FieldError> errors, NewTicketTrigger trigger) {
        if (!trigger.events().stream().allMatch(TriggerEvent::timed)) {
            return;
        }
        for (int i = 0; i < trigger.conditions().size(); i++) {
            RuleCondition condition = trigger.conditions().get(i);
            if (condition != null && (condition.operator() == RuleOperator.CHANGED || RuleVocabulary.COMMENT.equals(condition.field()))) {
                errors.add(new FieldError("conditions[" + i + "].operator", NO_CHANGE_AT_MOMENTS));
            }
        }
    }

    static void name(List<FieldError> errors, String name) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("name", NAME_MESSAGE));
        }
    }

    /** The conditions' errors, each under {@code conditions[i].field|operator|values}. */
    public static void conditions(List<FieldError> errors, List<RuleCondition> conditions, RuleVocabulary vocabulary) {
        if (conditions.size() > CONDITIONS_MAX) {
            errors.add(new FieldError("conditions", TOO_MANY));
            return;
        }
        for (int i = 0; i < conditions.size(); i++) {
            String at = "conditions[" + i + "]";
            RuleCondition condition = conditions.get(i);
            if (condition == null || RuleVocabulary.operators(condition.field()).isEmpty()
                    || (condition.field().startsWith(RuleVocabulary.CUSTOM_FIELD_PREFIX) && customField(vocabulary, condition.field()).isEmpty())) {
                errors.add(new FieldError(at + ".field", UNKNOWN_FIELD));
                continue;
            }
            if (condition.operator() == null || !RuleVocabulary.operators(condition.field()).contains(condition.operator())) {
                errors.add(new FieldError(at + ".operator", OPERATOR_MESSAGE));
                continue;
            }
            conditionValues(errors, at + ".values", condition, vocabulary);
        }
    }

    private static void conditionValues(List<FieldError> errors, String at, RuleCondition condition, RuleVocabulary vocabulary) {
        List<String> values = condition.values();
        switch (condition.operator()) {
            case IS_SET, NOT_SET, CHANGED -> {
                if (!values.isEmpty()) {
                    errors.add(new FieldError(at, NO_VALUES));
                }
                return;
            }
            case AT_LEAST -> {
                if (values.size() != 1 || minutes(values.get(0)) == null) {
                    errors.add(new FieldError(at, MINUTES_MESSAGE));
                }
                return;
            }
            default -> {
            }
        }
        if (values.isEmpty()) {
            errors.add(new FieldError(at, VALUES_REQUIRED));
            return;
        }
        if (values.size() > VALUES_MAX) {
            errors.add(new FieldError(at, TOO_MANY));
            return;
        }
        for (int j = 0; j < values.size(); j++) {
            String value = values.get(j);
            valueError(condition.field(), value, vocabulary).ifPresent(message -> errors.add(new FieldError(at, message)));
        }
    }

    /** What is wrong with one value of a condition on {@code field}, if anything. */
    private static Optional<String> valueError(String field, String value, RuleVocabulary vocabulary) {
        if (value == null || value.isBlank()) {
            return Optional.of(VALUES_REQUIRED);
        }
        return switch (field) {
            case RuleVocabulary.STATUS -> vocabulary.statusExists(value) ? Optional.empty() : Optional.of(STATUS_UNKNOWN);
            case RuleVocabulary.PRIORITY -> enumName(TicketPriority.class, value) ? Optional.empty() : Optional.of(PRIORITY_MESSAGE);
            case RuleVocabulary.CHANNEL -> enumName(TicketChannel.class, value) ? Optional.empty() : Optional.of(CHANNEL_MESSAGE);
            case RuleVocabulary.CATEGORY -> id(value).filter(vocabulary::categoryExists).isPresent() ? Optional.empty() : Optional.of(CATEGORY_UNKNOWN);
            case RuleVocabulary.GROUP -> id(value).filter(vocabulary::groupExists).isPresent() ? Optional.empty() : Optional.of(GROUP_UNKNOWN);
            case RuleVocabulary.ASSIGNEE -> id(value).filter(vocabulary::agentExists).isPresent() ? Optional.empty() : Optional.of(AGENT_UNKNOWN);
            case RuleVocabulary.COMMENT -> RuleVocabulary.COMMENTERS.contains(value) ? Optional.empty() : Optional.of(COMMENTER_MESSAGE);
            default -> Optional.empty(); // text, tags and custom field values compare as text
        };
    }

    /** The actions' errors, each under {@code actions[i].type|field|value|values|text}. */
    public static void actions(List<FieldError> errors, List<RuleAction> actions, RuleVocabulary vocabulary) {
        if (actions.isEmpty()) {
            errors.add(new FieldError("actions", ACTIONS_REQUIRED));
            return;
        }
        if (actions.size() > ACTIONS_MAX) {
            errors.add(new FieldError("actions", TOO_MANY));
            return;
        }
        for (int i = 0; i < actions.size(); i++) {
            String at = "actions[" + i + "]";
            RuleAction action = actions.get(i);
            if (action == null || action.type() == null) {
                errors.add(new FieldError(at + ".type", TYPE_REQUIRED));
                continue;
            }
            switch (action.type()) {
                case SET -> set(errors, at, action, vocabulary);
                case ADD_TAGS, REMOVE_TAGS -> {
                    List<String> tags = action.values();
                    if (tags.isEmpty() || tags.size() > TicketRules.TAGS_MAX
                            || tags.stream().anyMatch(tag -> tag == null || !TicketRules.TAG.matcher(tag.strip()).matches())) {
                        errors.add(new FieldError(at + ".values", TAGS_MESSAGE));
                    }
                }
                case NOTE, REPLY -> text(errors, at, action.text(), TicketRules.BODY_MAX, NOTE_MESSAGE);
                case NOTIFY -> text(errors, at, action.text(), NOTIFY_MAX, NOTIFY_MESSAGE);
            }
        }
    }

    private static void set(List<FieldError> errors, String at, RuleAction action, RuleVocabulary vocabulary) {
        String field = action.field();
        Object value = action.value();
        if (field != null && field.startsWith(RuleVocabulary.CUSTOM_FIELD_PREFIX)) {
            Optional<TicketField> custom = customField(vocabulary, field);
            if (custom.isEmpty()) {
                errors.add(new FieldError(at + ".field", CUSTOM_FIELD_UNKNOWN));
            } else if (value != null) {
                CustomFieldRules.valueError(custom.get(), value).ifPresent(message -> errors.add(new FieldError(at + ".value", message)));
            }
            return;
        }
        if (field == null || !RuleVocabulary.SETTABLE.contains(field)) {
            errors.add(new FieldError(at + ".field", SETTABLE_MESSAGE));
            return;
        }
        String text = value == null ? null : String.valueOf(value);
        Optional<String> error = switch (field) {
            case RuleVocabulary.STATUS -> text != null && vocabulary.statusExists(text) ? Optional.empty() : Optional.of(STATUS_UNKNOWN);
            case RuleVocabulary.PRIORITY -> text != null && enumName(TicketPriority.class, text) ? Optional.empty() : Optional.of(PRIORITY_MESSAGE);
            case RuleVocabulary.CATEGORY -> text == null || id(text).filter(vocabulary::categoryExists).isPresent() ? Optional.empty()
                    : Optional.of(CATEGORY_UNKNOWN);
            case RuleVocabulary.GROUP -> text == null || id(text).filter(vocabulary::groupExists).isPresent() ? Optional.empty()
                    : Optional.of(GROUP_UNKNOWN);
            default -> text == null || id(text).filter(vocabulary::agentExists).isPresent() ? Optional.empty() : Optional.of(AGENT_UNKNOWN);
        };
        error.ifPresent(message -> errors.add(new FieldError(at + ".value", message)));
    }

    private static void text(List<FieldError> errors, String at, String text, int max, String message) {
        if (text == null || text.isBlank() || text.length() > max) {
            errors.add(new FieldError(at + ".text", message));
        } else if (!RuleTemplates.unknown(text).isEmpty()) {
            errors.add(new FieldError(at + ".text", PLACEHOLDER_MESSAGE));
        }
    }

    private static Optional<TicketField> customField(RuleVocabulary vocabulary, String field) {
        return vocabulary.customField(field.substring(RuleVocabulary.CUSTOM_FIELD_PREFIX.length()));
    }

    /** A positive id written as a decimal number. */
    public static Optional<Long> id(String text) {
        try {
            long id = Long.parseLong(text.strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The minutes of an {@code AT_LEAST} value, or null when it is not a whole number in range. */
    public static Integer minutes(String text) {
        try {
            int minutes = Integer.parseInt(text.strip());
            return minutes >= 1 && minutes <= MAX_MINUTES ? minutes : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> boolean enumName(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(constant -> constant.name().equals(name));
    }
}
