package dev.switchboard.app.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmojiCatalogTest {

    private final EmojiCatalog catalog = EmojiCatalog.standard();

    @Test
    void fiveCategoriesWithFarMoreThanTheFortyEightOfBefore() {
        assertThat(catalog.categories()).containsExactly("smileys", "gestures", "objects", "nature", "symbols");
        assertThat(catalog.categories()).allSatisfy(category -> assertThat(catalog.in(category)).hasSizeGreaterThan(30));
        assertThat(catalog.search("")).hasSizeGreaterThan(200).doesNotHaveDuplicates();
    }

    @Test
    void emojiAreFoundByEnglishOrChineseKeywordsInAnyCase() {
        assertThat(symbols("thank")).contains("🙏");
        assertThat(symbols("谢谢")).contains("🙏");
        assertThat(symbols("快递")).contains("📦", "🚚");
        assertThat(symbols("CRY")).contains("😢", "😭");
        assertThat(symbols("  哭 ")).contains("😢", "😭");
        assertThat(symbols("👍")).containsExactly("👍");
        assertThat(symbols("no such thing")).isEmpty();
    }

    @Test
    void theRecentlyUsedAreNewestFirstWithoutRepeatsAndLimited() {
        RecentEmoji recent = new RecentEmoji();
        recent.use("😀");
        recent.use("👍");
        recent.use("😀");
        assertThat(recent.list()).containsExactly("😀", "👍");
        catalog.search("").stream().limit(RecentEmoji.KEPT + 5).forEach(emoji -> recent.use(emoji.symbol()));
        assertThat(recent.list()).hasSize(RecentEmoji.KEPT);
    }

    private List<String> symbols(String query) {
        return catalog.search(query).stream().map(EmojiCatalog.Emoji::symbol).toList();
    }
}
