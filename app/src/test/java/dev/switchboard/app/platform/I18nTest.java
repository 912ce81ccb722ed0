package dev.switchboard.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import javafx.beans.binding.StringBinding;
import org.junit.jupiter.api.Test;

class I18nTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameTextsAndEveryPatternFormats() throws IOException {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (Properties texts : new Properties[] {english, chinese}) {
            for (String key : texts.stringPropertyNames()) {
                assertThatCode(() -> new MessageFormat(texts.getProperty(key)).format(new Object[] {3, 2, "x", "y"}))
                        .as(key).doesNotThrowAnyException();
            }
        }
        assertThat(chinese.getProperty("status.BUSY")).isEqualTo("忙碌");
    }

    @Test
    void switchingTheLanguageRelabelsBoundTexts() {
        I18n i18n = new I18n(Locale.ENGLISH);
        StringBinding busy = i18n.text("status.BUSY");
        assertThat(busy.get()).isEqualTo("Busy");

        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(busy.get()).isEqualTo("忙碌");
    }

    @Test
    void englishIsNotReplacedByTheSystemLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(new I18n(Locale.ENGLISH).get("status.ONLINE")).isEqualTo("Online");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void durationsArePluralisedInEnglish() {
        I18n i18n = new I18n(Locale.ENGLISH);
        assertThat(Set.of(i18n.get("duration.minutes", 1), i18n.get("duration.minutes", 14)))
                .containsExactlyInAnyOrder("1 minute", "14 minutes");
    }
}
