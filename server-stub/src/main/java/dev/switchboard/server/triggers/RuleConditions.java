package dev.switchboard.server.triggers;

import dev.switchboard.server.tickets.TicketFacts;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.triggers.RuleCondition;
import dev.switchboard.shared.triggers.RuleVocabulary;
import dev.switchboard.shared.triggers.TriggerRules;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Whether a rule's conditions hold for a ticket and a change: a pure function, without the database. */
final class RuleConditions {

    private RuleConditions() {
    }

    static boolean hold(List<RuleCondition> conditions, TicketFacts facts, RuleChange change, Instant now) {
        return conditions.stream().allMatch(condition -> holds(condition, facts, change, now));
    }

    static boolean holds(RuleCondition condition, TicketFacts facts, RuleChange change, Instant now) {
        Ticket ticket = facts.ticket();
        String field = condition.field();
        List<String> values = condition.values();
        switch (condition.operator()) {
            case CHANGED:
                return change.changed().contains(field);
            case AT_LEAST: {
                Instant since = switch (field) {
                    case RuleVocabulary.MINUTES_IN_STATUS -> facts.statusSince();
                    case RuleVocabulary.MINUTES_SINCE_UPDATE -> ticket.updatedAt();
                    default -> ticket.createdAt();
                };
                Integer minutes = TriggerRules.minutes(values.get(0));
                return minutes != null && !Duration.between(since, now).minus(Duration.ofMinutes(minutes)).isNegative();
            }
            case WITHIN:
                return facts.categoryPath().stream().anyMatch(id -> values.contains(Long.toString(id)));
            default:
                break;
        }
        if (field.equals(RuleVocabulary.COMMENT)) {
            return change.commenter() != null && values.contains(change.commenter());
        }
        if (field.equals(RuleVocabulary.TAGS)) {
            boolean has = ticket.tags().stream().anyMatch(tag -> values.stream().anyMatch(value -> value.strip().equalsIgnoreCase(tag)));
            return switch (condition.operator()) {
                case CONTAINS -> has;
                case NOT_CONTAINS -> !has;
                default -> false;
            };
        }
        if (field.equals(RuleVocabulary.SUBJECT) || field.equals(RuleVocabulary.DESCRIPTION)) {
            String text = Objects.requireNonNullElse(field.equals(RuleVocabulary.SUBJECT) ? ticket.subject() : ticket.description(), "")
                    .toLowerCase(Locale.ROOT);
            boolean has = values.stream().anyMatch(value -> text.contains(value.toLowerCase(Locale.ROOT)));
            return switch (condition.operator()) {
                case CONTAINS -> has;
                case NOT_CONTAINS -> !has;
                default -> false;
            };
        }
        Object value = value(ticket, field);
        return switch (condition.operator()) {
            case IS_SET -> value != null;
            case NOT_SET -> value == null;
            case IS -> matches(value, values);
            case IS_NOT -> !matches(value, values);
            default -> false;
        };
    }

    /** The field's value: text, a number, or a list of them (a multi-select field); null when unset. */
    private static Object value(Ticket ticket, String field) {
        if (field.startsWith(RuleVocabulary.CUSTOM_FIELD_PREFIX)) {
            return ticket.customFields().get(field.substring(RuleVocabulary.CUSTOM_FIELD_PREFIX.length()));
        }
        return switch (field) {
            case RuleVocabulary.STATUS -> ticket.status();
            case RuleVocabulary.PRIORITY -> ticket.priority().name();
            case RuleVocabulary.CHANNEL -> ticket.channel().name();
            case RuleVocabulary.CATEGORY -> ticket.categoryId();
            case RuleVocabulary.GROUP -> ticket.groupId();
            case RuleVocabulary.ASSIGNEE -> ticket.assigneeId();
            default -> null;
        };
    }

    /** A value matches when it (or, for a list, one of its items) equals one of the texts. */
    private static boolean matches(Object value, List<String> texts) {
        if (value == null) {
            return false;
        }
        if (value instanceof Collection<?> items) {
            return items.stream().anyMatch(item -> matches(item, texts));
        }
        String text = value instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : String.valueOf(value);
        return texts.stream().anyMatch(candidate -> candidate.strip().equals(text));
    }
}
