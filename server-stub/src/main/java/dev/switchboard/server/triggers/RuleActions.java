package dev.switchboard.server.triggers;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.tickets.TicketRuleSession;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.TicketRules;
import dev.switchboard.shared.triggers.RuleAction;
import dev.switchboard.shared.triggers.RuleTemplates;
import dev.switchboard.shared.triggers.RuleVocabulary;
import dev.switchboard.shared.triggers.TicketNotification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rule's actions applied to one ticket in the session's transaction. The field actions of a rule
 * make one change (one version, one history row per field, each naming the rule); notes and
 * notifications follow. A field change the ticket refuses now (a status move its kind does not
 * allow, an assignee outside the new group) is skipped and logged: a rule never fails the change
 * that ran it.
 */
final class RuleActions {

    private static final Logger LOG = LoggerFactory.getLogger(RuleActions.class);

    private RuleActions() {
    }

    /** Applies {@code actions}; answers the ticket fields they changed. */
    static Set<String> apply(TicketRuleSession session, Ticket ticket, String rule, List<RuleAction> actions, int notificationsPerHour) {
        Set<String> changed = new LinkedHashSet<>();
        Optional<TicketPatch> patch = patch(ticket, actions);
        if (patch.isPresent()) {
            try {
                changed.addAll(session.change(ticket.id(), patch.get(), rule));
            } catch (ApiException refused) {
                LOG.warn("rule '{}' could not change ticket {}: {} {}", rule, ticket.number(), refused.getMessage(), refused.problem().errors());
            }
        }
        Ticket now = session.facts(ticket.id()).ticket();
        for (RuleAction action : actions) {
            switch (action.type()) {
                case NOTE -> session.note(ticket.id(), RuleTemplates.fill(action.text(), placeholders(now, rule)), rule);
                // the e-mail channel decides whether it goes out by mail (automatic mails are capped and never answer automatic ones)
                case REPLY -> session.reply(ticket.id(), RuleTemplates.fill(action.text(), placeholders(now, rule)), rule);
                case NOTIFY -> notify(session, now, rule, RuleTemplates.fill(action.text(), placeholders(now, rule)), notificationsPerHour);
                default -> {
                }
            }
        }
        return changed;
    }

    /** The field actions as one patch of the ticket as it is, or empty when there are none. */
    static Optional<TicketPatch> patch(Ticket ticket, List<RuleAction> actions) {
        Optional<Long> categoryId = null;
        Optional<Long> groupId = null;
        Optional<Long> assigneeId = null;
        TicketPriority priority = null;
        String status = null;
        List<String> tags = null;
        Map<String, Object> custom = null;
        boolean any = false;
        for (RuleAction action : actions) {
            switch (action.type()) {
                case SET -> {
                    any = true;
                    String field = action.field();
                    Object value = action.value();
                    if (field.startsWith(RuleVocabulary.CUSTOM_FIELD_PREFIX)) {
                        custom = custom == null ? new HashMap<>() : custom;
                        custom.put(field.substring(RuleVocabulary.CUSTOM_FIELD_PREFIX.length()), value);
                    } else {
                        switch (field) {
                            case RuleVocabulary.STATUS -> status = String.valueOf(value);
                            case RuleVocabulary.PRIORITY -> priority = TicketPriority.valueOf(String.valueOf(value));
                            case RuleVocabulary.CATEGORY -> categoryId = id(value);
                            case RuleVocabulary.GROUP -> groupId = id(value);
                            default -> assigneeId = id(value);
                        }
                    }
                }
                case ADD_TAGS, REMOVE_TAGS -> {
                    any = true;
                    List<String> next = new ArrayList<>(tags == null ? ticket.tags() : tags);
                    List<String> named = TicketRules.normalizedTags(action.values());
                    if (action.type() == dev.switchboard.shared.triggers.RuleActionType.ADD_TAGS) {
                        named.stream().filter(tag -> !next.contains(tag)).forEach(next::add);
                    } else {
                        next.removeAll(named);
                    }
                    tags = next.size() > TicketRules.TAGS_MAX ? next.subList(0, TicketRules.TAGS_MAX) : next;
                }
                default -> {
                }
            }
        }
        if (!any) {
            return Optional.empty();
        }
        return Optional.of(new TicketPatch(ticket.version(), null, null, categoryId, priority, status, assigneeId, groupId, tags, null, null,
                custom));
    }

    /**
     * A notification for the ticket's assignee (or its group's members), unless the ticket had
     * {@code perHour} of them within the last hour: counted in the database, under the ticket's row
     * lock, so every node counts the same and two changes of one ticket cannot both take the last one.
     */
    private static void notify(TicketRuleSession session, Ticket ticket, String rule, String text, int perHour) {
        Instant now = session.now();
        var handle = session.tx().handle();
        long recent = handle.createQuery("SELECT COUNT(*) FROM ticket_rule_notification WHERE ticket_id = :id AND at > :since")
                .bind("id", ticket.id()).bind("since", now.minus(Duration.ofHours(1))).mapTo(Long.class).one();
        if (recent >= perHour) {
            LOG.info("rule '{}' notified nobody about ticket {}: {} automatic notifications within the hour", rule, ticket.number(), recent);
            return;
        }
        handle.createUpdate("INSERT INTO ticket_rule_notification (ticket_id, rule_name, at) VALUES (:id, :rule, :at)")
                .bind("id", ticket.id()).bind("rule", rule).bind("at", now).execute();
        session.tx().record(TicketNotification.ENTITY, Long.toString(ticket.id()), ChangeOp.UPSERT,
                new TicketNotification(ticket.id(), ticket.number(), ticket.groupId(), ticket.assigneeId(), rule, text, now));
    }

    private static Map<String, String> placeholders(Ticket ticket, String rule) {
        Map<String, String> values = new HashMap<>();
        values.put("number", ticket.number());
        values.put("subject", ticket.subject());
        values.put("status", ticket.status());
        values.put("priority", ticket.priority().name());
        values.put("requester", ticket.requester() == null ? "" : ticket.requester().name());
        values.put("rule", rule);
        return values;
    }

    private static Optional<Long> id(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(value instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(value).strip()));
    }
}
