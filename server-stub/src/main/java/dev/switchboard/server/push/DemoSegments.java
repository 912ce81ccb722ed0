package dev.switchboard.server.push;

import dev.switchboard.shared.push.SegmentConditions;
import dev.switchboard.shared.visitors.Channel;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The demo's segments of the demo shop's visitors, added where missing (by name): a second start changes nothing. */
final class DemoSegments {

    private static final String SITE = "default";
    private static final List<Object[]> SEGMENTS = List.of(
            new Object[] {"全部在线访客 Everyone online", new SegmentConditions(SITE, null, null, null, null, null, null)},
            new Object[] {"回头客 Returning visitors", new SegmentConditions(SITE, null, null, null, null, true, null)},
            new Object[] {"搜索来的访客 From search engines", new SegmentConditions(SITE, null, Channel.SEARCH, null, null, null, null)},
            new Object[] {"正在看商品的中文访客 Chinese, on a product", new SegmentConditions(SITE, "*/demo/product*", null, null, null, null, "zh")},
            new Object[] {"VIP 客户 VIP customers", new SegmentConditions(SITE, null, null, null, "VIP", null, null)});

    private DemoSegments() {
    }

    static void seed(Jdbi jdbi, Clock clock) {
        jdbi.useTransaction(handle -> {
            for (Object[] segment : SEGMENTS) {
                boolean exists = handle.createQuery("SELECT COUNT(*) FROM visitor_segment WHERE name = :name").bind("name", segment[0])
                        .mapTo(Integer.class).one() > 0;
                if (!exists) {
                    handle.createUpdate("INSERT INTO visitor_segment (name, conditions, version, created_at) VALUES (:name, :conditions, 1, :now)")
                            .bind("name", (String) segment[0]).bind("conditions", SegmentService.json(segment[1])).bind("now", clock.instant())
                            .execute();
                }
            }
        });
    }
}
