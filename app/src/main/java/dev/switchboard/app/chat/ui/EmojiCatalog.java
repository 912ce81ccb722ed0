package dev.switchboard.app.chat.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The emoji the picker offers, by category, each with English and Chinese keywords to search by
 * (read from {@code emoji.txt} beside the app's styles). Immutable; any thread.
 */
final class EmojiCatalog {

    private static final String RESOURCE = "/dev/switchboard/app/chat/emoji.txt";
    private static final EmojiCatalog STANDARD = load();

    /** One emoji: the symbol, its category and what it is called, in lower case. */
    record Emoji(String symbol, String category, List<String> keywords) {

        boolean matches(String query) {
            return symbol.equals(query) || keywords.stream().anyMatch(keyword -> keyword.contains(query));
        }
    }

    private final Map<String, List<Emoji>> byCategory;

    private EmojiCatalog(Map<String, List<Emoji>> byCategory) {
        this.byCategory = byCategory;
    }

    static EmojiCatalog standard() {
        return STANDARD;
    }

    /** The categories in the order they show: smileys, gestures, objects, nature, symbols. */
    List<String> categories() {
        return List.copyOf(byCategory.keySet());
    }

    List<Emoji> in(String category) {
        return byCategory.getOrDefault(category, List.of());
    }

    /**
     * The emoji whose keywords contain {@code query} (English or Chinese, any case: "thank" and
     * "谢谢" both find 🙏), in the picker's order; every emoji for a blank query.
     */
    List<Emoji> search(String query) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return byCategory.values().stream().flatMap(List::stream).filter(emoji -> wanted.isEmpty() || emoji.matches(wanted)).toList();
    }

    private static EmojiCatalog load() {
        Map<String, List<Emoji>> byCategory = new LinkedHashMap<>();
        try (InputStream in = Objects.requireNonNull(EmojiCatalog.class.getResourceAsStream(RESOURCE), RESOURCE);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 4) {
                    throw new IllegalStateException("not category, symbol and keywords: " + line);
                }
                List<String> keywords = new ArrayList<>();
                keywords.addAll(Arrays.asList(fields[2].toLowerCase(Locale.ROOT).split(" ")));
                keywords.addAll(Arrays.asList(fields[3].split(" ")));
                byCategory.computeIfAbsent(fields[0], category -> new ArrayList<>())
                        .add(new Emoji(fields[1], fields[0], List.copyOf(keywords)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byCategory.replaceAll((category, emoji) -> List.copyOf(emoji));
        return new EmojiCatalog(byCategory);
    }
}
