package dev.switchboard.server.history;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.history.HistoryQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The SQL of a history search, the same on H2 and PostgreSQL (ADR 0014). Pages are keyset pages
 * of conversation ids, newest first. With text, two queries are merged: chats already indexed are
 * found through one of the searched tokens' postings, read from the newest and stopped at the
 * page's end, with the other tokens looked up per chat; chats not indexed yet (open ones, and
 * those that ended a moment ago) are read directly. Every chat found is checked against its
 * messages, so a phrase matches only where it was written as searched.
 */
final class HistorySearch {

    /** Tokens looked up per search (the rest of a long phrase is left to the check against the messages). */
    static final int MAX_TOKENS = 8;

    /** What a search is made of, once parsed. */
    record Plan(HistoryQuery query, Principal caller, Set<Long> categories, List<String> terms, List<String> tokens) {

        static Plan of(HistoryQuery query, Principal caller, Set<Long> categories) {
            List<String> terms = query.text() == null || query.text().isBlank() ? List.of() : SearchTokens.terms(query.text());
            Set<String> tokens = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            terms.forEach(term -> tokens.addAll(SearchTokens.forSearch(term)));
            // the longest tokens first: the first drives the search, and longer ones are rarer
            return new Plan(query, caller, categories, terms, tokens.stream().limit(MAX_TOKENS).toList());
        }
    }

    private HistorySearch() {
    }

    /** Up to {@code limit} ids of matching chats below {@code before}, newest first. */
    static List<Long> ids(Handle handle, Plan plan, long before, int limit) {
        if (plan.terms().isEmpty()) {
            return select(handle, plan, "SELECT c.id FROM conversation c WHERE c.id < :before", before, limit, "c.id");
        }
        if (plan.tokens().isEmpty()) {
            // only punctuation was searched: nothing to look up, every chat is read
            return select(handle, plan, "SELECT c.id FROM conversation c WHERE c.id < :before", before, limit, "c.id");
        }
        StringBuilder indexed = new StringBuilder("SELECT c.id FROM history_token d JOIN conversation c ON c.id = d.conversation_id"
                + " WHERE d.token = :token0 AND d.conversation_id < :before");
        for (int i = 1; i < plan.tokens().size(); i++) {
            indexed.append(" AND EXISTS (SELECT 1 FROM history_token t").append(i).append(" WHERE t").append(i).append(".token = :token")
                    .append(i).append(" AND t").append(i).append(".conversation_id = c.id)");
        }
        List<Long> found = new ArrayList<>(select(handle, plan, indexed.toString(), before, limit, "d.conversation_id"));
        found.addAll(select(handle, plan, "SELECT c.id FROM conversation c WHERE c.search_indexed = FALSE AND c.id < :before", before, limit,
                "c.id"));
        found.sort(Comparator.reverseOrder());
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    private static List<Long> select(Handle handle, Plan plan, String head, long before, int limit, String orderColumn) {
        Map<String, Object> binds = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder(head);
        filters(plan, sql, binds);
        sql.append(" ORDER BY ").append(orderColumn).append(" DESC LIMIT :limit");
        Query query = handle.createQuery(sql.toString()).bind("before", before).bind("limit", limit);
        for (int i = 0; i < plan.tokens().size() && head.contains(":token0"); i++) {
            query.bind("token" + i, plan.tokens().get(i));
        }
        binds.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                query.bindList(name, list);
            } else {
                query.bind(name, value);
            }
        });
        return query.mapTo(Long.class).list();
    }

    /** The conditions on chat {@code c} besides its words: who may see it, the filters, and the check of the searched terms. */
    private static void filters(Plan plan, StringBuilder sql, Map<String, Object> binds) {
        scope(plan.caller(), sql, binds);
        HistoryQuery query = plan.query();
        if (query.visitor() != null && !query.visitor().isBlank()) {
            sql.append(" AND (c.visitor_id = :visitor OR LOWER(c.prechat) LIKE :visitorLike ESCAPE '!')");
            binds.put("visitor", query.visitor().strip());
            binds.put("visitorLike", contains(query.visitor().strip()));
        }
        if (query.agentId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM conversation_participant fp WHERE fp.conversation_id = c.id AND fp.agent_id = :agent)");
            binds.put("agent", query.agentId());
        }
        if (query.groupId() != null) {
            sql.append(" AND c.group_id = :group");
            binds.put("group", query.groupId());
        }
        if (query.from() != null) {
            sql.append(" AND c.created_at >= :from");
            binds.put("from", query.from());
        }
        if (query.to() != null) {
            sql.append(" AND c.created_at < :to");
            binds.put("to", query.to());
        }
        if (query.rating() != null) {
            sql.append(" AND c.rating = :rating");
            binds.put("rating", query.rating());
        }
        if (plan.categories() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM chat_wrapup_category wc WHERE wc.conversation_id = c.id AND wc.category_id IN (<categories>))");
            binds.put("categories", List.copyOf(plan.categories()));
        }
        for (int i = 0; i < plan.terms().size(); i++) {
            sql.append(" AND EXISTS (SELECT 1 FROM message m").append(i).append(" WHERE m").append(i).append(".conversation_id = c.id AND m")
                    .append(i).append(".kind IN ('TEXT', 'NOTE') AND LOWER(m").append(i).append(".body) LIKE :term").append(i)
                    .append(" ESCAPE '!')");
            binds.put("term" + i, contains(plan.terms().get(i)));
        }
    }

    /**
     * Who sees a chat in the history: an administrator every chat; a supervisor the chats of their
     * groups and those they took part in; an agent the chats they took part in, even after passing
     * them on.
     */
    static void scope(Principal caller, StringBuilder sql, Map<String, Object> binds) {
        if (caller.role().atLeast(Role.ADMIN)) {
            return;
        }
        String tookPart = "EXISTS (SELECT 1 FROM conversation_participant sp WHERE sp.conversation_id = c.id AND sp.agent_id = :me)";
        if (caller.role().atLeast(Role.SUPERVISOR)) {
            sql.append(" AND (c.group_id IN (SELECT sm.group_id FROM agent_group_member sm WHERE sm.agent_id = :me) OR ").append(tookPart).append(")");
        } else {
            sql.append(" AND ").append(tookPart);
        }
        binds.put("me", caller.agentId());
    }

    /**
     * A LIKE pattern for text containing {@code term}, its wildcards taken literally. The escape
     * character is '!': a backslash in a literal reads differently to Jdbi's parser.
     */
    static String contains(String term) {
        return "%" + term.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
