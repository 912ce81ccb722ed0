package dev.switchboard.server.sla;

import java.util.List;

/**
 * What a ticket's SLA policy is chosen by, as plain values the ticket core fills in.
 *
 * @param priority      one of {@link dev.switchboard.shared.sla.SlaPolicyRules#PRIORITIES}, or null
 * @param categoryPath  the ticket's category and its ancestors, from the root down to the category (empty: none), so
 *                      that a policy naming a category also covers its subcategories
 * @param customerLevel the requester's customer level, or null
 * @param groupId       the ticket's group now, or null; also whose hours a {@code TICKET_GROUP} policy counts in
 * @param channel       one of {@link dev.switchboard.shared.sla.SlaPolicyRules#CHANNELS}, or null
 */
public record SlaFacts(String priority, List<Long> categoryPath, String customerLevel, Long groupId, String channel) {

    public SlaFacts {
        categoryPath = categoryPath == null ? List.of() : List.copyOf(categoryPath);
    }
}
