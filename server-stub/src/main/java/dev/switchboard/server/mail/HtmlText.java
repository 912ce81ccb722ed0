package dev.switchboard.server.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an HTML mail part, for a ticket's comment: scripts, styles and tags dropped, block
 * ends as line breaks, entities decoded. The HTML is never rendered anywhere, so this only needs to
 * keep what a person wrote readable, not to be a faithful layout.
 */
final class HtmlText {

    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|head|title)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|tr|li|h[1-6]|blockquote|pre|table)\\s*>");
    private static final Pattern ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern NUMERIC = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});");

    private HtmlText() {
    }

    static String of(String html) {
        String text = HIDDEN.matcher(html).replaceAll("");
        text = BREAK.matcher(text).replaceAll("\n");
        text = ITEM.matcher(text).replaceAll("- ");
        text = TAG.matcher(text).replaceAll("");
        text = entities(text);
        StringBuilder lines = new StringBuilder();
        for (String line : text.split("\r?\n", -1)) {
            lines.append(line.replaceAll("[ \\t\\u00a0]+", " ").strip()).append('\n');
        }
        return lines.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String entities(String text) {
        Matcher numeric = NUMERIC.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (numeric.find()) {
            String code = numeric.group(1);
            int point = code.startsWith("x") ? Integer.parseInt(code.substring(1), 16) : Integer.parseInt(code);
            String replacement = Character.isValidCodePoint(point) && point != 0 ? new String(Character.toChars(point)) : "";
            numeric.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        numeric.appendTail(decoded);
        return decoded.toString().replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
