package dev.switchboard.server.infra;

/**
 * URL patterns as administrators write them: {@code *} is any run of characters, everything else
 * is literal, case is ignored. Matching never backtracks more than to the last {@code *}, so a
 * pattern with many wildcards against a long URL a visitor made up costs at most
 * pattern length × URL length steps (a regular expression can take exponential time there).
 */
public final class Glob {

    private Glob() {
    }

    public static boolean matches(String pattern, String text) {
        if (text == null) {
            return false;
        }
        int p = 0;
        int t = 0;
        int lastStar = -1;
        int resumeAt = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                lastStar = p++;
                resumeAt = t;
            } else if (p < pattern.length() && sameIgnoringCase(pattern.charAt(p), text.charAt(t))) {
                p++;
                t++;
            } else if (lastStar >= 0) {
                // the last * takes one more character, and the rest of the pattern tries again after it
                p = lastStar + 1;
                t = ++resumeAt;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    private static boolean sameIgnoringCase(char a, char b) {
        return a == b || Character.toLowerCase(a) == Character.toLowerCase(b) || Character.toUpperCase(a) == Character.toUpperCase(b);
    }
}
