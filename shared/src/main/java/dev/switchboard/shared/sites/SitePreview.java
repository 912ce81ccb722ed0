package dev.switchboard.shared.sites;

import java.time.Instant;

/**
 * A page of the backend that shows a site's real widget with settings not saved yet
 * ({@code POST /api/v1/sites/{site}/previews}): open {@code url} in a browser until {@code expiresAt}.
 * The widget there shows what visitors will see but starts no chat and is no visitor to agents.
 */
public record SitePreview(String url, Instant expiresAt) {
}
