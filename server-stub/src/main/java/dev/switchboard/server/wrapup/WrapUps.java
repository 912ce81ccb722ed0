package dev.switchboard.server.wrapup;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.distribution.AgentHolds;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.wrapup.WrapUp;
import dev.switchboard.shared.wrapup.WrapUpCategory;
import dev.switchboard.shared.wrapup.WrapUpMode;
import dev.switchboard.shared.wrapup.WrapUpRules;
import dev.switchboard.shared.wrapup.WrapUpSetting;
import dev.switchboard.shared.wrapup.WrapUpStatus;
import dev.switchboard.shared.wrapup.WrapUpSubmission;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wrap-up each chat's agent owes once it ends. It is created in the transaction that ends the
 * chat; when the chat's group requires it, the agent is held from new chats (an {@link AgentHolds}
 * hold) until it is written or its time limit passes. Past the limit it is overdue: routing gives
 * the agent chats again (a forgotten wrap-up must not starve the queue) and the history shows it
 * as overdue until it is written. Whether it is overdue is worked out when read, so nothing has to
 * run when the limit passes.
 */
public final class WrapUps {

    private static final Logger LOG = LoggerFactory.getLogger(WrapUps.class);
    private static final RowMapper<WrapUpRow> ROW = RecordMapper.of(WrapUpRow.class);
    private static final RowMapper<CategoryLink> LINK = RecordMapper.of(CategoryLink.class);
    private static final String COLUMNS = "w.conversation_id, w.agent_id, a.display_name AS agent_name, w.required, w.due_at, w.summary, w.done_at";
    private static final String FROM = " FROM chat_wrapup w JOIN agent a ON a.id = w.agent_id";
    /** The wrap-ups an agent sees again after a restart: those of the last day not written yet. */
    private static final long PENDING_HOURS = 24;

    /** A wrap-up as stored. */
    public record WrapUpRow(long conversationId, long agentId, String agentName, boolean required, Instant dueAt, String summary,
                            Instant doneAt) {
    }

    public record CategoryLink(long conversationId, long categoryId) {
    }

    /** What the access check needs of a chat. */
    public record ChatFacts(String status, Long groupId, Long ownerId) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final Runnable drainQueue;

