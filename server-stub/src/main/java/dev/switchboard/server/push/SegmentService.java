package dev.switchboard.server.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.server.sites.SiteService;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.push.NewSegment;
import dev.switchboard.shared.push.PushRules;
import dev.switchboard.shared.push.Segment;
import dev.switchboard.shared.push.SegmentConditions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.json.Json;

/**
 * Saved segments of visitors, {@code /api/v1/segments}: supervisors keep them for their pushes.
 * Read from the database on each use (they are few, and a push reads one), so every node sees an
 * edit at once.
 */
public final class SegmentService {

    /** A row of {@code visitor_segment}. */
    public record SegmentRow(long id, String name, @Json SegmentConditions conditions, long version) {
        Segment toSegment() {
            return new Segment(id, name, conditions, version);
        }
    }

    private static final RowMapper<SegmentRow> ROWS = RecordMapper.of(SegmentRow.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final SiteService sites;

    public SegmentService(Jdbi jdbi, Clock clock, SiteService sites) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.sites = sites;
    }

    public List<Segment> list(Principal caller) {
        caller.require(Role.SUPERVISOR);
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, name, conditions, version FROM visitor_segment ORDER BY name, id")
                .map(ROWS).list()).stream().map(SegmentRow::toSegment).toList();
    }

    public Segment get(Principal caller, long id) {
        caller.require(Role.SUPERVISOR);
        return find(id).orElseThrow(() -> ApiException.notFound("segment " + id));
    }

    public Segment create(Principal caller, NewSegment request) {
        caller.require(Role.SUPERVISOR);
        SegmentConditions conditions = checked(request);
        long id = jdbi.withHandle(handle -> handle.createUpdate(
                        "INSERT INTO visitor_segment (name, conditions, version, created_at) VALUES (:name, :conditions, 1, :now)")
                .bind("name", request.name().strip()).bind("conditions", json(conditions)).bind("now", clock.instant())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return find(id).orElseThrow();
    }

    public Segment replace(Principal caller, long id, NewSegment request) {
        caller.require(Role.SUPERVISOR);
        SegmentConditions conditions = checked(request);
        int changed = jdbi.withHandle(handle -> handle.createUpdate(
                        "UPDATE visitor_segment SET name = :name, conditions = :conditions, version = version + 1 WHERE id = :id")
                .bind("name", request.name().strip()).bind("conditions", json(conditions)).bind("id", id).execute());
        if (changed == 0) {
            throw ApiException.notFound("segment " + id);
        }
        return find(id).orElseThrow();
    }

    /** Pushes sent to the segment keep its name and conditions as they were. */
    public void delete(Principal caller, long id) {
        caller.require(Role.SUPERVISOR);
        if (jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM visitor_segment WHERE id = :id").bind("id", id).execute()) == 0) {
            throw ApiException.notFound("segment " + id);
        }
    }

    Optional<Segment> find(long id) {
        return jdbi.withHandle(handle -> find(handle, id));
    }

    private static Optional<Segment> find(Handle handle, long id) {
        return handle.createQuery("SELECT id, name, conditions, version FROM visitor_segment WHERE id = :id").bind("id", id)
                .map(ROWS).findOne().map(SegmentRow::toSegment);
    }

    /** The conditions as stored, or 400 naming what is wrong (an unknown site among it). */
    SegmentConditions checkedConditions(SegmentConditions conditions, String prefix) {
        SegmentConditions normalized = PushRules.normalize(conditions);
        if (sites.find(normalized.site()).isEmpty()) {
            throw ApiException.invalid("unknown site", List.of(new FieldError(prefix + "site", "an existing site")));
        }
        return normalized;
    }

    private SegmentConditions checked(NewSegment request) {
        List<FieldError> errors = PushRules.check(request);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the segment is not valid", errors);
        }
        return checkedConditions(request.conditions(), "conditions.");
    }

    static String json(Object value) {
        try {
            return dev.switchboard.shared.json.Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }
}
