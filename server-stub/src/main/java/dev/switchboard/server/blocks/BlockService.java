package dev.switchboard.server.blocks;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.NodeCopy;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.sync.SyncService;
import dev.switchboard.server.visitors.VisitorGate;
import dev.switchboard.server.visitors.VisitorService;
import dev.switchboard.server.visitors.VisitorTracker;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.visitors.Block;
import dev.switchboard.shared.visitors.BlockRules;
import dev.switchboard.shared.visitors.NewBlock;
import dev.switchboard.shared.visitors.WidgetMessages;
import dev.switchboard.shared.ws.Envelope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Blocks of abusive visitors, by visitor id and/or address. They live in the database; each node
 * checks every visitor connection against a copy in memory ({@link NodeCopy}, ADR 0008), refreshed
 * at once by its own changes and within {@link #SEEN_ELSEWHERE_WITHIN} by another node's. Every
 * block and lift is audited and in the change log (entity {@code visitor_block}, administrators only).
 */
public final class BlockService implements VisitorGate {

    private static final Logger LOG = LoggerFactory.getLogger(BlockService.class);
    /** The columns of a {@link Block}, named as its components: whether an address was blocked is whether one is stored. */
    private static final String COLUMNS = "b.id, b.visitor_id, b.ip IS NOT NULL AS ip_blocked, b.ip, b.reason, b.created_by, "
            + "a.display_name AS created_by_name, b.created_at, b.expires_at, b.lifted_at";
    private static final RowMapper<Block> BLOCKS = RecordMapper.of(Block.class);

    /** How long a block made on another node may go unnoticed here (this node's own take effect at once). */
    static final Duration SEEN_ELSEWHERE_WITHIN = Duration.ofSeconds(1);

    private final Clock clock;
    private final ChangeLog changeLog;
    private final AuditLog audit;
    private final VisitorService visitors;
    private final VisitorTracker tracker;
    /** The blocks not lifted (some may have expired): a copy kept by {@link NodeCopy}, checked at every widget connection. */
    private final NodeCopy<List<Block>> active;

    public BlockService(Jdbi jdbi, Clock clock, ChangeLog changeLog, AuditLog audit, SyncService sync, VisitorService visitors,
                        VisitorTracker tracker) {
        this.clock = clock;
        this.changeLog = changeLog;
        this.audit = audit;
        this.visitors = visitors;
        this.tracker = tracker;
        this.active = new NodeCopy<>(jdbi, Block.ENTITY, handle -> List.copyOf(handle.createQuery("SELECT " + COLUMNS
                        + " FROM visitor_block b JOIN agent a ON a.id = b.created_by WHERE b.lifted_at IS NULL ORDER BY b.id")
                .map(BLOCKS).list()), clock, SEEN_ELSEWHERE_WITHIN);
        // administrators only: a block names the address, which agents never see
        sync.restrict(Block.ENTITY, reader -> {
            boolean reads = reader.role().atLeast(Role.ADMIN);
            return change -> reads;
        });
    }

    @Override
    public boolean isBlocked(String visitorId, String ip) {
        Instant now = clock.instant();
        return active.get().stream().anyMatch(block -> isInForce(block, now)
                && ((block.visitorId() != null && block.visitorId().equals(visitorId)) || (block.ip() != null && block.ip().equals(ip))));
    }

    public Block block(Principal caller, NewBlock request) {
        caller.require(Role.AGENT);
        Instant now = clock.instant();
        List<FieldError> errors = BlockRules.check(request, now);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the block is not valid", errors);
        }
        if (!visitors.exists(request.visitorId())) {
            throw ApiException.notFound("visitor " + request.visitorId());
        }
        String ip = Boolean.TRUE.equals(request.blockIp()) ? visitors.lastAddress(request.visitorId()).orElse(null) : null;
        Block block = changeLog.write(tx -> {
            Handle handle = tx.handle();
            active.changing(handle);
            long id = handle.createUpdate("""
                            INSERT INTO visitor_block (visitor_id, ip, reason, created_by, created_at, expires_at)
                            VALUES (:visitor, :ip, :reason, :by, :now, :expires)""")
                    .bind("visitor", request.visitorId()).bind("ip", ip).bind("reason", request.reason().strip())
                    .bind("by", caller.agentId()).bind("now", now).bind("expires", request.expiresAt())
                    .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            audit.record(handle, caller.agentId(), "visitor.block", "visitor:" + request.visitorId(),
                    "reason=" + request.reason().strip() + (ip != null ? "; address blocked" : "")
                            + (request.expiresAt() != null ? "; expires " + request.expiresAt() : ""));
            Block made = find(handle, id);
            tx.record(Block.ENTITY, Long.toString(id), ChangeOp.UPSERT, made);
            return made;
        });
        active.reload();
        LOG.info("visitor blocked: visitor={} address={} by={}", block.visitorId(), ip != null, caller.login());
        tracker.disconnect(block.visitorId(), ip, Envelope.outgoing(WidgetMessages.BLOCKED, null, null, Map.of()),
                WidgetMessages.CLOSE_BLOCKED, "blocked");
        return forRole(block, caller);
    }

    public List<Block> list(Principal caller) {
        caller.require(Role.ADMIN);
        Instant now = clock.instant();
        return active.get().stream().filter(block -> isInForce(block, now)).toList();
    }

    public Block lift(Principal caller, long id) {
        caller.require(Role.ADMIN);
        Instant now = clock.instant();
        Block lifted = changeLog.write(tx -> {
            Handle handle = tx.handle();
            active.changing(handle);
            int changed = handle.createUpdate("UPDATE visitor_block SET lifted_at = :now, lifted_by = :by WHERE id = :id AND lifted_at IS NULL")
                    .bind("now", now).bind("by", caller.agentId()).bind("id", id).execute();
            if (changed == 0) {
                throw ApiException.notFound("active block " + id);
            }
            audit.record(handle, caller.agentId(), "visitor.unblock", "block:" + id, null);
            tx.record(Block.ENTITY, Long.toString(id), ChangeOp.DELETE, null);
            return find(handle, id);
        });
        active.reload();
        if (lifted.visitorId() != null && !isBlocked(lifted.visitorId(), null)) {
            tracker.setBlocked(lifted.visitorId(), false);
        }
        LOG.info("block lifted: id={} by={}", id, caller.login());
        return lifted;
    }

    private static boolean isInForce(Block block, Instant now) {
        return block.liftedAt() == null && (block.expiresAt() == null || now.isBefore(block.expiresAt()));
    }

    /** Agents learn whether the address was blocked, never the address. */
    private static Block forRole(Block block, Principal caller) {
        if (caller.role().atLeast(Role.ADMIN)) {
            return block;
        }
        return new Block(block.id(), block.visitorId(), block.ipBlocked(), null, block.reason(), block.createdBy(), block.createdByName(),
                block.createdAt(), block.expiresAt(), block.liftedAt());
    }

    private static Block find(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM visitor_block b JOIN agent a ON a.id = b.created_by WHERE b.id = :id")
                .bind("id", id).map(BLOCKS).one();
    }
}
