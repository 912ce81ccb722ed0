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
 * found through the rarest of the searched tokens' postings, read from the newest and stopped at the
 * page's end, with the other tokens looked up per chat; chats not indexed yet (open ones, and
 * those that ended a moment ago) are read directly. Every chat found is checked against its
 * messages, so a phrase matches only where it was written as searched.
 */
final class HistorySearch {

    /** Tokens looked up per search (the rest of a long phrase is left to the check against the messages). */
    static final int MAX_TOKENS = 8;
    /** How far a token's chats are counted to find the rarest: past this, a token is common. */
    static final int POSTINGS_COUNTED = 1000;

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
        String chats = "SELECT c.id FROM conversation c WHERE c.id < :before";
        if (plan.terms().isEmpty() || plan.tokens().isEmpty()) {
            // no text, or only punctuation (nothing to look up): the chats are read from the newest
            return select(handle, plan, chats, "", List.of(), chatsNewestFirst(plan), before, limit);
        }
        List<Long> found = new ArrayList<>();
        List<String> tokens = rarestFirst(handle, plan.tokens());
        if (!tokens.isEmpty()) {
            // The rarest token's chats from the newest, each checked on its own (a scalar subquery,
            // which PostgreSQL never turns into a join): with a join, PostgreSQL's plan for
            // parameters it cannot see read every chat of a date range and compared each with every
            // posting (0.9 s for 退款 in a month), and one of its plans for the values read every
            // message with LIKE (0.7 s for a supervisor's 退款); BENCHMARKS.md, "history search".
            StringBuilder indexed = new StringBuilder("SELECT d.conversation_id FROM history_token d WHERE d.token = :token0"
                    + " AND d.conversation_id < :before AND (SELECT 1 FROM conversation c WHERE c.id = d.conversation_id");
            for (int i = 1; i < tokens.size(); i++) {
                indexed.append(" AND EXISTS (SELECT 1 FROM history_token t").append(i).append(" WHERE t").append(i).append(".token = :token")
                        .append(i).append(" AND t").append(i).append(".conversation_id = c.id)");
            }
            found.addAll(select(handle, plan, indexed.toString(), ") IS NOT NULL", tokens, POSTINGS_NEWEST_FIRST, before, limit));
        }
        // chats not indexed yet: open ones and those that ended a moment ago (after an upgrade, the backlog)
        found.addAll(select(handle, plan, chats + " AND c.search_indexed = FALSE", "", List.of(), "c.search_indexed DESC, c.id DESC", before,
                limit));
        found.sort(Comparator.reverseOrder());
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /**
     * A token's chats, newest first: {@code history_token_postings (token, conversation_id DESC)}.
     * This ORDER BY, and the others here, name every column of the index that serves them, also
     * those an equality fixes (d.token, c.group_id): H2 reads an index in order, and stops at the
     * LIMIT, only when the ORDER BY names the index's columns from its first; otherwise it reads
     * every match and sorts them (all 14,600 chats with 退款 for a page of 50, 450 ms; BENCHMARKS.md).
     * PostgreSQL needs no such help, and the order is the same.
     */
    private static final String POSTINGS_NEWEST_FIRST = "d.token, d.conversation_id DESC";

    /** Chats newest first: by the primary key, or a group's by {@code conversation_by_group (group_id, id)}. */
    private static String chatsNewestFirst(Plan plan) {
        return plan.query().groupId() != null ? "c.group_id DESC, c.id DESC" : "c.id DESC";
    }

    /**
     * The tokens, rarest first, counted up to {@value #POSTINGS_COUNTED} chats each (ties keep the
     * longest first); empty when one of them is in no indexed chat. The rarest drives the search:
     * a page needs the fewest of its chats read, and a phrase holding a pair of characters written
     * nowhere (退款发票: 款发) ends here instead of reading every chat with 发票.
     */
    static List<String> rarestFirst(Handle handle, List<String> tokens) {
        Map<String, Integer> counted = new LinkedHashMap<>();
        for (String token : tokens) {
            int postings = handle.createQuery("SELECT COUNT(*) FROM (SELECT 1 FROM history_token WHERE token = :token LIMIT "
                            + POSTINGS_COUNTED + ") p")
                    .bind("token", token).mapTo(Integer.class).one();
            if (postings == 0) {
                return List.of();
            }
            counted.put(token, postings);
        }
        List<String> ordered = new ArrayList<>(tokens);
        ordered.sort(Comparator.comparing(counted::get));
        return ordered;
    }

    /** {@code head}, the conditions on chat {@code c} ({@link #filters}), {@code close}, then the order and the page's size. */
    private static List<Long> select(Handle handle, Plan plan, String head, String close, List<String> tokens, String order, long before,
                                     int limit) {
        Map<String, Object> binds = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder(head);
        filters(plan, sql, binds);
        sql.append(close).append(" ORDER BY ").append(order).append(" LIMIT :limit");
        Query query = handle.createQuery(sql.toString()).bind("before", before).bind("limit", limit);
        for (int i = 0; i < tokens.size(); i++) {
            query.bind("token" + i, tokens.get(i));
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
            // A scalar subquery, not EXISTS: PostgreSQL turns an EXISTS into a semi-join, and with its
            // estimate of a LIKE it may then read every message of every chat (BENCHMARKS.md); this
            // stays a probe of each candidate's messages, read last, on both databases.
            sql.append(" AND (SELECT 1 FROM message m").append(i).append(" WHERE m").append(i).append(".conversation_id = c.id AND m")
                    .append(i).append(".kind IN ('TEXT', 'NOTE') AND LOWER(m").append(i).append(".body) LIKE :term").append(i)
                    .append(" ESCAPE '!' LIMIT 1) IS NOT NULL");
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
