package dev.switchboard.server.sites;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.visitors.PrechatField;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.shared.visitors.SiteSettings;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sites and their widget settings. Read on every visitor connection, so they are kept in memory
 * and written through to the database.
 */
public final class SiteService {

    public static final String DEFAULT_SITE = "default";
    private static final Logger LOG = LoggerFactory.getLogger(SiteService.class);
    private static final Pattern ORIGIN = Pattern.compile("https?://[a-zA-Z0-9.-]+(:\\d{1,5})?");

    /** A row of {@code site}: the allowed origins separated by spaces, the pre-chat form as JSON. */
    public record SiteRow(String id, String name, String allowedOrigins, @Json PrechatForm prechatForm, boolean typingPreview) {

        Site toSite() {
            return new Site(id, name, origins(allowedOrigins), prechatForm, typingPreview);
        }
    }

    private static final RowMapper<SiteRow> SITES = RecordMapper.of(SiteRow.class);

    private final Jdbi jdbi;
    private final Map<String, Site> sites = new ConcurrentHashMap<>();

    public SiteService(Jdbi jdbi) {
        this.jdbi = jdbi;
        jdbi.useHandle(handle -> handle.createQuery("SELECT id, name, allowed_origins, prechat_form, typing_preview FROM site")
                .map(SITES)
                .map(SiteRow::toSite)
                .forEach(site -> sites.put(site.id(), site)));
    }

    /**
     * Creates the default site on a new database. The demo allows every origin and asks for a
     * name and a question type; a real installation allows no origin until an administrator
     * lists the company's sites.
     *
     * @param typingPreview whether its agents see what visitors type before sending: off for a real
     *                      installation (the default of every site), on for the demo's, so that people
     *                      trying the demo see it (and the widget's privacy note that discloses it)
     */
    public void ensureDefaultSite(boolean demo, boolean typingPreview) {
        if (sites.containsKey(DEFAULT_SITE)) {
            return;
        }
        Set<String> origins = demo ? Set.of("*") : Set.of();
        PrechatForm form = demo ? demoForm() : PrechatForm.NONE;
        Site site = new Site(DEFAULT_SITE, demo ? "Aurora demo shop" : "Default site", origins, form, typingPreview);
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO site (id, name, allowed_origins, prechat_form, typing_preview, version)
                        VALUES (:id, :name, :origins, :form, :preview, 1)""")
                .bind("id", site.id()).bind("name", site.name()).bind("origins", String.join(" ", origins))
                .bind("form", writeForm(form)).bind("preview", typingPreview).execute());
        sites.put(site.id(), site);
        LOG.info("site created: id={} origins={} typingPreview={}", site.id(), origins, typingPreview);
    }

    public Optional<Site> find(String siteId) {
        return siteId == null ? Optional.empty() : Optional.ofNullable(sites.get(siteId));
    }

    /** Whether some site lets pages of {@code origin} use the widget. */
    public boolean anyAllows(String origin) {
        return sites.values().stream().anyMatch(site -> site.allows(origin));
    }

    public List<SiteSettings> list(Principal caller) {
        caller.require(Role.ADMIN);
        return sites.values().stream().map(SiteService::settings).sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    public SiteSettings update(Principal caller, String siteId, SiteSettings change) {
        caller.require(Role.ADMIN);
        Site current = find(siteId).orElseThrow(() -> ApiException.notFound("site " + siteId));
        String name = change.name() == null ? current.name() : change.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw ApiException.invalid("the site is not valid", List.of(new FieldError("name", "1 to 100 characters")));
        }
        Set<String> origins = change.allowedOrigins() == null ? current.allowedOrigins() : new LinkedHashSet<>(change.allowedOrigins());
        List<String> bad = origins.stream().filter(o -> o == null || !(o.equals("*") || ORIGIN.matcher(o).matches())).map(String::valueOf).toList();
        if (!bad.isEmpty()) {
            throw ApiException.invalid("the site is not valid",
                    List.of(new FieldError("allowedOrigins", "origins look like https://shop.example.com or '*'; not: " + bad)));
        }
        boolean typingPreview = change.typingPreview() == null ? current.typingPreview() : change.typingPreview();
        Site updated = new Site(siteId, name, origins, current.prechat(), typingPreview);
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE site SET name = :name, allowed_origins = :origins, typing_preview = :preview,"
                        + " version = version + 1 WHERE id = :id")
                .bind("name", name).bind("origins", String.join(" ", origins)).bind("preview", typingPreview).bind("id", siteId).execute());
        sites.put(siteId, updated);
        LOG.info("site changed: id={} origins={} typingPreview={} by={}", siteId, origins, typingPreview, caller.login());
        return settings(updated);
    }

    public PrechatForm prechatForm(Principal caller, String siteId) {
        caller.require(Role.AGENT);
        return find(siteId).orElseThrow(() -> ApiException.notFound("site " + siteId)).prechat();
    }

    public PrechatForm updatePrechatForm(Principal caller, String siteId, PrechatForm form) {
        caller.require(Role.ADMIN);
        Site current = find(siteId).orElseThrow(() -> ApiException.notFound("site " + siteId));
        List<FieldError> errors = PrechatRules.check(form);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the pre-chat form is not valid", errors);
        }
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE site SET prechat_form = :form, version = version + 1 WHERE id = :id")
                .bind("form", writeForm(form)).bind("id", siteId).execute());
        sites.put(siteId, new Site(siteId, current.name(), current.allowedOrigins(), form, current.typingPreview()));
        LOG.info("pre-chat form changed: site={} fields={} by={}", siteId, form.fields().size(), caller.login());
        return form;
    }

    private static SiteSettings settings(Site site) {
        return new SiteSettings(site.id(), site.name(), List.copyOf(site.allowedOrigins()), site.typingPreview());
    }

    private static PrechatForm demoForm() {
        return new PrechatForm(List.of(
                new PrechatField("name", PrechatField.FieldType.NAME, "Your name", "您的称呼", true, null, null),
                new PrechatField("phone", PrechatField.FieldType.PHONE, "Phone", "手机号", false, null, "^\\+?[0-9 -]{6,20}$"),
                new PrechatField("question", PrechatField.FieldType.QUESTION_TYPE, "Question about", "咨询类型", true,
                        List.of("售前咨询 Pre-sales", "订单与物流 Orders", "售后维修 Repairs"), null)));
    }

    private static Set<String> origins(String text) {
        return text == null || text.isBlank() ? Set.of() : Arrays.stream(text.trim().split("\\s+")).collect(Collectors.toSet());
    }

    private static String writeForm(PrechatForm form) {
        try {
            return dev.switchboard.shared.json.Json.mapper().writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
