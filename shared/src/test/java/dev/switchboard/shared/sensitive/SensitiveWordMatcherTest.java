package dev.switchboard.shared.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Substring matching of many words in one pass, Chinese included. */
class SensitiveWordMatcherTest {

    @Test
    void findsChineseWordsInsideSentencesWithoutSpaces() {
        SensitiveWordMatcher matcher = new SensitiveWordMatcher(List.of("微信号", "私下交易", "退款"));

        assertThat(matcher.find("你加我微信号吧，我们私下交易更便宜")).containsExactly("微信号", "私下交易");
        assertThat(matcher.find("微信支付可以吗")).as("微信 alone is not 微信号").isEmpty();
        assertThat(matcher.find("我要退款退款退款")).as("each word once").containsExactly("退款");
    }

    @Test
    void findsWordsThatOverlapOrEndInsideOthers() {
        SensitiveWordMatcher matcher = new SensitiveWordMatcher(List.of("he", "she", "his", "hers", "银行卡", "银行卡号", "卡号"));

        assertThat(matcher.find("ushers")).containsExactlyInAnyOrder("she", "he", "hers");
        assertThat(matcher.find("发我银行卡号")).containsExactlyInAnyOrder("银行卡", "银行卡号", "卡号");
    }

    @Test
    void ignoresCaseAndFullWidthLetters() {
        SensitiveWordMatcher matcher = new SensitiveWordMatcher(List.of("Scam", "QQ群"));

        assertThat(matcher.find("this is a SCAM")).containsExactly("Scam");
        assertThat(matcher.find("ｓｃａｍ！加ｑｑ群")).containsExactly("Scam", "QQ群");
    }

    @Test
    void noWordsFindNothing() {
        assertThat(SensitiveWordMatcher.EMPTY.find("anything")).isEmpty();
        assertThat(new SensitiveWordMatcher(List.of(" ", "")).isEmpty()).isTrue();
        assertThat(new SensitiveWordMatcher(List.of("a")).find(null)).isEmpty();
    }

    @Test
    void findsWhatAPlainSearchForEachWordFinds() {
        Random random = new Random(11);
        String alphabet = "ab退款卡c";
        for (int round = 0; round < 300; round++) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(6); i++) {
                words.add(randomText(random, alphabet, 1 + random.nextInt(4)));
            }
            String text = randomText(random, alphabet, random.nextInt(30));
            List<String> expected = words.stream().distinct().filter(text::contains).toList();

            assertThat(new SensitiveWordMatcher(words).find(text)).as("%s in %s", words, text).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
