package dev.switchboard.shared.sites;

/**
 * What a site's web pages need to show the widget ({@code GET /api/v1/sites/{site}/embed}): the
 * backend's address as browsers reach it, and the one tag to paste into every page.
 */
public record SiteEmbed(String publicUrl, String snippet) {
}
