package dev.switchboard.app.tickets;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.TicketStatus;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a ticket's keys and ids mean, worded in the reader's language: its statuses (with the moves
 * between them), categories, priorities, agents and groups. Immutable; the views make a new one
 * when statuses, categories or the team change.
 */
record TicketTerms(Map<String, TicketStatus> statuses, Map<Long, TicketCategory> categories, TeamSnapshot team) {

    static final TicketTerms EMPTY = new TicketTerms(List.of(), List.of(), TeamSnapshot.EMPTY);

    TicketTerms(List<TicketStatus> statuses, List<TicketCategory> categories, TeamSnapshot team) {
        this(byKey(statuses), byId(categories), team);
    }

    TicketTerms {
        statuses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
        categories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categories));
    }

    TicketTerms withTeam(TeamSnapshot now) {
        return new TicketTerms(statuses, categories, now);
    }

    boolean loaded() {
        return !statuses.isEmpty();
    }

    /** The keys of the statuses a queue counts as open: those not of a solved or closed kind. */
    Set<String> openStatuses() {
        Set<String> open = new LinkedHashSet<>();
        statuses.values().stream().filter(status -> status.kind() != StatusKind.SOLVED && status.kind() != StatusKind.CLOSED)
                .forEach(status -> open.add(status.key()));
        return open;
    }

    /** The statuses a ticket in {@code from} may take: itself and those its kind may move to, in position order. */
    List<TicketStatus> movesFrom(String from) {
        TicketStatus current = statuses.get(from);
        return statuses.values().stream()
                .filter(status -> current == null || status.key().equals(from) || current.kind().canMoveTo(status.kind()))
                .toList();
    }

    String status(String key, I18n i18n) {
        TicketStatus status = key == null ? null : statuses.get(key);
        return status == null ? (key == null ? "" : key) : status.name(i18n.locale());
    }

    String priority(TicketPriority priority, I18n i18n) {
        return priority == null ? "" : i18n.get("tickets.priority." + priority.name());
    }

    String category(Long id, I18n i18n) {
        TicketCategory category = id == null ? null : categories.get(id);
        if (category == null) {
            return id == null ? "" : "#" + id;
        }
        TicketCategory parent = category.parentId() == null ? null : categories.get(category.parentId());
        return parent == null ? category.name(i18n.locale()) : parent.name(i18n.locale()) + " › " + category.name(i18n.locale());
    }

    String agent(Long id) {
        if (id == null) {
            return "";
        }
        Agent agent = team.agents().get(id);
        return agent == null ? "#" + id : agent.displayName();
    }

    String group(Long id) {
        if (id == null) {
            return "";
        }
        Group group = team.groups().get(id);
        return group == null ? "#" + id : group.name();
    }

    /** The categories a ticket may be filed under: the enabled ones, in position order. */
    List<TicketCategory> enabledCategories() {
        return categories.values().stream().filter(TicketCategory::enabled).toList();
    }

    private static Map<String, TicketStatus> byKey(List<TicketStatus> statuses) {
        Map<String, TicketStatus> map = new LinkedHashMap<>();
        statuses.stream().sorted(java.util.Comparator.comparingInt(TicketStatus::position)).forEach(status -> map.put(status.key(), status));
        return map;
    }

    private static Map<Long, TicketCategory> byId(List<TicketCategory> categories) {
        Map<Long, TicketCategory> map = new LinkedHashMap<>();
        categories.stream().sorted(java.util.Comparator.comparingInt(TicketCategory::position)).forEach(category -> map.put(category.id(), category));
        return map;
    }
}
