package dev.switchboard.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which family each system gets, from the families JavaFX lists there. */
class UiFontTest {

    private static final List<String> LATIN_ONLY = List.of("System", "DejaVu Sans", "Arial", "Segoe UI", "Helvetica");

    @Test
    void eachSystemGetsItsOwnChineseUiFont() {
        List<String> windows = plus("SimSun", "Microsoft YaHei", "Microsoft YaHei UI");
        List<String> mac = plus("Heiti SC", "PingFang SC", "PingFang TC");
        List<String> linux = plus("WenQuanYi Micro Hei", "Noto Sans CJK JP", "Noto Sans CJK SC", "Noto Sans Mono CJK SC");

        assertThat(UiFont.choose("Windows 11", windows, family -> true)).contains("Microsoft YaHei UI");
        assertThat(UiFont.choose("Mac OS X", mac, family -> true)).contains("PingFang SC");
        assertThat(UiFont.choose("Linux", linux, family -> true)).contains("Noto Sans CJK SC");
        assertThat(UiFont.choose("Linux", plus("WenQuanYi Micro Hei"), family -> true)).contains("WenQuanYi Micro Hei");
    }

    @Test
    void aFamilyJavaFxListsButCannotOpenIsPassedOver() {
        List<String> linux = plus("Noto Sans CJK SC", "Source Han Sans SC");

        assertThat(UiFont.choose("Linux", linux, family -> !family.equals("Noto Sans CJK SC"))).contains("Source Han Sans SC");
    }

    @Test
    void otherwiseAnyFamilyNamedForChineseThenTheDefault() {
        assertThat(UiFont.choose("Linux", plus("Noto Sans Mono CJK TC", "Noto Sans CJK TC"), family -> true))
                .contains("Noto Sans CJK TC");
        assertThat(UiFont.choose("FreeBSD", plus("Source Han Sans K"), family -> true)).contains("Source Han Sans K");
        assertThat(UiFont.choose("Linux", LATIN_ONLY, family -> true)).isEmpty();
    }

    private static List<String> plus(String... families) {
        return Stream.concat(LATIN_ONLY.stream(), Arrays.stream(families)).toList();
    }
}
