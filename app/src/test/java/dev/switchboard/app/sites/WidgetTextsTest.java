package dev.switchboard.app.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The preview here says what the real widget says: each of its words is in widget.js's dictionary of that language. */
class WidgetTextsTest {

    @Test
    void everyWordOfThePreviewIsTheWidgetsOwn() throws IOException {
        String widget;
        try (InputStream in = WidgetTextsTest.class.getClassLoader().getResourceAsStream("widget/widget.js")) {
            assertThat(in).as("widget.js from the backend's jar").isNotNull();
            widget = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String zh = widget.substring(widget.indexOf("    zh: {"), widget.indexOf("    en: {"));
        String en = widget.substring(widget.indexOf("    en: {"), widget.indexOf("  // The host page's <html lang>"));
        check(zh, WidgetTexts.ZH);
        check(zh, WidgetTexts.ZH_MORE);
        check(en, WidgetTexts.EN);
        check(en, WidgetTexts.EN_MORE);
    }

    private static void check(String dictionary, Map<String, String> texts) {
        texts.forEach((key, text) -> {
            String quoted = text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
            assertThat(dictionary).as("widget.js's %s", key).contains(key + ": " + quoted);
        });
    }
}
