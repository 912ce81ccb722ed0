package dev.switchboard.server.blocks;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.server.visitors.VisitorGate;
import dev.switchboard.server.visitors.VisitorService;
import dev.switchboard.server.visitors.VisitorTracker;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.visitors.Block;
import dev.switchboard.shared.visitors.NewBlock;
import dev.switchboard.shared.visitors.WidgetMessages;
import dev.switchboard.shared.ws.Envelope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Blocks of abusive visitors, by visitor id and/or address. Active blocks are kept in memory (they
 * are checked on every visitor connection) and in the database, so they survive restarts. Every
 * block and lift is audited.
 */
public final class BlockService implements VisitorGate {

    private static final Logger LOG = LoggerFactory.getLogger(BlockService.class);
    /** The columns of a {@link Block}, named as its components: whether an address was blocked is whether one is stored. */
    private static final String COLUMNS = "b.id, b.visitor_id, b.ip IS NOT NULL AS ip_blocked, b.ip, b.reason, b.created_by, "
            + "a.display_name AS created_by_name, b.created_at, b.expires_at, b.lifted_at";
    private static final RowMapper<Block> BLOCKS = RecordMapper.of(Block.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final VisitorService visitors;
    private final VisitorTracker tracker;
    private final List<Block> active = new CopyOnWriteArrayList<>();

    public BlockService(Jdbi jdbi, Clock clock, AuditLog audit, VisitorService visitors, VisitorTracker tracker) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.visitors = visitors;
        this.tracker = tracker;
        active.addAll(jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM visitor_block b JOIN agent a ON a.id = b.created_by WHERE b.lifted_at IS NULL")
                .map(BLOCKS).list()));
    }

    @Override
    public boolean isBlocked(String visitorId, String ip) {
        Instant now = clock.instant();
        return active.stream().anyMatch(block -> isInForce(block, now)
                && ((block.visitorId() != null && block.visitorId().equals(visitorId)) || (block.ip() != null && block.ip().equals(ip))));
    }

    public Block block(Principal caller, NewBlock request) {
        caller.require(Role.AGENT);
        List<FieldError> errors = new ArrayList<>();
        if (request.visitorId() == null || request.visitorId().isBlank() || request.visitorId().length() > 32) {
            errors.add(new FieldError("visitorId", "required"));
        }
        if (request.reason() == null || request.reason().isBlank() || request.reason().length() > 500) {
            errors.add(new FieldError("reason", "1 to 500 characters"));
        }
        Instant now = clock.instant();
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            errors.add(new FieldError("expiresAt", "must be in the future"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the block is not valid", errors);
        }
        if (!visitors.exists(request.visitorId())) {
            throw ApiException.notFound("visitor " + request.visitorId());
        }
        String ip = Boolean.TRUE.equals(request.blockIp()) ? visitors.lastAddress(request.visitorId()).orElse(null) : null;
        Block block = jdbi.inTransaction(handle -> {
            long id = handle.createUpdate("""
                            INSERT INTO visitor_block (visitor_id, ip, reason, created_by, created_at, expires_at)
                            VALUES (:visitor, :ip, :reason, :by, :now, :expires)""")
                    .bind("visitor", request.visitorId()).bind("ip", ip).bind("reason", request.reason().strip())
                    .bind("by", caller.agentId()).bind("now", now).bind("expires", request.expiresAt())
                    .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            audit.record(handle, caller.agentId(), "visitor.block", "visitor:" + request.visitorId(),
                    "reason=" + request.reason().strip() + (ip != null ? "; address blocked" : "")
                            + (request.expiresAt() != null ? "; expires " + request.expiresAt() : ""));
            return find(handle, id);
        });
        active.add(block);
        LOG.info("visitor blocked: visitor={} address={} by={}", block.visitorId(), ip != null, caller.login());
        tracker.disconnect(block.visitorId(), ip, Envelope.outgoing(WidgetMessages.BLOCKED, null, null, Map.of()),
                WidgetMessages.CLOSE_BLOCKED, "blocked");
        return forRole(block, caller);
    }

    public List<Block> list(Principal caller) {
        caller.require(Role.ADMIN);
        Instant now = clock.instant();
        return active.stream().filter(block -> isInForce(block, now)).toList();
    }

    public Block lift(Principal caller, long id) {
        caller.require(Role.ADMIN);
        Instant now = clock.instant();
        Block lifted = jdbi.inTransaction(handle -> {
            int changed = handle.createUpdate("UPDATE visitor_block SET lifted_at = :now, lifted_by = :by WHERE id = :id AND lifted_at IS NULL")
                    .bind("now", now).bind("by", caller.agentId()).bind("id", id).execute();
            if (changed == 0) {
                throw ApiException.notFound("active block " + id);
            }
            audit.record(handle, caller.agentId(), "visitor.unblock", "block:" + id, null);
            return find(handle, id);
        });
        active.removeIf(block -> block.id() == id);
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

    private static Block find(org.jdbi.v3.core.Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM visitor_block b JOIN agent a ON a.id = b.created_by WHERE b.id = :id")
                .bind("id", id).map(BLOCKS).one();
    }
}
