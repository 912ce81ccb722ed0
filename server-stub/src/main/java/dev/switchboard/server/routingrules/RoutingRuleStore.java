package dev.switchboard.server.routingrules;

import dev.switchboard.shared.routing.NewRoutingRule;
import dev.switchboard.shared.routing.RoutingRule;
import dev.switchboard.shared.visitors.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** SQL for {@code routing_rule}. Callers own the transaction. */
final class RoutingRuleStore {

    private static final String COLUMNS = "id, position, name, enabled, channel, engine, keyword, url_pattern, language, question_type, "
            + "customer_level, returning_visitor, group_id, version";

    List<RoutingRule> all(Handle handle) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM routing_rule ORDER BY position, id").map((rs, ctx) -> rule(rs)).list();
    }

    Optional<RoutingRule> find(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM routing_rule WHERE id = :id").bind("id", id).map((rs, ctx) -> rule(rs)).findOne();
    }

    /** Adds the rule after every existing one. */
    long insert(Handle handle, NewRoutingRule rule) {
        int position = handle.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM routing_rule").mapTo(Integer.class).one();
        return bind(handle.createUpdate("""
                        INSERT INTO routing_rule (position, name, enabled, channel, engine, keyword, url_pattern, language, question_type,
                            customer_level, returning_visitor, group_id, version)
                        VALUES (:position, :name, :enabled, :channel, :engine, :keyword, :urlPattern, :language, :questionType,
                            :customerLevel, :returning, :groupId, 1)"""), rule)
                .bind("position", position)
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
    }

    /** Replaces the rule if it is still at {@code version}; false when it is not (changed meanwhile, or gone). */
    boolean replace(Handle handle, long id, long version, NewRoutingRule rule) {
        return bind(handle.createUpdate("""
                        UPDATE routing_rule SET name = :name, enabled = :enabled, channel = :channel, engine = :engine, keyword = :keyword,
                            url_pattern = :urlPattern, language = :language, question_type = :questionType, customer_level = :customerLevel,
                            returning_visitor = :returning, group_id = :groupId, version = version + 1
                        WHERE id = :id AND version = :version"""), rule)
                .bind("id", id).bind("version", version).execute() > 0;
    }

    boolean delete(Handle handle, long id) {
        return handle.createUpdate("DELETE FROM routing_rule WHERE id = :id").bind("id", id).execute() > 0;
    }

    /** Moves a rule; its version stays, as a move does not touch what a PUT replaces. */
    void move(Handle handle, long id, int position) {
        handle.createUpdate("UPDATE routing_rule SET position = :position WHERE id = :id").bind("id", id).bind("position", position).execute();
    }

    boolean groupExists(Handle handle, long groupId) {
        return handle.createQuery("SELECT COUNT(*) FROM agent_group WHERE id = :id").bind("id", groupId).mapTo(Long.class).one() > 0;
    }

    private static Update bind(Update update, NewRoutingRule r) {
        return update.bind("name", r.name().strip())
                .bind("enabled", r.enabled() == null || r.enabled())
                .bind("channel", r.channel() == null ? null : r.channel().name())
                .bind("engine", strip(r.engine()))
                .bind("keyword", strip(r.keyword()))
                .bind("urlPattern", strip(r.urlPattern()))
                .bind("language", strip(r.language()))
                .bind("questionType", strip(r.questionType()))
                .bind("customerLevel", strip(r.customerLevel()))
                .bind("returning", r.returning())
                .bind("groupId", r.groupId());
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static RoutingRule rule(ResultSet rs) throws SQLException {
        String channel = rs.getString("channel");
        Boolean returning = rs.getObject("returning_visitor", Boolean.class);
        String engine = rs.getString("engine");
        String keyword = rs.getString("keyword");
        String urlPattern = rs.getString("url_pattern");
        String language = rs.getString("language");
        String questionType = rs.getString("question_type");
        String customerLevel = rs.getString("customer_level");
        boolean catchAll = channel == null && returning == null && engine == null && keyword == null && urlPattern == null
                && language == null && questionType == null && customerLevel == null;
        return new RoutingRule(rs.getLong("id"), rs.getInt("position"), rs.getString("name"), rs.getBoolean("enabled"),
                channel == null ? null : Channel.valueOf(channel), engine, keyword, urlPattern, language, questionType, customerLevel, returning,
                catchAll, rs.getLong("group_id"), rs.getLong("version"));
    }
}
