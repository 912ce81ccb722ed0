package dev.switchboard.server.visitors;

import dev.switchboard.shared.visitors.Device;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * Device type, operating system and browser from a user agent, by the maintained ua-parser
 * patterns. Visitors share few distinct user agents, so answers are cached.
 */
public final class DeviceDetector {

    private static final int CACHE_LIMIT = 20_000;
    private static final int MAX_USER_AGENT = 512;

    /**
     * In-app browsers of Chinese super-apps carry most mobile traffic there, and the ua-parser
     * patterns shipped with the library name them only as a WebView: these come first.
     */
    private static final List<Map.Entry<Pattern, String>> IN_APP = List.of(
            Map.entry(Pattern.compile("MicroMessenger/(\\d+)"), "WeChat"),
            Map.entry(Pattern.compile("AlipayClient/(\\d+)"), "Alipay"),
            Map.entry(Pattern.compile("DingTalk/(\\d+)"), "DingTalk"),
            Map.entry(Pattern.compile("aweme(?:_lite)?/(\\d+)"), "Douyin"),
            Map.entry(Pattern.compile("Weibo \\(.*__weibo__(\\d+)"), "Weibo"),
            Map.entry(Pattern.compile("QQ/(\\d+)"), "QQ"));

    private final Parser parser = new Parser();
    private final Map<String, Device> cache = new ConcurrentHashMap<>();

    public Device detect(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return Device.UNKNOWN;
        }
        String key = userAgent.length() > MAX_USER_AGENT ? userAgent.substring(0, MAX_USER_AGENT) : userAgent;
        Device cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Device device = parse(key);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, device);
        return device;
    }

    private Device parse(String userAgent) {
        Client client = parser.parse(userAgent);
        String os = join(client.os.family, client.os.major);
        String browser = inAppBrowser(userAgent).orElseGet(() -> join(client.userAgent.family, client.userAgent.major));
        return new Device(type(client, userAgent), os, browser);
    }

    private static Optional<String> inAppBrowser(String userAgent) {
        for (Map.Entry<Pattern, String> app : IN_APP) {
            Matcher matcher = app.getKey().matcher(userAgent);
            if (matcher.find()) {
                return Optional.of(app.getValue() + " " + matcher.group(1));
            }
        }
        return Optional.empty();
    }

    private static String type(Client client, String userAgent) {
        String ua = userAgent.toLowerCase(Locale.ROOT);
        String deviceFamily = client.device.family == null ? "" : client.device.family;
        String os = client.os.family == null ? "" : client.os.family;
        if ("Spider".equals(deviceFamily) || ua.contains("bot") || ua.contains("spider") || ua.contains("crawler")) {
            return "bot";
        }
        if (ua.contains("ipad") || ua.contains("tablet") || (os.equals("Android") && !ua.contains("mobile"))) {
            return "tablet";
        }
        if (os.equals("iOS") || os.equals("Android") || ua.contains("mobile") || os.equals("HarmonyOS")) {
            return "mobile";
        }
        return "desktop";
    }

    private static String join(String family, String major) {
        if (family == null || family.equals("Other")) {
            return "unknown";
        }
        return major == null ? family : family + " " + major;
    }
}
