package dev.switchboard.app.routingrules;

import java.util.List;

/** What the condition fields suggest (any other text may be typed too). */
final class Suggestions {

    /** The search engines the backend recognizes in referrers (protocol.md, "Source analysis"). */
    static final List<String> ENGINES = List.of("baidu", "sogou", "360", "shenma", "bing", "google", "yandex", "duckduckgo", "yahoo");
    /** Browser language prefixes: a rule's language matches every language starting with it. */
    static final List<String> LANGUAGES = List.of("zh", "zh-CN", "zh-TW", "zh-HK", "en", "ja", "ko", "ru", "fr", "de", "es");

    private Suggestions() {
    }
}
