package dev.switchboard.server.invitations;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.server.sites.SiteService;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.visitors.InvitationRule;
import dev.switchboard.shared.visitors.NewInvitationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Administrators' automatic invitation rules, kept in memory for the evaluation that runs every second. */
public final class InvitationRuleService {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationRuleService.class);
    private static final String COLUMNS = "id, name, enabled, site, min_seconds_on_page, url_pattern, min_pages_viewed, channel, engine, "
            + "keyword, returning_visitor AS returning, language, group_id, message, forced, cooldown_minutes, version";
    private static final RowMapper<InvitationRule> RULES = RecordMapper.of(InvitationRule.class);

    private final Jdbi jdbi;
    private final SiteService sites;
    private final List<InvitationRule> rules = new CopyOnWriteArrayList<>();

    public InvitationRuleService(Jdbi jdbi, SiteService sites) {
        this.jdbi = jdbi;
        this.sites = sites;
        rules.addAll(jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM invitation_rule ORDER BY id")
                .map(RULES).list()));
    }

    List<InvitationRule> enabled() {
        return rules.stream().filter(InvitationRule::enabled).toList();
    }

    public List<InvitationRule> list(Principal caller) {
        caller.require(Role.SUPERVISOR);
        return List.copyOf(rules);
    }

    public InvitationRule create(Principal caller, NewInvitationRule request) {
        caller.require(Role.ADMIN);
        check(request);
        InvitationRule rule = jdbi.inTransaction(handle -> {
            long id = bind(handle.createUpdate("""
                            INSERT INTO invitation_rule (name, enabled, site, min_seconds_on_page, url_pattern, min_pages_viewed, channel,
                                engine, keyword, returning_visitor, language, group_id, message, forced, cooldown_minutes, version)
                            VALUES (:name, :enabled, :site, :minSeconds, :urlPattern, :minPages, :channel, :engine, :keyword, :returning,
                                :language, :groupId, :message, :forced, :cooldown, 1)"""), request)
                    .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            return find(handle, id);
        });
        rules.add(rule);
        LOG.info("invitation rule created: id={} name={} by={}", rule.id(), rule.name(), caller.login());
        return rule;
    }

    public InvitationRule replace(Principal caller, long id, NewInvitationRule request) {
        caller.require(Role.ADMIN);
        check(request);
        InvitationRule rule = jdbi.inTransaction(handle -> {
            int changed = bind(handle.createUpdate("""
                            UPDATE invitation_rule SET name = :name, enabled = :enabled, site = :site, min_seconds_on_page = :minSeconds,
                                url_pattern = :urlPattern, min_pages_viewed = :minPages, channel = :channel, engine = :engine,
                                keyword = :keyword, returning_visitor = :returning, language = :language, group_id = :groupId,
                                message = :message, forced = :forced, cooldown_minutes = :cooldown, version = version + 1
                            WHERE id = :id"""), request).bind("id", id).execute();
            if (changed == 0) {
                throw ApiException.notFound("invitation rule " + id);
            }
            return find(handle, id);
        });
        rules.replaceAll(existing -> existing.id() == id ? rule : existing);
        LOG.info("invitation rule changed: id={} by={}", id, caller.login());
        return rule;
    }

    public void delete(Principal caller, long id) {
        caller.require(Role.ADMIN);
        jdbi.useTransaction(handle -> {
            // invitations keep their history; they only lose the link to the deleted rule
            handle.createUpdate("UPDATE invitation SET rule_id = NULL WHERE rule_id = :id").bind("id", id).execute();
            if (handle.createUpdate("DELETE FROM invitation_rule WHERE id = :id").bind("id", id).execute() == 0) {
                throw ApiException.notFound("invitation rule " + id);
            }
        });
        rules.removeIf(rule -> rule.id() == id);
        LOG.info("invitation rule deleted: id={} by={}", id, caller.login());
    }

    private void check(NewInvitationRule r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.name() == null || r.name().isBlank() || r.name().length() > 100) {
            errors.add(new FieldError("name", "1 to 100 characters"));
        }
        if (r.site() == null || sites.find(r.site()).isEmpty()) {
            errors.add(new FieldError("site", "an existing site"));
        }
        if (r.groupId() == null || !groupExists(r.groupId())) {
            errors.add(new FieldError("groupId", "an existing group"));
        }
        if (r.message() == null || r.message().isBlank() || r.message().length() > 500) {
            errors.add(new FieldError("message", "1 to 500 characters"));
        }
        range(errors, "minSecondsOnPage", r.minSecondsOnPage(), 0, 86_400);
        range(errors, "minPagesViewed", r.minPagesViewed(), 1, 1000);
        range(errors, "cooldownMinutes", r.cooldownMinutes(), 1, 10_080);
        length(errors, "urlPattern", r.urlPattern(), 500);
        length(errors, "engine", r.engine(), 32);
        length(errors, "keyword", r.keyword(), 200);
        length(errors, "language", r.language(), 35);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the invitation rule is not valid", errors);
        }
    }

    private boolean groupExists(long groupId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM agent_group WHERE id = :id").bind("id", groupId)
                .mapTo(Long.class).one()) > 0;
    }

    private static void range(List<FieldError> errors, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            errors.add(new FieldError(field, min + " to " + max));
        }
    }

    private static void length(List<FieldError> errors, String field, String value, int max) {
        if (value != null && (value.isBlank() || value.length() > max)) {
            errors.add(new FieldError(field, "1 to " + max + " characters"));
        }
    }

    private static org.jdbi.v3.core.statement.Update bind(org.jdbi.v3.core.statement.Update update, NewInvitationRule r) {
        return update.bind("name", r.name().strip())
                .bind("enabled", r.enabled() == null || r.enabled())
                .bind("site", r.site())
                .bind("minSeconds", r.minSecondsOnPage())
                .bind("urlPattern", r.urlPattern())
                .bind("minPages", r.minPagesViewed())
                .bind("channel", r.channel() == null ? null : r.channel().name())
                .bind("engine", r.engine())
                .bind("keyword", r.keyword())
                .bind("returning", r.returning())
                .bind("language", r.language())
                .bind("groupId", r.groupId())
                .bind("message", r.message().strip())
                .bind("forced", Boolean.TRUE.equals(r.forced()))
                .bind("cooldown", r.cooldownMinutes() == null ? 60 : r.cooldownMinutes());
    }

    private static InvitationRule find(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM invitation_rule WHERE id = :id").bind("id", id).map(RULES).one();
    }
}
