package dev.switchboard.server.visitors;

import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.Source;
import dev.switchboard.shared.visitors.Utm;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells where a visit came from, from its landing URL and referrer. Table-driven: adding a search
 * engine or a social site is one line in {@link #ENGINES} or {@link #SOCIAL}.
 */
public final class SourceAnalyzer {

    /** A search engine: its name, the host suffixes it answers on, and its keyword parameters in order. */
    record Engine(String name, List<String> hostSuffixes, List<String> keywordParams) {
    }

    static final List<Engine> ENGINES = List.of(
            new Engine("baidu", List.of("baidu.com"), List.of("wd", "word", "kw")),
            new Engine("sogou", List.of("sogou.com"), List.of("query", "keyword")),
            new Engine("360", List.of("so.com", "haosou.com"), List.of("q")),
            new Engine("shenma", List.of("sm.cn"), List.of("q")),
            new Engine("bing", List.of("bing.com"), List.of("q")),
            new Engine("google", List.of("google.com", "google.com.hk", "google.co.uk", "google.de", "google.co.jp", "google.fr"), List.of("q")),
            new Engine("yandex", List.of("yandex.ru", "yandex.com"), List.of("text")),
            new Engine("duckduckgo", List.of("duckduckgo.com"), List.of("q")),
            new Engine("yahoo", List.of("search.yahoo.com"), List.of("p")));

    static final List<String> SOCIAL = List.of("weibo.com", "weibo.cn", "weixin.qq.com", "zhihu.com", "douyin.com",
            "xiaohongshu.com", "bilibili.com", "facebook.com", "instagram.com", "t.co", "twitter.com", "x.com",
            "linkedin.com", "reddit.com", "youtube.com", "tiktok.com");

    private static final int MAX_TEXT = 200;

    /**
     * The source of a visit that starts at {@code landingUrl}, reached from {@code referrer}
     * (either may be null or garbage: the answer is then as good as what is left).
     */
    public Source analyze(String landingUrl, String referrer) {
        Optional<URI> landing = parse(landingUrl);
        Utm utm = landing.map(SourceAnalyzer::utm).orElse(Utm.NONE);
        Optional<URI> from = parse(referrer)
                .filter(uri -> uri.getHost() != null)
                .filter(uri -> !landing.map(URI::getHost).map(host -> host.equalsIgnoreCase(uri.getHost())).orElse(false));
        String referrerHost = from.map(uri -> uri.getHost().toLowerCase(Locale.ROOT)).orElse(null);
        String cleanReferrer = from.map(URI::toString).map(SourceAnalyzer::clip).orElse(null);

        Optional<Engine> engine = Optional.ofNullable(referrerHost).flatMap(SourceAnalyzer::engineOf);
        String keyword = from.flatMap(uri -> engine.flatMap(e -> keyword(uri, e))).orElse(null);
        Utm shownUtm = utm.isEmpty() ? null : utm;
        if (!utm.isEmpty()) {
            return new Source(Channel.CAMPAIGN, engine.map(Engine::name).orElse(null),
                    keyword != null ? keyword : utm.term(), referrerHost, cleanReferrer, shownUtm);
        }
        if (engine.isPresent()) {
            return new Source(Channel.SEARCH, engine.get().name(), keyword, referrerHost, cleanReferrer, null);
        }
        if (referrerHost == null) {
            return Source.DIRECT;
        }
        Channel channel = matchesAny(referrerHost, SOCIAL) ? Channel.SOCIAL : Channel.REFERRAL;
        return new Source(channel, null, null, referrerHost, cleanReferrer, null);
    }

    /** True when {@code referrer} points to the same host as {@code pageUrl}: a click inside the site. */
    public static boolean isInternal(String pageUrl, String referrer) {
        Optional<String> page = parse(pageUrl).map(URI::getHost);
        Optional<String> ref = parse(referrer).map(URI::getHost);
        return page.isPresent() && ref.isPresent() && page.get().equalsIgnoreCase(ref.get());
    }

    private static Optional<Engine> engineOf(String host) {
        return ENGINES.stream().filter(engine -> matchesAny(host, engine.hostSuffixes())).findFirst();
    }

    private static boolean matchesAny(String host, List<String> suffixes) {
        return suffixes.stream().anyMatch(suffix -> host.equals(suffix) || host.endsWith("." + suffix));
    }

    private static Optional<String> keyword(URI referrer, Engine engine) {
        Map<String, String> rawParams = rawQuery(referrer);
        Charset charset = charsetOf(rawParams);
        for (String name : engine.keywordParams()) {
            String raw = rawParams.get(name);
            if (raw != null) {
                String decoded = decode(raw, charset).strip();
                if (!decoded.isEmpty()) {
                    return Optional.of(clip(decoded));
                }
            }
        }
        return Optional.empty();
    }

    /** Baidu and Sogou still send GBK-encoded keywords when the page says so ({@code ie=gbk}). */
    private static Charset charsetOf(Map<String, String> params) {
        String declared = params.getOrDefault("ie", params.get("oe"));
        if (declared != null && declared.toLowerCase(Locale.ROOT).matches("gbk|gb2312|gb18030")) {
            return Charset.forName("GB18030");
        }
        return StandardCharsets.UTF_8;
    }

    private static Utm utm(URI landing) {
        Map<String, String> params = rawQuery(landing);
        return new Utm(param(params, "utm_source"), param(params, "utm_medium"), param(params, "utm_campaign"),
                param(params, "utm_term"), param(params, "utm_content"));
    }

    private static String param(Map<String, String> params, String name) {
        String raw = params.get(name);
        if (raw == null) {
            return null;
        }
        String value = decode(raw, StandardCharsets.UTF_8).strip();
        return value.isEmpty() ? null : clip(value);
    }

    /** Query parameters still percent-encoded, first occurrence wins. */
    private static Map<String, String> rawQuery(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        String fragment = uri.getRawFragment();
        // some engines (Google's older pages, SPA shops) put the parameters after '#'
        for (String part : new String[] {query, fragment != null && fragment.contains("=") ? fragment : null}) {
            if (part == null) {
                continue;
            }
            for (String pair : part.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.putIfAbsent(pair.substring(0, eq).toLowerCase(Locale.ROOT), pair.substring(eq + 1));
                }
            }
        }
        return params;
    }

    /** Percent-decoding that never throws: a broken escape is kept as it is. */
    static String decode(String raw, Charset charset) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '+') {
                bytes.put((byte) ' ');
            } else if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                bytes.put((byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(bytes.duplicate()).toString();
        } catch (CharacterCodingException e) {
            if (charset.equals(StandardCharsets.UTF_8)) {
                return decode(raw, Charset.forName("GB18030"));
            }
            return StandardCharsets.UTF_8.decode(bytes).toString();
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static Optional<URI> parse(String url) {
        if (url == null || url.isBlank() || url.length() > 4096) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(escapeStrays(url.strip()));
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Browsers send referrers percent-encoded, but hand-made or hostile ones may carry stray '%',
     * spaces or raw non-ASCII text; escape those so the rest of the URL can still be read.
     */
    private static String escapeStrays(String url) {
        StringBuilder out = new StringBuilder(url.length() + 16);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '%' && !(i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2)))) {
                out.append("%25");
            } else if (c == ' ') {
                out.append("%20");
            } else if (c > 0x7e || c < 0x20 || "\"<>\\^`{|}".indexOf(c) >= 0) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String clip(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }
}
