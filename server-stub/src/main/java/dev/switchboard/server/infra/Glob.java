package dev.switchboard.server.infra;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * URL patterns as administrators write them: {@code *} is any run of characters, everything else
 * is literal, case is ignored. Rules run for every visitor every second, so each is compiled once.
 */
public final class Glob {

    private static final int CACHE_LIMIT = 10_000;
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Glob() {
    }

    public static boolean matches(String pattern, String text) {
        return text != null && compile(pattern).matcher(text).matches();
    }

    static Pattern compile(String pattern) {
        Pattern compiled = COMPILED.get(pattern);
        if (compiled == null) {
            if (COMPILED.size() >= CACHE_LIMIT) {
                COMPILED.clear();
            }
            String regex = Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
            compiled = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            COMPILED.put(pattern, compiled);
        }
        return compiled;
    }
}
