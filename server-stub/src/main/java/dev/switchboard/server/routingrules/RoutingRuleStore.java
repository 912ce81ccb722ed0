package dev.switchboard.server.routingrules;

import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.routing.NewRoutingRule;
import dev.switchboard.shared.routing.RoutingRule;
import dev.switchboard.shared.visitors.Channel;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** SQL for {@code routing_rule}. Callers own the transaction. */
final class RoutingRuleStore {

    private static final String COLUMNS = "id, position, name, enabled, channel, engine, keyword, url_pattern, language, question_type, "
            + "customer_level, returning_visitor, group_id, version";
    private static final RowMapper<RuleRow> ROWS = RecordMapper.of(RuleRow.class);

    List<RoutingRule> all(Handle handle) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM routing_rule ORDER BY position, id").map(ROWS).map(RuleRow::toRule).list();
    }

    Optional<RoutingRule> find(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM routing_rule WHERE id = :id").bind("id", id).map(ROWS).map(RuleRow::toRule).findOne();
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

    /**
     * A rule's row as stored: no condition column set makes it the catch-all. Public only because
     * Jdbi builds it through a method handle of its own.
     */
    public record RuleRow(long id, int position, String name, boolean enabled, Channel channel, String engine, String keyword,
                          String urlPattern, String language, String questionType, String customerLevel, Boolean returningVisitor,
                          long groupId, long version) {

        RoutingRule toRule() {
            boolean catchAll = channel == null && returningVisitor == null && engine == null && keyword == null && urlPattern == null
                    && language == null && questionType == null && customerLevel == null;
            return new RoutingRule(id, position, name, enabled, channel, engine, keyword, urlPattern, language, questionType, customerLevel,
                    returningVisitor, catchAll, groupId, version);
        }
    }
}
