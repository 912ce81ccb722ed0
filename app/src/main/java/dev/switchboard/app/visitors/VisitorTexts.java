package dev.switchboard.app.visitors;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.Source;
import dev.switchboard.shared.visitors.VisitorStatus;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The visitor texts that depend on the UI language, composed at drawing time from the parts a
 * {@link VisitorRow} prepared, so a language switch needs no rebuilt rows.
 */
public final class VisitorTexts {

    private static final String SEPARATOR = " · ";

    private final I18n i18n;

    public VisitorTexts(I18n i18n) {
        this.i18n = i18n;
    }

    public String channel(Channel channel) {
        return i18n.get("visitors.channel." + channel.name());
    }

    public String status(VisitorStatus status) {
        return i18n.get("visitors.status." + status.name());
    }

    /** "Search · Baidu", "Campaign · spring-sale", "Direct". */
    public String source(VisitorRow row) {
        return joinSource(row.channel(), row.sourceDetail());
    }

    /** The same for the source of an earlier visit. */
    public String source(Source source) {
        Source known = source == null ? Source.DIRECT : source;
        return joinSource(known.channel() == null ? Channel.DIRECT : known.channel(), VisitorRow.sourceDetail(known));
    }

    private String joinSource(Channel channel, String detail) {
        return detail == null ? channel(channel) : channel(channel) + SEPARATOR + detail;
    }

    /** "Beijing · Mobile · Android · WeChat": region when known, then the device. */
    public String device(VisitorRow row) {
        StringJoiner text = new StringJoiner(SEPARATOR);
        String region = row.visitor().region();
        if (region != null && !region.isBlank()) {
            text.add(region);
        }
        text.add(deviceType(row.deviceType()));
        if (!row.deviceDetail().isEmpty()) {
            text.add(row.deviceDetail());
        }
        return text.toString();
    }

    /** Desktop, mobile, tablet, bot; anything else the server may report reads as unknown. */
    public String deviceType(String type) {
        String key = switch (type.toLowerCase(Locale.ROOT)) {
            case "desktop", "mobile", "tablet", "bot" -> type.toLowerCase(Locale.ROOT);
            default -> "unknown";
        };
        return i18n.get("visitors.device." + key);
    }
}
