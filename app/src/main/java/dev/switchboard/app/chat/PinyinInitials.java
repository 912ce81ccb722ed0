package dev.switchboard.app.chat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The first letters of a text's words as an agent types them to find it: {@code 退款说明} gives
 * {@code tksm}, {@code Refund policy} gives {@code rp}, so typing {@code /tk} finds the refund reply.
 *
 * <p>No pinyin library is on the workstation's classpath (pinyin4j and TinyPinyin are not in the
 * registry we use), so the letters come from the JDK's GB2312 charset: its 3,755 level-1 characters,
 * the common ones, are ordered by pinyin, and the code where each initial starts is a fixed table.
 * Rarer characters (GB2312 level 2, and those outside it) contribute nothing, and a character with
 * two readings gets the one GB2312 sorted it by.
 */
public final class PinyinInitials {

    /** GB2312 is in every JDK (module jdk.charsets); a JRE without it finds by pinyin nothing. */
    private static final Charset GB2312 = Charset.isSupported("GB2312") ? Charset.forName("GB2312") : StandardCharsets.US_ASCII;
    /** Where each initial's characters start in GB2312 level 1; the last entry ends the level. */
    private static final int[] STARTS = {0xB0A1, 0xB0C5, 0xB2C1, 0xB4EE, 0xB6EA, 0xB7A2, 0xB8C1, 0xB9FE, 0xBBF7, 0xBFA6, 0xC0AC,
        0xC2E8, 0xC4C3, 0xC5B6, 0xC5BE, 0xC6DA, 0xC8BB, 0xC8F6, 0xCBFA, 0xCDDA, 0xCEF4, 0xD1B9, 0xD4D1, 0xD7FA};
    /** The initials in that order: no syllable begins with i, u or v. */
    private static final String LETTERS = "abcdefghjklmnopqrstwxyz";

    private PinyinInitials() {
    }

    /** Lower-case initials: one per Chinese character, one per word of letters or digits; the rest is left out. */
    public static String of(String text) {
        StringBuilder initials = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char initial = initial(c);
            if (initial != 0) {
                initials.append(initial);
                inWord = false;
            } else if (Character.isLetterOrDigit(c) && !isHan(c)) {
                if (!inWord) {
                    initials.append(Character.toLowerCase(c));
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return initials.toString().toLowerCase(Locale.ROOT);
    }

    /** The pinyin initial of a common Chinese character, or 0. */
    static char initial(char c) {
        if (!isHan(c)) {
            return 0;
        }
        byte[] bytes = String.valueOf(c).getBytes(GB2312);
        if (bytes.length != 2) {
            return 0;
        }
        int code = (bytes[0] & 0xff) << 8 | (bytes[1] & 0xff);
        for (int i = 0; i < LETTERS.length(); i++) {
            if (code >= STARTS[i] && code < STARTS[i + 1]) {
                return LETTERS.charAt(i);
            }
        }
        return 0;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
