package dev.switchboard.server.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void starIsAnyRunOfCharactersAndTheRestIsLiteralIgnoringCase() {
        assertThat(Glob.matches("*/pricing*", "https://shop.example.cn/pricing")).isTrue();
        assertThat(Glob.matches("*/pricing*", "https://shop.example.cn/Pricing/pro?x=1")).isTrue();
        assertThat(Glob.matches("*/pricing*", "https://shop.example.cn/about/pricing-old")).isTrue();
        assertThat(Glob.matches("*/pricing/*", "https://shop.example.cn/pricing")).isFalse();
        assertThat(Glob.matches("https://shop.example.cn/", "https://shop.example.cn/")).isTrue();
        assertThat(Glob.matches("https://shop.example.cn/", "https://shop.example.cn/a")).isFalse();
        assertThat(Glob.matches("*.cn/*?id=*", "https://shop.example.cn/p?id=7")).as("? and . are literal").isTrue();
        assertThat(Glob.matches("*.cn/*?id=*", "https://shop.example.cn/p-id=7")).isFalse();
        assertThat(Glob.matches("*", "")).isTrue();
        assertThat(Glob.matches("**a**", "bab")).isTrue();
        assertThat(Glob.matches("a*b*c", "aXbYbZc")).isTrue();
        assertThat(Glob.matches("a*b*c", "aXcYb")).isFalse();
        assertThat(Glob.matches("*售后*", "https://shop.example.cn/售后/维修")).isTrue();
        assertThat(Glob.matches("*", null)).isFalse();
    }

    @Test
    void aPatternWithManyWildcardsAgainstALongMadeUpUrlIsStillQuick() {
        String url = "https://shop.example.cn/" + "a".repeat(2000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(Glob.matches("*a*a*a*a*a*a*a*a*b", url)).isFalse());
    }
}
