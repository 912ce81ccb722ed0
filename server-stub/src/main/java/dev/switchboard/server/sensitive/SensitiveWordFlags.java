package dev.switchboard.server.sensitive;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.sensitive.SensitiveWordFlag;
import dev.switchboard.shared.ws.Envelope;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Visitors' messages that contain sensitive words: stored as flags for supervisors, who are told at
 * once ({@link SensitiveWordFlag#FLAGGED} to the supervisors of the chat's group, and to its agents)
 * and can list them later. The message itself is delivered as it is.
 */
public final class SensitiveWordFlags {

    private static final Logger LOG = LoggerFactory.getLogger(SensitiveWordFlags.class);
    private static final int MAX_LIST = 500;

    public record FlagRow(long conversationId, long seq, String visitorId, Long groupId, String words, Instant createdAt) {

        SensitiveWordFlag toFlag() {
            return new SensitiveWordFlag(conversationId, seq, visitorId, groupId, Arrays.asList(words.split("\n")), createdAt);
        }
    }

    private static final RowMapper<FlagRow> FLAGS = RecordMapper.of(FlagRow.class);

    private final Jdbi jdbi;
    private final SensitiveWords words;
    private final AgentSocket agents;

    public SensitiveWordFlags(Jdbi jdbi, SensitiveWords words, AgentSocket agents) {
        this.jdbi = jdbi;
        this.words = words;
        this.agents = agents;
    }

    /** A visitor's message was stored: flags it when it contains sensitive words. */
    public void visitorMessageStored(Conversation conversation, ChatMessage message) {
        List<String> found = words.find(message.body());
        if (found.isEmpty()) {
            return;
        }
        SensitiveWordFlag flag = new SensitiveWordFlag(message.conversationId(), message.seq(), conversation.visitorId(), conversation.groupId(),
                found, message.createdAt());
        Set<Long> audience = jdbi.inTransaction(handle -> {
            handle.createUpdate("INSERT INTO sensitive_word_flag (conversation_id, seq, words, created_at) VALUES (:c, :seq, :words, :at)")
                    .bind("c", flag.conversationId()).bind("seq", flag.seq()).bind("words", String.join("\n", found)).bind("at", flag.at())
                    .execute();
            Set<Long> ids = new HashSet<>(handle.createQuery("SELECT agent_id FROM conversation_participant WHERE conversation_id = :c AND left_at IS NULL")
                    .bind("c", flag.conversationId()).mapTo(Long.class).list());
            // the group's supervisors; every supervisor while the chat has no group yet
            ids.addAll(conversation.groupId() == null
                    ? handle.createQuery("SELECT id FROM agent WHERE role IN ('SUPERVISOR', 'ADMIN') AND enabled").mapTo(Long.class).list()
                    : handle.createQuery("SELECT a.id FROM agent a JOIN agent_group_member m ON m.agent_id = a.id"
                            + " WHERE m.group_id = :g AND a.role IN ('SUPERVISOR', 'ADMIN') AND a.enabled")
                    .bind("g", conversation.groupId()).mapTo(Long.class).list());
            return ids;
        });
        LOG.info("visitor message flagged: conversation={} seq={} words={}", flag.conversationId(), flag.seq(), found.size());
        agents.sendToAgents(audience, Envelope.outgoing(SensitiveWordFlag.FLAGGED, null, null, flag));
    }

    /** Flags newest first, of one conversation or of all; supervisors and administrators. */
    List<SensitiveWordFlag> list(Principal caller, Long conversationId) {
        caller.require(Role.SUPERVISOR);
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery("""
                    SELECT f.conversation_id, f.seq, c.visitor_id, c.group_id, f.words, f.created_at
                    FROM sensitive_word_flag f JOIN conversation c ON c.id = f.conversation_id
                    """ + (conversationId == null ? "" : "WHERE f.conversation_id = :c ") + "ORDER BY f.id DESC LIMIT " + MAX_LIST);
            if (conversationId != null) {
                query.bind("c", conversationId);
            }
            return query.map(FLAGS).list().stream().map(FlagRow::toFlag).toList();
        });
    }
}
