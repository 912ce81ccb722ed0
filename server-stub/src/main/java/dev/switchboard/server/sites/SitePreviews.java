package dev.switchboard.server.sites;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.sites.SiteRules;
import dev.switchboard.shared.visitors.SiteSettings;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * Previews of a site's widget with settings an administrator has not saved yet: kept in the
 * database for an hour (any node may serve the page, ADR 0008) under a random token that the
 * preview page's link carries. Only administrators make them; whoever has the link sees the look
 * and the pre-chat form, nothing else.
 */
public final class SitePreviews {

    static final Duration LIFETIME = Duration.ofHours(1);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final SiteService sites;
    private final Clock clock;

    SitePreviews(Jdbi jdbi, SiteService sites, Clock clock) {
        this.jdbi = jdbi;
        this.sites = sites;
        this.clock = clock;
    }

    /** A preview of {@code siteId} with the fields {@code draft} has over the saved ones; answers the token and its expiry. */
    public Created create(Principal caller, String siteId, SiteSettings draft) {
        caller.require(Role.ADMIN);
        if (draft == null) {
            throw ApiException.invalid("a body is required", List.of(new FieldError("look", SiteRules.REQUIRED)));
        }
        Site saved = sites.find(siteId).orElseThrow(() -> ApiException.notFound("site " + siteId));
        SiteSettings change = SiteService.normalized(draft);
        List<FieldError> errors = SiteRules.check(change);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the site is not valid", errors);
        }
        SiteSettings previewed = saved.with(change).settings();
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM site_preview WHERE expires_at < :now").bind("now", now).execute();
            handle.createUpdate("INSERT INTO site_preview (id, site, settings, expires_at) VALUES (:id, :site, :settings, :expires)")
                    .bind("id", token).bind("site", siteId).bind("settings", SiteRows.json(previewed)).bind("expires", expires).execute();
        });
        return new Created(token, expires);
    }

    /** The token of a new preview and when it stops working. */
    public record Created(String token, Instant expiresAt) {
    }

    /** The site as previewed under {@code token}, while the token lasts and the site exists. */
    public Optional<Site> find(String siteId, String token) {
        if (token == null || !TOKEN.matcher(token).matches() || sites.find(siteId).isEmpty()) {
            return Optional.empty();
        }
        Optional<String> settings = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT settings FROM site_preview WHERE id = :id AND site = :site AND expires_at > :now")
                .bind("id", token).bind("site", siteId).bind("now", clock.instant()).mapTo(String.class).findOne());
        return settings.map(json -> {
            try {
                SiteSettings previewed = dev.switchboard.shared.json.Json.mapper().readValue(json, SiteSettings.class);
                return sites.find(siteId).orElseThrow().with(previewed);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("an unreadable preview " + token, e);
            }
        });
    }
}
