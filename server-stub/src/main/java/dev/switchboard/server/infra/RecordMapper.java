package dev.switchboard.server.infra;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps rows to a record with Jdbi's {@link ConstructorMapper}, matching a query's columns to the
 * record's components once for each shape of result (its column labels) rather than for every
 * statement. Jdbi matches anew each time, and builds the JSON readers again in each statement's
 * copy of the configuration: that made a one-row query several times slower than reading it by
 * hand. Every Jdbi of the backend is configured the same way ({@link Database}), so what was
 * matched for one statement holds for every later one of the same shape, on any of them (H2 and
 * PostgreSQL label columns differently, so their shapes differ). Thread-safe.
 */
public final class RecordMapper<T> implements RowMapper<T> {

    private final RowMapper<T> constructor;
    private final Map<List<String>, RowMapper<T>> byShape = new ConcurrentHashMap<>();

    private RecordMapper(RowMapper<T> constructor) {
        this.constructor = constructor;
    }

    /** Rows of any query to {@code type}, a public record whose components are named as the columns (see Database). */
    public static <T> RowMapper<T> of(Class<T> type) {
        return new RecordMapper<>(ConstructorMapper.of(type));
    }

    @Override
    public T map(ResultSet rs, StatementContext ctx) throws SQLException {
        return specialize(rs, ctx).map(rs, ctx);
    }

    @Override
    public RowMapper<T> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
        List<String> shape = labels(rs.getMetaData());
        RowMapper<T> matched = byShape.get(shape);
        if (matched == null) {
            matched = constructor.specialize(rs, ctx);
            byShape.putIfAbsent(shape, matched);
        }
        return matched;
    }

    private static List<String> labels(ResultSetMetaData meta) throws SQLException {
        String[] labels = new String[meta.getColumnCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = meta.getColumnLabel(i + 1);
        }
        return List.of(labels);
    }
}
