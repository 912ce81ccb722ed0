package dev.switchboard.server.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The fictional Aurora shop that simulated visitors browse: its pages, how people move between
 * them, and where they come from. Proportions are rough but plausible for a Chinese e-shop.
 */
final class ShopModel {

    /** A page of the shop: its path under the site's base URL and its title. */
    record Page(String path, String title) {
    }

    static final Page HOME = new Page("index.html", "Aurora 空气净化器 | 首页");
    static final Page A1 = new Page("product-a1.html", "Aurora A1 小型净化器");
    static final Page A3 = new Page("product-a3.html", "Aurora A3 家用净化器");
    static final Page A7 = new Page("product-a7.html", "Aurora A7 旗舰净化器");
    static final Page PRICING = new Page("pricing.html", "价格与套餐 Pricing");
    static final Page CART = new Page("cart.html", "购物车 Cart");
    static final Page HELP = new Page("help.html", "帮助中心 Help");

    /** Where a visitor on a page goes next; what is left to 1.0 is leaving the site. */
    static final Map<Page, List<Map.Entry<Page, Double>>> FLOW = Map.of(
            HOME, List.of(Map.entry(A1, 0.2), Map.entry(A3, 0.25), Map.entry(A7, 0.15), Map.entry(PRICING, 0.1), Map.entry(HELP, 0.05)),
            A1, List.of(Map.entry(A3, 0.2), Map.entry(PRICING, 0.25), Map.entry(CART, 0.15), Map.entry(HOME, 0.1)),
            A3, List.of(Map.entry(A7, 0.15), Map.entry(PRICING, 0.25), Map.entry(CART, 0.2), Map.entry(HELP, 0.05)),
            A7, List.of(Map.entry(A3, 0.15), Map.entry(PRICING, 0.3), Map.entry(CART, 0.15)),
            PRICING, List.of(Map.entry(A3, 0.2), Map.entry(A7, 0.15), Map.entry(CART, 0.25), Map.entry(HELP, 0.1)),
            CART, List.of(Map.entry(HELP, 0.15), Map.entry(PRICING, 0.1), Map.entry(HOME, 0.1)),
            HELP, List.of(Map.entry(HOME, 0.2), Map.entry(CART, 0.1)));

    private static final List<String> KEYWORDS = List.of("空气净化器", "空气净化器 推荐", "除甲醛 净化器", "静音 净化器", "净化器 哪个牌子好",
            "hepa 滤网", "宠物 空气净化器", "aurora a7", "空气净化器 价格", "母婴 净化器");
    private static final List<String> ENGINES = List.of("https://www.baidu.com/s?wd=", "https://m.baidu.com/s?word=",
            "https://www.sogou.com/web?query=", "https://www.so.com/s?q=", "https://m.sm.cn/s?q=", "https://cn.bing.com/search?q=");
    private static final List<String> REFERRERS = List.of("https://www.smzdm.com/p/123456/", "https://news.example.org/reviews/purifiers",
            "https://www.jd.com/compare?id=88");
    private static final List<String> SOCIAL = List.of("https://weibo.com/1234567890/Abc", "https://www.zhihu.com/question/20000000",
            "https://www.xiaohongshu.com/explore/abc");
    private static final List<String> CAMPAIGNS = List.of("?utm_source=baidu&utm_medium=cpc&utm_campaign=double11&utm_term=%E5%87%80%E5%8C%96%E5%99%A8",
            "?utm_source=wechat&utm_medium=social&utm_campaign=spring_sale", "?utm_source=newsletter&utm_medium=email&utm_campaign=spring_news");
    /**
     * The VIP club's newsletter: the workstation's default VIP marker ("vip") finds its visitors.
     * VIPs are few, as on a real shop; when every fifteenth visitor was one, the demo's agents
     * heard "VIP visitor" all day.
     */
    static final String VIP_NEWSLETTER = "?utm_source=newsletter&utm_medium=email&utm_campaign=vip_week";
    /** The share of arrivals from the VIP newsletter. */
    static final double VIP_SHARE = 0.01;
    static final List<String> USER_AGENTS = List.of(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN",
            "Mozilla/5.0 (Linux; Android 14; V2309A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
            "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1");

    private ShopModel() {
    }

    /** Where an arriving visitor comes from: a referrer (maybe null) and a query to add to the landing URL. */
    record Arrival(Page landing, String referrer, String landingQuery) {
    }

    static Arrival arrival(RandomGenerator random) {
        double roll = random.nextDouble();
        if (roll < VIP_SHARE) {
            return new Arrival(pick(List.of(HOME, A7), random), null, VIP_NEWSLETTER);
        }
        if (roll < 0.40) {
            String keyword = pick(KEYWORDS, random);
            return new Arrival(random.nextBoolean() ? HOME : pick(List.of(A1, A3, A7), random),
                    pick(ENGINES, random) + URLEncoder.encode(keyword, StandardCharsets.UTF_8), "");
        }
        if (roll < 0.60) {
            return new Arrival(pick(List.of(HOME, A7, PRICING), random), null, pick(CAMPAIGNS, random));
        }
        if (roll < 0.85) {
            return new Arrival(HOME, null, "");
        }
        if (roll < 0.95) {
            return new Arrival(pick(List.of(A3, A7), random), pick(REFERRERS, random), "");
        }
        return new Arrival(HOME, pick(SOCIAL, random), "");
    }

    /** The next page, or null when the visitor leaves. */
    static Page next(Page from, RandomGenerator random) {
        double roll = random.nextDouble();
        double sum = 0;
        for (Map.Entry<Page, Double> step : FLOW.get(from)) {
            sum += step.getValue();
            if (roll < sum) {
                return step.getKey();
            }
        }
        return null;
    }

    static <T> T pick(List<T> items, RandomGenerator random) {
        return items.get(random.nextInt(items.size()));
    }
}
