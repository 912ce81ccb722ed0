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

    private List<String> symbols(String query) {
        return catalog.search(query).stream().map(EmojiCatalog.Emoji::symbol).toList();
    }
}
