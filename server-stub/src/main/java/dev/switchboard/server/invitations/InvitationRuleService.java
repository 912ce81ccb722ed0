package dev.switchboard.server.invitations;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.NodeCopy;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.server.sites.SiteService;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.sync.SyncService;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.visitors.InvitationRule;
import dev.switchboard.shared.visitors.InvitationRuleRules;
import dev.switchboard.shared.visitors.NewInvitationRule;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Administrators' automatic invitation rules. The evaluation that runs every second reads them from
 * a copy in memory ({@link NodeCopy}, ADR 0008), which a change on this node refreshes at once and
 * one on another node within {@link #SEEN_ELSEWHERE_WITHIN}. Each change is in the change log
 * (entity {@code invitation_rule}, seen by supervisors and administrators) and in the audit log.
 */
public final class InvitationRuleService {

    /** How long a change made on another node may go unnoticed here: the evaluation runs once a second anyway. */
    static final Duration SEEN_ELSEWHERE_WITHIN = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(InvitationRuleService.class);
    private static final String COLUMNS = "id, name, enabled, site, min_seconds_on_page, url_pattern, min_pages_viewed, channel, engine, "
            + "keyword, returning_visitor AS returning, language, group_id, message, forced, cooldown_minutes, version";
    private static final RowMapper<InvitationRule> RULES = RecordMapper.of(InvitationRule.class);

    private final SiteService sites;
    private final ChangeLog changeLog;
    private final AuditLog audit;
    private final NodeCopy<List<InvitationRule>> copy;

    public InvitationRuleService(Jdbi jdbi, Clock clock, SiteService sites, ChangeLog changeLog, AuditLog audit, SyncService sync) {
        this.sites = sites;
        this.changeLog = changeLog;
        this.audit = audit;
        this.copy = new NodeCopy<>(jdbi, InvitationRule.ENTITY,
                handle -> List.copyOf(handle.createQuery("SELECT " + COLUMNS + " FROM invitation_rule ORDER BY id").map(RULES).list()),
                clock, SEEN_ELSEWHERE_WITHIN);
        sync.restrict(InvitationRule.ENTITY, reader -> {
            boolean reads = reader.role().atLeast(Role.SUPERVISOR);
            return change -> reads;
        });
    }

    List<InvitationRule> enabled() {
        return copy.get().stream().filter(InvitationRule::enabled).toList();
    }

    public List<InvitationRule> list(Principal caller) {
        caller.require(Role.SUPERVISOR);
        return copy.get();
    }

    public InvitationRule create(Principal caller, NewInvitationRule request) {
        caller.require(Role.ADMIN);
        InvitationRule rule = change(handle -> {
            requireValid(handle, request, false);
            long id = bind(handle.createUpdate("""
                            INSERT INTO invitation_rule (name, enabled, site, min_seconds_on_page, url_pattern, min_pages_viewed, channel,
                                engine, keyword, returning_visitor, language, group_id, message, forced, cooldown_minutes, version)
                            VALUES (:name, :enabled, :site, :minSeconds, :urlPattern, :minPages, :channel, :engine, :keyword, :returning,
                                :language, :groupId, :message, :forced, :cooldown, 1)"""), request)
                    .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            InvitationRule created = find(handle, id).orElseThrow();
            audit.record(handle, caller.agentId(), "invitation-rule.create", target(id), json(created));
            return created;
        });
        LOG.info("invitation rule created: id={} name={} by={}", rule.id(), rule.name(), caller.login());
        return rule;
    }

    /** Replaces the rule if it is still at the version the caller read (409 otherwise). */
    public InvitationRule replace(Principal caller, long id, NewInvitationRule request) {
        caller.require(Role.ADMIN);
        InvitationRule rule = change(handle -> {
            InvitationRule current = find(handle, id).orElseThrow(() -> ApiException.notFound("invitation rule " + id));
            requireValid(handle, request, true);
            int changed = bind(handle.createUpdate("""
                            UPDATE invitation_rule SET name = :name, enabled = :enabled, site = :site, min_seconds_on_page = :minSeconds,
                                url_pattern = :urlPattern, min_pages_viewed = :minPages, channel = :channel, engine = :engine,
                                keyword = :keyword, returning_visitor = :returning, language = :language, group_id = :groupId,
                                message = :message, forced = :forced, cooldown_minutes = :cooldown, version = version + 1
                            WHERE id = :id AND version = :version"""), request).bind("id", id).bind("version", request.version()).execute();
            if (changed == 0) {
                throw new ApiException(ProblemType.CONFLICT, "invitation rule " + id + " changed meanwhile (now version " + current.version()
                        + ", you sent " + request.version() + "); reload it and apply your change again");
            }
            InvitationRule replaced = find(handle, id).orElseThrow();
            audit.record(handle, caller.agentId(), "invitation-rule.update", target(id), json(replaced));
            return replaced;
        });
        LOG.info("invitation rule changed: id={} version={} by={}", id, rule.version(), caller.login());
        return rule;
    }

    public void delete(Principal caller, long id) {
        caller.require(Role.ADMIN);
        changeLog.write(tx -> {
            Handle handle = tx.handle();
            copy.changing(handle);
            InvitationRule current = find(handle, id).orElseThrow(() -> ApiException.notFound("invitation rule " + id));
            // invitations keep their history; they only lose the link to the deleted rule
            handle.createUpdate("UPDATE invitation SET rule_id = NULL WHERE rule_id = :id").bind("id", id).execute();
            handle.createUpdate("DELETE FROM invitation_rule WHERE id = :id").bind("id", id).execute();
            audit.record(handle, caller.agentId(), "invitation-rule.delete", target(id), json(current));
            tx.record(InvitationRule.ENTITY, Long.toString(id), ChangeOp.DELETE, null);
            return null;
        });
        copy.reload();
        LOG.info("invitation rule deleted: id={} by={}", id, caller.login());
    }

    /** One change of a rule, in the change log, marked for every node's copy; this node's copy is refreshed after the commit. */
    private InvitationRule change(java.util.function.Function<Handle, InvitationRule> work) {
        InvitationRule rule = changeLog.write(tx -> {
            copy.changing(tx.handle());
            InvitationRule changed = work.apply(tx.handle());
            tx.record(InvitationRule.ENTITY, Long.toString(changed.id()), ChangeOp.UPSERT, changed);
            return changed;
        });
        copy.reload();
        return rule;
    }

    private void requireValid(Handle handle, NewInvitationRule request, boolean replacing) {
        List<FieldError> errors = InvitationRuleRules.check(request, replacing, site -> sites.find(site).isPresent(),
                groupId -> handle.createQuery("SELECT COUNT(*) FROM agent_group WHERE id = :id").bind("id", groupId).mapTo(Long.class).one() > 0);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the invitation rule is not valid", errors);
        }
    }

    private static Update bind(Update update, NewInvitationRule r) {
        return update.bind("name", r.name().strip())
                .bind("enabled", r.enabled() == null || r.enabled())
                .bind("site", r.site())
                .bind("minSeconds", r.minSecondsOnPage())
                .bind("urlPattern", strip(r.urlPattern()))
                .bind("minPages", r.minPagesViewed())
                .bind("channel", r.channel() == null ? null : r.channel().name())
                .bind("engine", strip(r.engine()))
                .bind("keyword", strip(r.keyword()))
                .bind("returning", r.returning())
                .bind("language", strip(r.language()))
                .bind("groupId", r.groupId())
                .bind("message", r.message().strip())
                .bind("forced", Boolean.TRUE.equals(r.forced()))
                .bind("cooldown", r.cooldownMinutes() == null ? InvitationRuleRules.DEFAULT_COOLDOWN : r.cooldownMinutes());
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static Optional<InvitationRule> find(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM invitation_rule WHERE id = :id").bind("id", id).map(RULES).findOne();
    }

    private static String target(long id) {
        return "invitation-rule:" + id;
    }

    private static String json(InvitationRule rule) {
        try {
            return Json.mapper().writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
