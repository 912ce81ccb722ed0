package dev.switchboard.shared.push;

import dev.switchboard.shared.problem.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What makes a push and a segment valid, checked by the backend and by the workstation before it
 * sends. Links and pictures are web addresses only ({@code http}, {@code https}): never
 * {@code javascript:}, {@code data:} or a relative path, which the visitor's page would resolve.
 */
public final class PushRules {

    public static final int MAX_TITLE = 60;
    public static final int MAX_TEXT = 500;
    public static final int MAX_URL = 2000;
    public static final int MAX_SEGMENT_NAME = 100;
    public static final int MAX_PATTERN = 500;
    public static final int MAX_KEYWORD = 200;
    public static final int MAX_LANGUAGE = 35;
    public static final int MAX_LEVEL = 32;

    private PushRules() {
    }

    public static List<FieldError> check(NewPush push) {
        List<FieldError> errors = new ArrayList<>();
        if (push.segmentId() == null) {
            if (push.conditions() == null) {
                errors.add(new FieldError("segmentId", "a segment, or conditions"));
            } else {
                checkConditions(push.conditions(), "conditions.", errors);
            }
        }
        if (push.kind() == null) {
            errors.add(new FieldError("kind", "MESSAGE or CARD"));
            return errors;
        }
        if (blank(push.text()) || push.text().strip().length() > MAX_TEXT) {
            errors.add(new FieldError("text", "1 to " + MAX_TEXT + " characters"));
        }
        if (push.kind() == PushKind.MESSAGE) {
            for (String[] extra : new String[][] {{"title", push.title()}, {"imageUrl", push.imageUrl()}, {"linkUrl", push.linkUrl()}}) {
                if (!blank(extra[1])) {
                    errors.add(new FieldError(extra[0], "a message has only text; send a card for more"));
                }
            }
            return errors;
        }
        if (blank(push.title()) || push.title().strip().length() > MAX_TITLE) {
            errors.add(new FieldError("title", "1 to " + MAX_TITLE + " characters"));
        }
        if (!blank(push.imageUrl()) && !isWebAddress(push.imageUrl())) {
            errors.add(new FieldError("imageUrl", "an http or https address"));
        }
        if (!blank(push.linkUrl()) && !isWebAddress(push.linkUrl())) {
            errors.add(new FieldError("linkUrl", "an http or https address"));
        }
        return errors;
    }

    public static List<FieldError> check(NewSegment segment) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(segment.name()) || segment.name().strip().length() > MAX_SEGMENT_NAME) {
            errors.add(new FieldError("name", "1 to " + MAX_SEGMENT_NAME + " characters"));
        }
        if (segment.conditions() == null) {
            errors.add(new FieldError("conditions.site", "required"));
        } else {
            checkConditions(segment.conditions(), "conditions.", errors);
        }
        return errors;
    }

    private static void checkConditions(SegmentConditions conditions, String prefix, List<FieldError> errors) {
        if (blank(conditions.site())) {
            errors.add(new FieldError(prefix + "site", "required"));
        }
        tooLong(conditions.urlPattern(), MAX_PATTERN, prefix + "urlPattern", errors);
        tooLong(conditions.keyword(), MAX_KEYWORD, prefix + "keyword", errors);
        tooLong(conditions.customerLevel(), MAX_LEVEL, prefix + "customerLevel", errors);
        tooLong(conditions.language(), MAX_LANGUAGE, prefix + "language", errors);
    }

    private static void tooLong(String value, int max, String field, List<FieldError> errors) {
        if (value != null && (value.length() > max || value.chars().anyMatch(Character::isISOControl))) {
            errors.add(new FieldError(field, "at most " + max + " characters on one line"));
        }
    }

    /** An absolute http or https address with a host and no user name or password in it. */
    public static boolean isWebAddress(String text) {
        if (text == null || text.length() > MAX_URL || text.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty()
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The conditions as stored: blanks become null, the rest stripped. */
    public static SegmentConditions normalize(SegmentConditions c) {
        return new SegmentConditions(strip(c.site()), strip(c.urlPattern()), c.channel(), strip(c.keyword()), strip(c.customerLevel()),
                c.returning(), strip(c.language()));
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
