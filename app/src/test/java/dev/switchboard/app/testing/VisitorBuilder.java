package dev.switchboard.app.testing;

import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.Device;
import dev.switchboard.shared.visitors.Source;
import dev.switchboard.shared.visitors.Utm;
import dev.switchboard.shared.visitors.VisitorStatus;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.time.Instant;

/** Visitor summaries for tests: sensible defaults, changed one field at a time. */
public final class VisitorBuilder {

    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final String id;
    private String url;
    private String title;
    private Source source = Source.DIRECT;
    private String landingUrl;
    private Device device = new Device("desktop", "Windows 10", "Chrome 131");
    private String region;
    private Instant visitStartedAt = T0;
    private Instant pageSince = T0;
    private int pagesViewed = 1;
    private int visitCount = 1;
    private VisitorStatus status = VisitorStatus.BROWSING;
    private boolean blocked;
    private long version = 1;

    private VisitorBuilder(String id) {
        this.id = id;
        this.url = "https://shop.example.cn/" + id;
        this.title = "Page of " + id;
        this.landingUrl = url;
    }

    public static VisitorBuilder visitor(String id) {
        return new VisitorBuilder(id);
    }

    public VisitorBuilder page(String newUrl, String newTitle) {
        this.url = newUrl;
        this.title = newTitle;
        return this;
    }

    public VisitorBuilder landing(String newLandingUrl) {
        this.landingUrl = newLandingUrl;
        return this;
    }

    public VisitorBuilder search(String engine, String keyword) {
        this.source = new Source(Channel.SEARCH, engine, keyword, engine + ".com", "https://" + engine + ".com/s", null);
        return this;
    }

    public VisitorBuilder campaign(String campaign) {
        this.source = new Source(Channel.CAMPAIGN, null, null, null, null, new Utm("newsletter", "email", campaign, null, null));
        return this;
    }

    public VisitorBuilder referral(String host) {
        this.source = new Source(Channel.REFERRAL, null, null, host, "https://" + host + "/", null);
        return this;
    }

    public VisitorBuilder device(String type, String os, String browser) {
        this.device = new Device(type, os, browser);
        return this;
    }

    public VisitorBuilder region(String newRegion) {
        this.region = newRegion;
        return this;
    }

    public VisitorBuilder started(Instant visitStart, Instant onPageSince) {
        this.visitStartedAt = visitStart;
        this.pageSince = onPageSince;
        return this;
    }

    public VisitorBuilder pages(int viewed) {
        this.pagesViewed = viewed;
        return this;
    }

    public VisitorBuilder visits(int count) {
        this.visitCount = count;
        return this;
    }

    public VisitorBuilder status(VisitorStatus newStatus) {
        this.status = newStatus;
        return this;
    }

    public VisitorBuilder blocked() {
        this.blocked = true;
        return this;
    }

    public VisitorBuilder version(long newVersion) {
        this.version = newVersion;
        return this;
    }

    public VisitorSummary build() {
        return new VisitorSummary(id, "default", url, title, source, landingUrl, device, "zh-CN", region, visitStartedAt,
                pageSince, pagesViewed, visitCount, status, blocked, version);
    }
}
