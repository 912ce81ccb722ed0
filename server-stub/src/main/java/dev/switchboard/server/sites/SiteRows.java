package dev.switchboard.server.sites;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.sites.WidgetLook;
import dev.switchboard.shared.visitors.PrechatForm;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.json.Json;

/** The {@code site} table: origins separated by spaces, the pre-chat form and the look as JSON. */
final class SiteRows {

    /** A row of {@code site}; {@code look} null for the widget's own. */
    public record SiteRow(String id, String name, String allowedOrigins, @Json PrechatForm prechatForm, boolean typingPreview,
                          @Json WidgetLook look, long version) {

        Site toSite() {
            return new Site(id, name, origins(allowedOrigins), prechatForm, typingPreview, look, version);
        }
    }

    private static final String COLUMNS = "id, name, allowed_origins, prechat_form, typing_preview, look, version";
    private static final RowMapper<SiteRow> ROWS = RecordMapper.of(SiteRow.class);

    private SiteRows() {
    }

    /** Every site that is not deleted. */
    static List<Site> live(Handle handle) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM site WHERE deleted_at IS NULL").map(ROWS).map(SiteRow::toSite).list();
    }

    /** A site that is not deleted, as the database has it now. */
    static Optional<Site> find(Handle handle, String id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM site WHERE id = :id AND deleted_at IS NULL").bind("id", id)
                .map(ROWS).map(SiteRow::toSite).findOne();
    }

    /** Whether the key names a site, deleted ones included. */
    static boolean exists(Handle handle, String id) {
        return handle.createQuery("SELECT COUNT(*) FROM site WHERE id = :id").bind("id", id).mapTo(Integer.class).one() > 0;
    }

    static void insert(Handle handle, Site site) {
        handle.createUpdate("INSERT INTO site (id, name, allowed_origins, prechat_form, typing_preview, look, version)"
                        + " VALUES (:id, :name, :origins, :form, :preview, :look, :version)")
                .bind("id", site.id()).bind("name", site.name()).bind("origins", String.join(" ", site.allowedOrigins()))
                .bind("form", json(site.prechat())).bind("preview", site.typingPreview()).bind("look", json(site.look()))
                .bind("version", site.version()).execute();
    }

    /** Writes {@code site} over the row still at {@code readVersion}; false when another change came first. */
    static boolean update(Handle handle, Site site, long readVersion) {
        return handle.createUpdate("UPDATE site SET name = :name, allowed_origins = :origins, prechat_form = :form,"
                        + " typing_preview = :preview, look = :look, version = :version"
                        + " WHERE id = :id AND version = :read AND deleted_at IS NULL")
                .bind("id", site.id()).bind("name", site.name()).bind("origins", String.join(" ", site.allowedOrigins()))
                .bind("form", json(site.prechat())).bind("preview", site.typingPreview()).bind("look", json(site.look()))
                .bind("version", site.version()).bind("read", readVersion).execute() == 1;
    }

    static void markDeleted(Handle handle, String id, Instant at) {
        handle.createUpdate("UPDATE site SET deleted_at = :at, version = version + 1 WHERE id = :id").bind("id", id).bind("at", at).execute();
    }

    static String json(Object value) {
        try {
            return dev.switchboard.shared.json.Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> origins(String text) {
        return text == null || text.isBlank() ? Set.of()
                : Arrays.stream(text.trim().split("\\s+")).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
