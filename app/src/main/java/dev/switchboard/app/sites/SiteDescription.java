package dev.switchboard.app.sites;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.sites.WidgetLook;
import dev.switchboard.shared.visitors.PrechatField;
import dev.switchboard.shared.visitors.SiteSettings;
import java.util.stream.Collectors;

/** A site as an administrator compares two versions of it: one line for each thing they can change. */
final class SiteDescription {

    private SiteDescription() {
    }

    static String of(SiteSettings site, I18n i18n) {
        WidgetLook look = site.look() == null ? WidgetLook.DEFAULT : site.look();
        StringBuilder text = new StringBuilder()
                .append(i18n.get("sites.name")).append(": ").append(site.name()).append('\n')
                .append(i18n.get("sites.origins")).append(": ").append(site.allowedOrigins() == null ? "" : String.join(" ", site.allowedOrigins()))
                .append('\n')
                .append(i18n.get("sites.typingPreview")).append(": ").append(i18n.get(Boolean.TRUE.equals(site.typingPreview()) ? "sites.on" : "sites.off"))
                .append('\n')
                .append(i18n.get("sites.colors")).append(": ").append(look.color()).append(" → ").append(look.colorEnd()).append(" / ")
                .append(look.textColor()).append('\n')
                .append(i18n.get("sites.position")).append(": ").append(i18n.get("sites.position." + look.position()))
                .append(" (").append(look.offsetX()).append(", ").append(look.offsetY()).append(")\n")
                .append(i18n.get("sites.greeting")).append(": ").append(look.greeting() == null ? "" : look.greeting().zh() + " / " + look.greeting().en())
                .append('\n')
                .append(i18n.get("sites.offline")).append(": ")
                .append(look.offlineMessage() == null ? "" : look.offlineMessage().zh() + " / " + look.offlineMessage().en()).append('\n')
                .append(i18n.get("sites.prechat")).append(": ");
        if (site.prechat() != null) {
            text.append(site.prechat().fields().stream().map(SiteDescription::field).collect(Collectors.joining(", ")));
        }
        return text.toString();
    }

    private static String field(PrechatField field) {
        return field.key() + " (" + field.type() + (field.required() ? ", *" : "") + ")";
    }
}