    /** @param drainQueue gives waiting chats out now (an agent was released); runs off the caller's thread */
    WrapUps(Jdbi jdbi, Clock clock, Runnable drainQueue) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.drainQueue = drainQueue;
    }

    static String holdReason(long conversationId) {
        return "wrapup:" + conversationId;
    }

    /** The chat ended (in its transaction): its owner owes a wrap-up, and is held when the group requires one. */
    void chatEnded(Handle handle, Conversation conversation, Instant at) {
        if (conversation.ownerId() == null) {
            return;
        }
        WrapUpSetting setting = WrapUpSettings.of(handle, conversation.groupId());
        Instant due = at.truncatedTo(ChronoUnit.MICROS).plusSeconds(setting.timeLimitSeconds());
        boolean required = setting.mode() == WrapUpMode.REQUIRED;
        handle.createUpdate("""
                        INSERT INTO chat_wrapup (conversation_id, agent_id, required, due_at, created_at)
                        VALUES (:c, :agent, :required, :due, :now)""")
                .bind("c", conversation.id()).bind("agent", conversation.ownerId()).bind("required", required).bind("due", due).bind("now", at)
                .execute();
        if (required) {
            AgentHolds.hold(handle, conversation.ownerId(), holdReason(conversation.id()), due);
            LOG.info("wrap-up required: conversation={} agent={} until {}", conversation.id(), conversation.ownerId(), due);
        }
    }

    /** A chat's wrap-up; 404 when the chat has none (it ended without an agent, or before wrap-ups existed). */
    WrapUp get(Principal caller, long conversationId) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(handle -> {
            ChatFacts chat = chatFacts(handle, conversationId);
            requireReader(handle, caller, conversationId, chat);
            WrapUp found = forChats(handle, List.of(conversationId)).get(conversationId);
            if (found == null) {
                throw ApiException.notFound("wrap-up of conversation " + conversationId);
            }
            return found;
        });
    }

    /**
     * Writes (or corrects) a chat's wrap-up: the agent who owes it, a supervisor or an
     * administrator; for a chat without one, an agent who took part in it. The agent's hold ends.
     */
    WrapUp submit(Principal caller, long conversationId, WrapUpSubmission submission) {
        caller.require(Role.AGENT);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Long released = jdbi.inTransaction(handle -> {
            ChatFacts chat = chatFacts(handle, conversationId);
            requireReader(handle, caller, conversationId, chat);
            if (!"ENDED".equals(chat.status())) {
                throw new ApiException(ProblemType.CONFLICT, "a chat is wrapped up once it has ended");
            }
            WrapUpRow row = rows(handle, List.of(conversationId)).stream().findFirst().orElse(null);
            boolean staff = caller.role().atLeast(Role.SUPERVISOR);
            if (row != null && row.agentId() != caller.agentId() && !staff) {
                throw new ApiException(ProblemType.FORBIDDEN, "the wrap-up is another agent's to write");
            }
            List<FieldError> errors = WrapUpRules.check(submission, row != null && row.required());
            if (!errors.isEmpty()) {
                throw ApiException.invalid("the wrap-up is not complete", errors);
            }
            List<Long> categories = submission.categoryIds() == null ? List.of() : submission.categoryIds().stream().distinct().toList();
            requireEnabledCategories(handle, categories);
            String summary = submission.summary() == null || submission.summary().isBlank() ? null : submission.summary().strip();
            if (row == null) {
                handle.createUpdate("""
                                INSERT INTO chat_wrapup (conversation_id, agent_id, required, due_at, created_at)
                                VALUES (:c, :agent, FALSE, :now, :now)""")
                        .bind("c", conversationId).bind("agent", chat.ownerId() == null ? caller.agentId() : chat.ownerId()).bind("now", now)
                        .execute();
            }
            handle.createUpdate("""
                            UPDATE chat_wrapup SET summary = :summary, done_by = :by, done_at = COALESCE(done_at, :now)
                            WHERE conversation_id = :c""")
                    .bind("summary", summary).bind("by", caller.agentId()).bind("now", now).bind("c", conversationId).execute();
            handle.createUpdate("DELETE FROM chat_wrapup_category WHERE conversation_id = :c").bind("c", conversationId).execute();
            var insert = handle.prepareBatch("INSERT INTO chat_wrapup_category (conversation_id, category_id) VALUES (:c, :category)");
            categories.forEach(id -> insert.bind("c", conversationId).bind("category", id).add());
            if (!categories.isEmpty()) {
                insert.execute();
            }
            if (row == null) {
                return null;
            }
            AgentHolds.release(handle, row.agentId(), holdReason(conversationId));
            return row.agentId();
        });
        LOG.info("wrap-up written: conversation={} by={}", conversationId, caller.login());
        if (released != null) {
            drainQueue.run();
        }
        return jdbi.withHandle(handle -> forChats(handle, List.of(conversationId)).get(conversationId));
    }

    /** The caller's wrap-ups of the last day not written yet, oldest first: a workstation shows them again after a restart. */
    List<WrapUp> pendingOf(Principal caller) {
        caller.require(Role.AGENT);
        Instant since = clock.instant().minus(PENDING_HOURS, ChronoUnit.HOURS);
        return jdbi.withHandle(handle -> {
            List<Long> ids = handle.createQuery("""
                            SELECT conversation_id FROM chat_wrapup WHERE agent_id = :me AND done_at IS NULL AND created_at >= :since
                            ORDER BY conversation_id""")
                    .bind("me", caller.agentId()).bind("since", since).mapTo(Long.class).list();
            Map<Long, WrapUp> found = forChats(handle, ids);
            return ids.stream().map(found::get).toList();
        });
    }

    /** The wrap-ups of these chats (those that have one), with their categories' paths. */
    public Map<Long, WrapUp> forChats(Handle handle, Collection<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Map.of();
        }
        List<WrapUpRow> rows = rows(handle, conversationIds);
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> links = new HashMap<>();
        handle.createQuery("SELECT conversation_id, category_id FROM chat_wrapup_category WHERE conversation_id IN (<ids>)")
                .bindList("ids", List.copyOf(conversationIds)).map(LINK)
                .forEach(link -> links.computeIfAbsent(link.conversationId(), id -> new ArrayList<>()).add(link.categoryId()));
        List<WrapUpCategory> tree = WrapUpCategories.all(handle);
        Map<Long, String> paths = WrapUpCategories.paths(tree);
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < tree.size(); i++) {
            order.put(tree.get(i).id(), i);
        }
        Instant now = clock.instant();
        Map<Long, WrapUp> wrapUps = new LinkedHashMap<>();
        for (WrapUpRow row : rows) {
            List<Long> categories = links.getOrDefault(row.conversationId(), List.of()).stream()
                    .sorted(java.util.Comparator.comparingInt(id -> order.getOrDefault(id, Integer.MAX_VALUE))).toList();
            wrapUps.put(row.conversationId(), new WrapUp(row.conversationId(), row.agentId(), row.agentName(), row.required(), row.dueAt(),
                    status(row, now), categories, categories.stream().map(id -> paths.getOrDefault(id, "?")).toList(), row.summary(),
                    row.doneAt(), row.required() && row.doneAt() != null && row.doneAt().isAfter(row.dueAt())));
        }
        return wrapUps;
    }

    static WrapUpStatus status(WrapUpRow row, Instant now) {
        if (row.doneAt() != null) {
            return WrapUpStatus.DONE;
        }
        return row.required() && now.isAfter(row.dueAt()) ? WrapUpStatus.OVERDUE : WrapUpStatus.PENDING;
    }

    private static List<WrapUpRow> rows(Handle handle, Collection<Long> conversationIds) {
        return handle.createQuery("SELECT " + COLUMNS + FROM + " WHERE w.conversation_id IN (<ids>)")
                .bindList("ids", List.copyOf(conversationIds)).map(ROW).list();
    }

    private static ChatFacts chatFacts(Handle handle, long conversationId) {
        return handle.createQuery("SELECT status, group_id, owner_id FROM conversation WHERE id = :id").bind("id", conversationId)
                .map(RecordMapper.of(ChatFacts.class)).findOne().orElseThrow(() -> ApiException.notFound("conversation " + conversationId));
    }

    /** As for the chat's history: administrators, supervisors of its group, agents who took part in it. */
    private static void requireReader(Handle handle, Principal caller, long conversationId, ChatFacts chat) {
        if (caller.role().atLeast(Role.ADMIN)) {
            return;
        }
        boolean tookPart = handle.createQuery("SELECT COUNT(*) FROM conversation_participant WHERE conversation_id = :c AND agent_id = :me")
                .bind("c", conversationId).bind("me", caller.agentId()).mapTo(Long.class).one() > 0;
        boolean ownerOrPart = tookPart || (chat.ownerId() != null && chat.ownerId() == caller.agentId());
        boolean supervisesGroup = caller.role().atLeast(Role.SUPERVISOR) && chat.groupId() != null
                && handle.createQuery("SELECT COUNT(*) FROM agent_group_member WHERE agent_id = :me AND group_id = :g")
                .bind("me", caller.agentId()).bind("g", chat.groupId()).mapTo(Long.class).one() > 0;
        if (!ownerOrPart && !supervisesGroup) {
            throw new ApiException(ProblemType.FORBIDDEN, "you did not take part in this chat");
        }
    }

    private static void requireEnabledCategories(Handle handle, List<Long> categories) {
        if (categories.isEmpty()) {
            return;
        }
        Set<Long> enabled = handle.createQuery("SELECT id FROM wrapup_category WHERE enabled AND id IN (<ids>)").bindList("ids", categories)
                .mapTo(Long.class).collect(Collectors.toSet());
        if (!enabled.containsAll(categories)) {
            throw ApiException.invalid("unknown category", List.of(new FieldError("categoryIds", "categories of the wrap-up tree")));
        }
    }
}
