package dev.switchboard.server.sites;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sites.SiteRules;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.shared.visitors.PrechatFormRules;
import dev.switchboard.shared.visitors.SiteSettings;
import dev.switchboard.shared.sync.ChangeOp;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sites and their widget settings ({@code /api/v1/sites}, administrators). Read on every visitor
 * connection, so they are kept in memory and written through to the database; every change also
 * goes to the change log (administrators' workstations, and later the other nodes, ADR 0008) and
 * to the audit log. A deleted site keeps its row for the visitors and chats that name it.
 */
public final class SiteService {

    public static final String DEFAULT_SITE = "default";
    private static final Logger LOG = LoggerFactory.getLogger(SiteService.class);

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final AuditLog audit;
    private final Map<String, Site> sites = new ConcurrentHashMap<>();

    public SiteService(Jdbi jdbi, ChangeLog changeLog, AuditLog audit) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
        this.audit = audit;
        jdbi.useHandle(handle -> SiteRows.live(handle).forEach(site -> sites.put(site.id(), site)));
    }

    /**
     * Creates the default site on a new database. The demo allows every origin, asks for a name
     * and a question type, and has the shop's colours and greeting; a real installation allows no origin until an administrator
     * lists the company's sites.
     *
     * @param typingPreview whether its agents see what visitors type before sending: off for a real
     *                      installation (the default of every site), on for the demo's, so that people
     *                      trying the demo see it (and the widget's privacy note that discloses it)
     */
    public void ensureDefaultSite(boolean demo, boolean typingPreview) {
        if (jdbi.withHandle(handle -> SiteRows.exists(handle, DEFAULT_SITE))) {
            return;
        }
        Set<String> origins = demo ? Set.of("*") : Set.of();
        Site plain = new Site(DEFAULT_SITE, demo ? "Aurora demo shop" : "Default site", origins, demo ? DemoSite.form() : PrechatForm.NONE);
        // the demo shows off its look and, where demo settings are on, what visitors type before sending
        Site site = demo || typingPreview ? plain.with(new SiteSettings(null, null, null, typingPreview ? Boolean.TRUE : null,
                demo ? DemoSite.look() : null, null, null)) : plain;
        changeLog.write(tx -> {
            SiteRows.insert(tx.handle(), site);
            tx.record(SiteSettings.ENTITY, site.id(), ChangeOp.UPSERT, site.settings());
            return null;
        });
        sites.put(site.id(), site);
        LOG.info("site created: id={} origins={} typingPreview={}", site.id(), origins, typingPreview);
    }

    /** A site that is not deleted. */
    public Optional<Site> find(String siteId) {
        return siteId == null ? Optional.empty() : Optional.ofNullable(sites.get(siteId));
    }

    /** Whether some site lets pages of {@code origin} use the widget. */
    public boolean anyAllows(String origin) {
        return sites.values().stream().anyMatch(site -> site.allows(origin));
    }

    public List<SiteSettings> list(Principal caller) {
        caller.require(Role.ADMIN);
        return sites.values().stream().sorted(Comparator.comparing(Site::id)).map(Site::settings).toList();
    }

    public SiteSettings get(Principal caller, String siteId) {
        caller.require(Role.ADMIN);
        return existing(siteId).settings();
    }

    public SiteSettings create(Principal caller, SiteSettings request) {
        caller.require(Role.ADMIN);
        SiteSettings site = normalized(required(request));
        List<FieldError> errors = SiteRules.checkNew(site);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the site is not valid", errors);
        }
        Site created = new Site(site.id(), site.name(), Set.of(), PrechatForm.NONE).with(site);
        changeLog.write(tx -> {
            if (SiteRows.exists(tx.handle(), created.id())) {
                throw new ApiException(ProblemType.CONFLICT, "the key " + created.id() + " is taken (by a site, or by one deleted before)");
            }
            SiteRows.insert(tx.handle(), created);
            tx.record(SiteSettings.ENTITY, created.id(), ChangeOp.UPSERT, created.settings());
            audit.record(tx.handle(), caller.agentId(), "site.create", "site:" + created.id(), describe(created));
            return null;
        });
        sites.put(created.id(), created);
        LOG.info("site created: id={} origins={} by={}", created.id(), created.allowedOrigins(), caller.login());
        return created.settings();
    }

    /** Applies the fields {@code change} has; with a {@code version}, only on top of that version (else 409). */
    public SiteSettings update(Principal caller, String siteId, SiteSettings request) {
        caller.require(Role.ADMIN);
        SiteSettings change = normalized(required(request));
        List<FieldError> errors = SiteRules.check(change);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the site is not valid", errors);
        }
        return write(caller, siteId, change.version(), current -> current.with(change)).settings();
    }

    public PrechatForm prechatForm(Principal caller, String siteId) {
        caller.require(Role.AGENT);
        return existing(siteId).prechat();
    }

    public PrechatForm updatePrechatForm(Principal caller, String siteId, PrechatForm form) {
        caller.require(Role.ADMIN);
        List<FieldError> errors = PrechatFormRules.check(form);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the pre-chat form is not valid", errors);
        }
        return write(caller, siteId, null, current -> current.with(new SiteSettings(null, null, null, null, null, form, null))).prechat();
    }

    /** Deletes a site: its widget stops at once (pages get 404 and their sockets are refused); its key is not given again. */
    public void delete(Principal caller, String siteId, Long version) {
        caller.require(Role.ADMIN);
        changeLog.write(tx -> {
            Site current = SiteRows.find(tx.handle(), siteId).orElseThrow(() -> ApiException.notFound("site " + siteId));
            requireVersion(current, version);
            SiteRows.markDeleted(tx.handle(), siteId, tx.now());
            tx.record(SiteSettings.ENTITY, siteId, ChangeOp.DELETE, null);
            audit.record(tx.handle(), caller.agentId(), "site.delete", "site:" + siteId, describe(current));
            return null;
        });
        sites.remove(siteId);
        LOG.info("site deleted: id={} by={}", siteId, caller.login());
    }

    private Site write(Principal caller, String siteId, Long version, java.util.function.UnaryOperator<Site> change) {
        Site updated = changeLog.write(tx -> {
            Site current = SiteRows.find(tx.handle(), siteId).orElseThrow(() -> ApiException.notFound("site " + siteId));
            requireVersion(current, version);
            Site next = change.apply(current);
            Site saved = new Site(next.id(), next.name(), next.allowedOrigins(), next.prechat(), next.typingPreview(), next.look(),
                    current.version() + 1);
            if (!SiteRows.update(tx.handle(), saved, current.version())) {
                throw stale(siteId, current.version());
            }
            tx.record(SiteSettings.ENTITY, siteId, ChangeOp.UPSERT, saved.settings());
            audit.record(tx.handle(), caller.agentId(), "site.update", "site:" + siteId, describe(saved));
            return saved;
        });
        sites.put(siteId, updated);
        LOG.info("site changed: id={} origins={} typingPreview={} version={} by={}", siteId, updated.allowedOrigins(),
                updated.typingPreview(), updated.version(), caller.login());
        return updated;
    }

    private Site existing(String siteId) {
        return find(siteId).orElseThrow(() -> ApiException.notFound("site " + siteId));
    }

    private static void requireVersion(Site current, Long version) {
        if (version != null && version != current.version()) {
            throw stale(current.id(), current.version());
        }
    }

    private static ApiException stale(String siteId, long now) {
        return new ApiException(ProblemType.CONFLICT, "site " + siteId + " changed meanwhile (now version " + now
                + "); reload it and apply your change again");
    }

    private static SiteSettings required(SiteSettings request) {
        if (request == null) {
            throw ApiException.invalid("a body is required", List.of(new FieldError("name", SiteRules.REQUIRED)));
        }
        return request;
    }

    /** Origins as browsers send them, colours in lower case, texts without surrounding space. */
    static SiteSettings normalized(SiteSettings site) {
        List<String> origins = site.allowedOrigins() == null ? null
                : site.allowedOrigins().stream().map(SiteRules::normalizedOrigin).toList();
        return new SiteSettings(site.id(), site.name() == null ? null : site.name().strip(), origins, site.typingPreview(),
                site.look() == null ? null : Looks.normalized(site.look()), site.prechat(), site.version());
    }

    private static String describe(Site site) {
        return site.name() + "; origins " + site.allowedOrigins() + "; pre-chat fields " + site.prechat().fields().size()
                + "; typing preview " + (site.typingPreview() ? "on" : "off") + "; colour " + site.look().color();
    }
}
