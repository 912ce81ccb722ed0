package dev.switchboard.server.sensitive;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sensitive.SensitiveWordFlag;
import dev.switchboard.shared.ws.Envelope;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Visitors' messages that contain sensitive words: stored as flags for supervisors, who are told at
 * once ({@link SensitiveWordFlag#FLAGGED} to the supervisors of the chat's group, its agents and
 * whoever watches it) and can list them later. A supervisor acknowledges a flag once; the
 * acknowledgement is stored with it (every workstation, node and restart agrees on which flags
 * still wait) and told to the same people ({@link SensitiveWordFlag#ACKNOWLEDGED}). The message
 * itself is delivered as it is.
 */
public final class SensitiveWordFlags {

    private static final Logger LOG = LoggerFactory.getLogger(SensitiveWordFlags.class);
    private static final int MAX_LIST = 500;
    private static final String COLUMNS = """
            SELECT f.conversation_id, f.seq, c.visitor_id, c.group_id, f.words, f.created_at,
                   f.acknowledged_by, a.display_name AS acknowledged_by_name, f.acknowledged_at
            FROM sensitive_word_flag f JOIN conversation c ON c.id = f.conversation_id
            LEFT JOIN agent a ON a.id = f.acknowledged_by
            """;

    public record FlagRow(long conversationId, long seq, String visitorId, Long groupId, String words, Instant createdAt,
                          Long acknowledgedBy, String acknowledgedByName, Instant acknowledgedAt) {

        SensitiveWordFlag toFlag() {
            return new SensitiveWordFlag(conversationId, seq, visitorId, groupId, Arrays.asList(words.split("\n")), createdAt,
                    acknowledgedBy, acknowledgedByName, acknowledgedAt);
        }
    }

    private static final RowMapper<FlagRow> FLAGS = RecordMapper.of(FlagRow.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final SensitiveWords words;
    private final AgentSocket agents;
    private final AuditLog audit;
    /** The supervisors watching a chat on this node, by conversation: the chat feature says, once it is installed. */
    private volatile LongFunction<Set<Long>> watchers = conversationId -> Set.of();

    public SensitiveWordFlags(Jdbi jdbi, Clock clock, SensitiveWords words, AgentSocket agents, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.words = words;
        this.agents = agents;
        this.audit = audit;
    }

    void tellWatchers(LongFunction<Set<Long>> watchersOfChat) {
        this.watchers = watchersOfChat;
    }

    /** A visitor's message was stored: flags it when it contains sensitive words. */
    public void visitorMessageStored(Conversation conversation, ChatMessage message) {
        List<String> found = words.find(message.body());
        if (found.isEmpty()) {
            return;
        }
        SensitiveWordFlag flag = new SensitiveWordFlag(message.conversationId(), message.seq(), conversation.visitorId(), conversation.groupId(),
                found, message.createdAt(), null, null, null);
        Set<Long> audience = jdbi.inTransaction(handle -> {
            handle.createUpdate("INSERT INTO sensitive_word_flag (conversation_id, seq, words, created_at) VALUES (:c, :seq, :words, :at)")
                    .bind("c", flag.conversationId()).bind("seq", flag.seq()).bind("words", String.join("\n", found)).bind("at", flag.at())
                    .execute();
            return audience(handle, flag.conversationId(), flag.groupId());
        });
        LOG.info("visitor message flagged: conversation={} seq={} words={}", flag.conversationId(), flag.seq(), found.size());
        agents.sendToAgents(audience, Envelope.outgoing(SensitiveWordFlag.FLAGGED, null, null, flag));
    }

    /**
     * Who hears of a chat's flags: its agents, the supervisors (and administrators) of its group
     * (every one while it has no group yet), and whoever watches it here.
     */
    private Set<Long> audience(Handle handle, long conversationId, Long groupId) {
        Set<Long> ids = new HashSet<>(handle.createQuery("SELECT agent_id FROM conversation_participant WHERE conversation_id = :c AND left_at IS NULL")
                .bind("c", conversationId).mapTo(Long.class).list());
        ids.addAll(groupId == null
                ? handle.createQuery("SELECT id FROM agent WHERE role IN ('SUPERVISOR', 'ADMIN') AND enabled").mapTo(Long.class).list()
                : handle.createQuery("SELECT a.id FROM agent a JOIN agent_group_member m ON m.agent_id = a.id"
                        + " WHERE m.group_id = :g AND a.role IN ('SUPERVISOR', 'ADMIN') AND a.enabled")
                .bind("g", groupId).mapTo(Long.class).list());
        ids.addAll(watchers.apply(conversationId));
        return ids;
    }

    /**
     * Flags newest first, of one conversation or of all, only those not acknowledged yet when
     * {@code waiting}: administrators see every chat's, supervisors those of the chats of their
     * groups (and of chats not yet in a group).
     */
    List<SensitiveWordFlag> list(Principal caller, Long conversationId, boolean waiting) {
        caller.require(Role.SUPERVISOR);
        boolean everyGroup = caller.role().atLeast(Role.ADMIN);
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery(COLUMNS + "WHERE 1 = 1"
                    + (conversationId == null ? "" : " AND f.conversation_id = :c")
                    + (waiting ? " AND f.acknowledged_at IS NULL" : "")
                    + (everyGroup ? "" : " AND (c.group_id IS NULL OR c.group_id IN (SELECT group_id FROM agent_group_member WHERE agent_id = :me))")
                    + " ORDER BY f.id DESC LIMIT " + MAX_LIST);
            if (conversationId != null) {
                query.bind("c", conversationId);
            }
            if (!everyGroup) {
                query.bind("me", caller.agentId());
            }
            return query.map(FLAGS).list().stream().map(FlagRow::toFlag).toList();
        });
    }

    /**
     * A supervisor of the chat's group (an administrator: of any chat) acknowledges a flag: stored
     * and audited once, told to everyone who heard of the flag. Acknowledging it again answers it as
     * it was acknowledged the first time. 404 for no such flag, 403 for a chat of a group the caller does not supervise.
     */
    SensitiveWordFlag acknowledge(Principal caller, long conversationId, long seq) {
        caller.require(Role.SUPERVISOR);
        Acknowledged result = jdbi.inTransaction(handle -> {
            SensitiveWordFlag flag = find(handle, caller, conversationId, seq);
            if (flag.acknowledged()) {
                return new Acknowledged(flag, Set.of());
            }
            int changed = handle.createUpdate("UPDATE sensitive_word_flag SET acknowledged_by = :me, acknowledged_at = :at"
                            + " WHERE conversation_id = :c AND seq = :seq AND acknowledged_at IS NULL")
                    .bind("me", caller.agentId()).bind("at", clock.instant()).bind("c", conversationId).bind("seq", seq).execute();
            if (changed > 0) {
                audit.record(handle, caller.agentId(), "sensitive-flag.acknowledge", "conversation:" + conversationId, "seq=" + seq);
            }
            SensitiveWordFlag now = find(handle, caller, conversationId, seq);
            return new Acknowledged(now, changed > 0 ? audience(handle, conversationId, now.groupId()) : Set.of());
        });
        if (!result.tell().isEmpty()) {
            LOG.info("flag acknowledged: conversation={} seq={} by={}", conversationId, seq, caller.login());
            agents.sendToAgents(result.tell(), Envelope.outgoing(SensitiveWordFlag.ACKNOWLEDGED, null, null, result.flag()));
        }
        return result.flag();
    }

    private record Acknowledged(SensitiveWordFlag flag, Set<Long> tell) {
    }

    private static SensitiveWordFlag find(Handle handle, Principal caller, long conversationId, long seq) {
        SensitiveWordFlag flag = handle.createQuery(COLUMNS + "WHERE f.conversation_id = :c AND f.seq = :seq").bind("c", conversationId)
                .bind("seq", seq).map(FLAGS).findOne().map(FlagRow::toFlag)
                .orElseThrow(() -> ApiException.notFound("flag " + conversationId + "/" + seq));
        boolean supervises = caller.role().atLeast(Role.ADMIN) || flag.groupId() == null
                || handle.createQuery("SELECT COUNT(*) FROM agent_group_member WHERE agent_id = :me AND group_id = :g")
                .bind("me", caller.agentId()).bind("g", flag.groupId()).mapTo(Long.class).one() > 0;
        if (!supervises) {
            throw new ApiException(ProblemType.FORBIDDEN, "this chat is in a group you do not supervise");
        }
        return flag;
    }
}
