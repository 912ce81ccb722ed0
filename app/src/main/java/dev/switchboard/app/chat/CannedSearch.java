package dev.switchboard.app.chat;

import dev.switchboard.shared.chat.CannedReply;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which canned replies answer what the agent types, best first; a pure function of the replies
 * (in the agent's order) and the text.
 *
 * <ul>
 *   <li>After a slash ({@code /tk}, {@code /退款}, {@code /ref}) everything counts: the shortcut
 *       (exactly, then its start), the title, the pinyin initials of the title, then the text.</li>
 *   <li>While typing without a slash, only the title and the text do, and only for a word that says
 *       something: two characters when one is Chinese (退款), four otherwise (refu). Initials are left
 *       out there: two letters of an English sentence would match them everywhere.</li>
 * </ul>
 * Within a kind of match the agent's order stands (personal first, then each group's, each as
 * arranged in the manager).
 */
public final class CannedSearch {

    /** At most this many suggestions: the list shows five and scrolls. */
    static final int LIMIT = 20;

    private enum Match { SHORTCUT, SHORTCUT_START, TITLE, INITIALS, TEXT }

    private record Found(CannedReply reply, Match match, int order) {
    }

    private CannedSearch() {
    }

    /** Replies for {@code /query}; all of them, in order, right after the slash. */
    public static List<CannedReply> afterSlash(List<CannedReply> replies, String query) {
        String typed = normalize(query);
        if (typed.isEmpty()) {
            return replies.stream().limit(LIMIT).toList();
        }
        return rank(replies, typed, true);
    }

    /** Replies whose title or text holds the word before the caret; none for a word too short to say much. */
    public static List<CannedReply> asYouType(List<CannedReply> replies, String word) {
        String typed = normalize(word);
        boolean chinese = typed.chars().anyMatch(c -> PinyinInitials.isHan((char) c));
        if (typed.length() < (chinese ? 2 : 4)) {
            return List.of();
        }
        return rank(replies, typed, false);
    }

    private static List<CannedReply> rank(List<CannedReply> replies, String typed, boolean afterSlash) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            CannedReply reply = replies.get(i);
            Match match = afterSlash ? matchAfterSlash(reply, typed) : matchAsYouType(reply, typed);
            if (match != null) {
                found.add(new Found(reply, match, i));
            }
        }
        found.sort(Comparator.comparing(Found::match).thenComparingInt(Found::order));
        return found.stream().limit(LIMIT).map(Found::reply).toList();
    }

    private static Match matchAfterSlash(CannedReply reply, String typed) {
        String shortcut = normalize(reply.shortcut());
        if (shortcut.equals(typed)) {
            return Match.SHORTCUT;
        }
        if (shortcut.startsWith(typed)) {
            return Match.SHORTCUT_START;
        }
        if (normalize(reply.title()).contains(typed)) {
            return Match.TITLE;
        }
        if (PinyinInitials.of(reply.title()).contains(typed)) {
            return Match.INITIALS;
        }
        return normalize(reply.body()).contains(typed) ? Match.TEXT : null;
    }

    private static Match matchAsYouType(CannedReply reply, String typed) {
        if (normalize(reply.title()).contains(typed)) {
            return Match.TITLE;
        }
        return normalize(reply.body()).contains(typed) ? Match.TEXT : null;
    }

    private static String normalize(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
