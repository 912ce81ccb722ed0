package dev.switchboard.app.ui;

import dev.switchboard.shared.agents.AgentStatus;
import java.util.Locale;
import javafx.scene.shape.Circle;

/**
 * The coloured dot of an agent status, used wherever a status is shown. Colours come from
 * app.css ({@code .status-dot.online} ...), which takes them from the theme's palette.
 */
public final class StatusDot {

    private StatusDot() {
    }

    public static Circle create(AgentStatus status) {
        Circle dot = new Circle(5);
        dot.getStyleClass().add("status-dot");
        paint(dot, status);
        return dot;
    }

    public static void paint(Circle dot, AgentStatus status) {
        dot.getStyleClass().removeIf(style -> !style.equals("status-dot"));
        if (status != null) {
            dot.getStyleClass().add(status.name().toLowerCase(Locale.ROOT));
        }
    }
}
