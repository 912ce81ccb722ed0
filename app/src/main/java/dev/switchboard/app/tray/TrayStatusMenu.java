package dev.switchboard.app.tray;

import dev.switchboard.app.feature.StatusMenu;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.AgentStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The statuses the tray menu offers, as the window's status menu does: the plain ones in the
 * current language, then the choices a feature added (away with a reason: "Away · 用餐"). Pure:
 * the tray only draws what this answers.
 */
public final class TrayStatusMenu {

    /**
     * One status to pick from the tray.
     *
     * @param reasonId the away reason, or null for a plain status
     */
    public record Item(String id, String label, AgentStatus status, Long reasonId) {
    }

    private TrayStatusMenu() {
    }

    /** The plain statuses in {@code i18n}'s language, then {@code choices} as they are labelled. */
    public static List<Item> items(I18n i18n, List<StatusMenu.Choice> choices) {
        List<Item> items = new ArrayList<>();
        Arrays.stream(AgentStatus.values()).filter(AgentStatus::isSelectable)
                .forEach(status -> items.add(new Item("status-" + status.name(), i18n.get("status." + status.name()), status, null)));
        choices.forEach(choice -> items.add(new Item(choice.id(), choice.label(), choice.status(), choice.reasonId())));
        return List.copyOf(items);
    }
}
