package dev.switchboard.server.history;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.wrapup.WrapUpCategories;
import dev.switchboard.server.wrapup.WrapUps;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.history.HistoryEntry;
import dev.switchboard.shared.history.HistoryPage;
import dev.switchboard.shared.history.HistoryQuery;
import dev.switchboard.shared.history.Transcript;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.wrapup.WrapUp;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Past chats: searched by visitor, agent, group, text, date, rating and wrap-up category, a page
 * at a time; read whole; exported. Agents see the chats they took part in, supervisors also their
 * groups' chats, administrators all (the scope is part of every query, {@link HistorySearch#scope}).
 */
public final class HistoryService {

    public static final int MAX_PAGE = 100;
    /** Chats one export holds at most: a month of a small team; narrow the search for more. */
    public static final int MAX_EXPORT = 1000;
    private static final int SNIPPET = 120;

    private final Jdbi jdbi;
    private final WrapUps wrapUps;
    private final WrapUpCategories categories;

    HistoryService(Jdbi jdbi, WrapUps wrapUps, WrapUpCategories categories) {
        this.jdbi = jdbi;
        this.wrapUps = wrapUps;
        this.categories = categories;
    }

    /** One page, newest first, of the chats older than {@code before} (null: from the newest). */
    public HistoryPage search(Principal caller, HistoryQuery query, Long before, int limit) {
        caller.require(Role.AGENT);
        HistorySearch.Plan plan = plan(caller, query);
        int bounded = Math.max(1, Math.min(limit, MAX_PAGE));
        return jdbi.withHandle(handle -> {
            List<Long> ids = HistorySearch.ids(handle, plan, before == null ? Long.MAX_VALUE : before, bounded + 1);
            boolean more = ids.size() > bounded;
            List<Long> page = more ? ids.subList(0, bounded) : ids;
            return new HistoryPage(entries(handle, page, plan.terms()), more ? page.get(page.size() - 1) : null);
        });
    }

    /** A chat the caller may see in the history, with every message. */
    public Transcript transcript(Principal caller, long conversationId) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(handle -> {
            requireVisible(handle, caller, conversationId);
            return new Transcript(entries(handle, List.of(conversationId), List.of()).get(0), messages(handle, conversationId));
        });
    }

    /** The transcripts of the chats a search finds, newest first, up to {@link #MAX_EXPORT}, one at a time to {@code sink}. */
    public void exportSearch(Principal caller, HistoryQuery query, Consumer<Transcript> sink) {
        caller.require(Role.AGENT);
        HistorySearch.Plan plan = plan(caller, query);
        long before = Long.MAX_VALUE;
        int exported = 0;
        while (exported < MAX_EXPORT) {
            long below = before;
            int size = Math.min(MAX_PAGE, MAX_EXPORT - exported);
            List<Long> ids = jdbi.withHandle(handle -> HistorySearch.ids(handle, plan, below, size));
            for (Long id : ids) {
                sink.accept(jdbi.withHandle(handle -> new Transcript(entries(handle, List.of(id), List.of()).get(0), messages(handle, id))));
            }
            exported += ids.size();
            if (ids.size() < size) {
                return;
            }
            before = ids.get(ids.size() - 1);
        }
    }

    private HistorySearch.Plan plan(Principal caller, HistoryQuery query) {
        Set<Long> within = query.categoryId() == null ? null : categories.withDescendants(query.categoryId());
        return HistorySearch.Plan.of(query, caller, within);
    }

    private static void requireVisible(Handle handle, Principal caller, long conversationId) {
        if (handle.createQuery("SELECT COUNT(*) FROM conversation WHERE id = :id").bind("id", conversationId).mapTo(Long.class).one() == 0) {
            throw ApiException.notFound("conversation " + conversationId);
        }
        Map<String, Object> binds = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM conversation c WHERE c.id = :id");
        HistorySearch.scope(caller, sql, binds);
        var query = handle.createQuery(sql.toString()).bind("id", conversationId);
        binds.forEach(query::bind);
        if (query.mapTo(Long.class).one() == 0) {
            throw new ApiException(ProblemType.FORBIDDEN, "this chat is outside your history");
        }
    }

    /** The chats, in the order of {@code ids}, with their wrap-ups and the first message that holds the first term. */
    private List<HistoryEntry> entries(Handle handle, List<Long> ids, List<String> terms) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, HistoryRows.ChatRow> rows = new HashMap<>();
        handle.createQuery("SELECT " + HistoryRows.CHAT_COLUMNS + HistoryRows.CHAT_FROM + " WHERE c.id IN (<ids>)").bindList("ids", ids)
                .map(HistoryRows.CHATS).forEach(row -> rows.put(row.conversationId(), row));
        Map<Long, WrapUp> wrapped = wrapUps.forChats(handle, ids);
        Map<Long, String> snippets = terms.isEmpty() ? Map.of() : snippets(handle, ids, terms.get(0));
        return ids.stream().map(id -> rows.get(id).toEntry(wrapped.get(id), snippets.get(id))).toList();
    }

    private static Map<Long, String> snippets(Handle handle, List<Long> ids, String term) {
        Map<Long, String> snippets = new LinkedHashMap<>();
        handle.createQuery("SELECT m.conversation_id, m.body FROM message m WHERE m.conversation_id IN (<ids>) AND m.kind IN ('TEXT', 'NOTE')"
                        + " AND LOWER(m.body) LIKE :term ESCAPE '!' ORDER BY m.conversation_id, m.seq")
                .bindList("ids", ids).bind("term", HistorySearch.contains(term)).map(HistoryRows.BODIES)
                .forEach(message -> snippets.putIfAbsent(message.conversationId(), around(message.body(), term)));
        return snippets;
    }

    /** Up to {@link #SNIPPET} characters of {@code body} around the first place it holds {@code term}. */
    static String around(String body, String term) {
        String flat = body.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SNIPPET) {
            return flat;
        }
        int at = Math.max(0, flat.toLowerCase(java.util.Locale.ROOT).indexOf(term));
        int start = Math.max(0, Math.min(at - SNIPPET / 3, flat.length() - SNIPPET));
        return (start > 0 ? "…" : "") + flat.substring(start, start + SNIPPET) + (start + SNIPPET < flat.length() ? "…" : "");
    }

    private static List<ChatMessage> messages(Handle handle, long conversationId) {
        return handle.createQuery("SELECT " + HistoryRows.MESSAGE_COLUMNS + HistoryRows.MESSAGE_FROM + " WHERE m.conversation_id = :c ORDER BY m.seq")
                .bind("c", conversationId).map(HistoryRows.MESSAGES).map(HistoryRows.MessageRow::toMessage).list();
    }
}
