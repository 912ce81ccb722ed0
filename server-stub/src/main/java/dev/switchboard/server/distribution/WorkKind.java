package dev.switchboard.server.distribution;

import java.util.regex.Pattern;

/**
 * A kind of work the engine distributes: chats now, tickets and callbacks next. The engine reads
 * and writes a kind's distribution columns itself, so every kind keeps its items the way
 * conversations are kept (the work-item contract, ADR 0010):
 * <ul>
 * <li>{@code table}: a row per item with {@code id}, {@code visitor_id} (who asked), {@code site},
 *     {@code prechat} (their form answers, a JSON object of strings), {@code status}
 *     ({@code 'QUEUED'} waiting for an agent, {@code 'ACTIVE'} held by {@code owner_id} and counted
 *     against their capacity, anything else done), {@code group_id}, {@code owner_id},
 *     {@code priority} (higher first), {@code client_address} (the fairness key: addresses take
 *     turns), {@code created_at} (arrival), {@code assigned_at}, {@code ended_at},
 *     {@code offered_to}, {@code offered_at}, {@code declined_by} ({@code ",3,7,"}: agents who let
 *     the offer go) and {@code leave_message_offered} (the requester heard they waited too long);
 * <li>{@link #routingTable()}: the reasons of each item's latest routing decision;
 * <li>{@link #historyTable()}: each item's routing history, a row per step ({@code id},
 *     {@code <table>_id}, {@code at}, {@code step}, {@code agent_id}, {@code actor_id},
 *     {@code from_agent_id}, {@code group_id}, {@code note}; ADR 0013);
 * <li>{@link #capacityColumn()} on {@code agent}: how many items of the kind an agent holds at once.
 * </ul>
 *
 * @param name   one item, in reasons, errors and logs ("chat"); also names the queue view's push
 * @param plural several items ("chats")
 * @param table  where the items are
 */
public record WorkKind(String name, String plural, String table) {

    /** The names become SQL identifiers and message types: plain lower-case words only. */
    private static final Pattern WORD = Pattern.compile("[a-z][a-z_]*");

    public WorkKind {
        for (String part : new String[] {name, plural, table}) {
            if (part == null || !WORD.matcher(part).matches()) {
                throw new IllegalArgumentException("a work kind is named by lower-case words: " + part);
            }
        }
    }

    /** {@code <table>_routing (<table>_id, routing)}. */
    String routingTable() {
        return table + "_routing";
    }

    String routingKey() {
        return table + "_id";
    }

    /** {@code <table>_routing_history}, keyed by {@link #routingKey()}. */
    String historyTable() {
        return table + "_routing_history";
    }

    /** {@code agent.max_<plural>}. */
    String capacityColumn() {
        return "max_" + plural;
    }

    /** The push that shows agents their groups' queues of this kind: {@code <name>.queue}. */
    String queueMessage() {
        return name + ".queue";
    }
}
