package dev.switchboard.app.feature;

import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.ObservableList;

/**
 * More choices for the window's status menu, offered by a feature (away with a reason: 小休, 用餐,
 * ...), and how the header words the agent's status with them ("Away · 用餐"). FX thread; the
 * choices change when the feature's list does.
 *
 * @param describe the agent's status as the header shows it, or empty for the plain status name
 */
public record StatusMenu(ObservableList<Choice> choices, Function<Agent, Optional<String>> describe) {

    /** One more status to pick: the status, with a reason. */
    public record Choice(String id, String label, AgentStatus status, Long reasonId) {
    }
}
