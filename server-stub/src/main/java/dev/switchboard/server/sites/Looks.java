package dev.switchboard.server.sites;

import dev.switchboard.shared.automation.LocalizedText;
import dev.switchboard.shared.sites.WidgetColors;
import dev.switchboard.shared.sites.WidgetLook;

/** A look as it is kept: colours in lower case, texts without surrounding space; what is not valid is left for the rules to refuse. */
final class Looks {

    private Looks() {
    }

    static WidgetLook normalized(WidgetLook look) {
        return new WidgetLook(color(look.color()), color(look.colorEnd()), color(look.textColor()), look.position(), look.offsetX(),
                look.offsetY(), text(look.greeting()), text(look.offlineMessage()));
    }

    private static String color(String color) {
        return WidgetColors.isColor(color) ? WidgetColors.normalized(color) : color;
    }

    private static LocalizedText text(LocalizedText text) {
        return text == null ? new LocalizedText("", "") : new LocalizedText(strip(text.zh()), strip(text.en()));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
