package dev.switchboard.app.bench;

import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.Device;
import dev.switchboard.shared.visitors.Source;
import dev.switchboard.shared.visitors.Utm;
import dev.switchboard.shared.visitors.VisitorBatch;
import dev.switchboard.shared.visitors.VisitorStatus;
import dev.switchboard.shared.visitors.VisitorSummary;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A shop's worth of visitors and what happens to them, as the server would send it on the agent
 * socket: a snapshot, then batches of page views, status changes, departures and arrivals. The
 * messages are JSON texts like the server's, so the workstation parses them as it would live.
 * One generating thread; {@link #find} from any.
 */
final class SyntheticVisitors {

    private static final String[][] PAGES = {
        {"/demo/index.html", "Aurora 空气净化器 | 首页"},
        {"/demo/product-a1.html", "Aurora A1 小型净化器"},
        {"/demo/product-a3.html", "Aurora A3 家用净化器"},
        {"/demo/product-a7.html", "Aurora A7 旗舰净化器"},
        {"/demo/pricing.html", "价格与套餐 Pricing"},
        {"/demo/cart.html", "购物车 Cart"},
        {"/demo/support.html", "售后服务 Support"},
        {"/demo/filters.html", "HEPA replacement filters"},
    };
    private static final String[] ENGINES = {"baidu", "sogou", "360", "shenma", "bing", "google"};
    private static final String[] KEYWORDS = {"空气净化器", "净化器 哪个好", "hepa 滤网", "静音 净化器", "母婴 净化器", "aurora a7"};
    private static final String[] HOSTS = {"news.example.com", "www.zhihu.com", "weibo.com", "forum.example.cn"};
    private static final String[] CAMPAIGNS = {"spring-sale", "double11", "vip-members", "newsletter-04"};
    private static final String[] REGIONS = {"北京", "上海", "广州", "深圳", "杭州", "成都", null};
    private static final Device[] DEVICES = {
        new Device("desktop", "Windows 10", "Chrome 131"), new Device("desktop", "Mac OS X 14", "Safari 17"),
        new Device("mobile", "Android 14", "WeChat 8"), new Device("mobile", "iOS 17", "Mobile Safari 17"),
        new Device("tablet", "iOS 16", "Mobile Safari 16"),
    };

    private final Random random = new Random(42);
    private final Map<String, VisitorSummary> visitors = new ConcurrentHashMap<>();
    private final List<String> ids = new ArrayList<>();
    private int nextId;

    /** The snapshot of {@code count} visitors who arrived over the last half hour. */
    String snapshot(int count, Instant now) {
        List<VisitorSummary> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            all.add(arrive(now.minusSeconds(random.nextInt(1800))));
        }
        return message(MessageTypes.VISITORS_SNAPSHOT, new VisitorBatch(all, List.of()));
    }

    /**
     * A batch of {@code updates} changes: mostly page views, some status changes, and some
     * visitors leaving the list while others arrive, so the list keeps its size.
     */
    String batch(int updates, Instant now) {
        Map<String, VisitorSummary> upserts = new HashMap<>();
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < updates; i++) {
            double kind = random.nextDouble();
            if (kind < 0.05 && !ids.isEmpty()) {
                String gone = ids.remove(random.nextInt(ids.size()));
                visitors.remove(gone);
                upserts.remove(gone);
                removed.add(gone);
                VisitorSummary newcomer = arrive(now);
                upserts.put(newcomer.id(), newcomer);
            } else {
                VisitorSummary changed = kind < 0.12 ? changeStatus(randomVisitor()) : viewPage(randomVisitor(), now);
                visitors.put(changed.id(), changed);
                upserts.put(changed.id(), changed);
            }
        }
        return message(MessageTypes.VISITORS_BATCH, new VisitorBatch(List.copyOf(upserts.values()), removed));
    }

    private VisitorSummary randomVisitor() {
        return visitors.get(ids.get(random.nextInt(ids.size())));
    }

    private VisitorSummary arrive(Instant start) {
        String id = String.format("v%08x", nextId++);
        String[] landing = PAGES[random.nextInt(PAGES.length)];
        Source source = source();
        String landingUrl = "https://shop.example.cn" + landing[0]
                + (source.channel() == Channel.CAMPAIGN ? "?utm_campaign=" + source.utm().campaign() : "");
        VisitorSummary visitor = new VisitorSummary(id, "default", landingUrl, landing[1], source, landingUrl,
                DEVICES[random.nextInt(DEVICES.length)], "zh-CN", REGIONS[random.nextInt(REGIONS.length)], start, start, 1,
                random.nextDouble() < 0.3 ? 2 + random.nextInt(6) : 1, VisitorStatus.BROWSING, false, 1);
        visitors.put(id, visitor);
        ids.add(id);
        return visitor;
    }

    private Source source() {
        double kind = random.nextDouble();
        if (kind < 0.45) {
            String engine = ENGINES[random.nextInt(ENGINES.length)];
            return new Source(Channel.SEARCH, engine, KEYWORDS[random.nextInt(KEYWORDS.length)], "www." + engine + ".com",
                    "https://www." + engine + ".com/s", null);
        }
        if (kind < 0.6) {
            String campaign = CAMPAIGNS[random.nextInt(CAMPAIGNS.length)];
            return new Source(Channel.CAMPAIGN, null, null, null, null, new Utm("newsletter", "email", campaign, null, null));
        }
        if (kind < 0.8) {
            String host = HOSTS[random.nextInt(HOSTS.length)];
            return new Source(host.contains("weibo") ? Channel.SOCIAL : Channel.REFERRAL, null, null, host,
                    "https://" + host + "/", null);
        }
        return Source.DIRECT;
    }

    private VisitorSummary viewPage(VisitorSummary v, Instant now) {
        String[] page = PAGES[random.nextInt(PAGES.length)];
        return new VisitorSummary(v.id(), v.site(), "https://shop.example.cn" + page[0], page[1], v.source(), v.landingUrl(),
                v.device(), v.language(), v.region(), v.visitStartedAt(), now, v.pagesViewed() + 1, v.visitCount(),
                v.status(), v.blocked(), v.version() + 1);
    }

    private VisitorSummary changeStatus(VisitorSummary v) {
        VisitorStatus next = switch (v.status()) {
            case BROWSING -> VisitorStatus.INVITED;
            case INVITED -> random.nextBoolean() ? VisitorStatus.CHATTING : VisitorStatus.BROWSING;
            case CHATTING, LEFT -> VisitorStatus.BROWSING;
        };
        return new VisitorSummary(v.id(), v.site(), v.currentUrl(), v.currentTitle(), v.source(), v.landingUrl(), v.device(),
                v.language(), v.region(), v.visitStartedAt(), v.pageSince(), v.pagesViewed(), v.visitCount(), next,
                v.blocked(), v.version() + 1);
    }

    VisitorSummary find(String id) {
        return visitors.get(id);
    }

    private static String message(String type, VisitorBatch batch) {
        return ProtocolJson.write(new Envelope(type, null, null, ProtocolJson.tree(batch)));
    }
}
