package dev.switchboard.app.supervisor;

import static dev.switchboard.app.testing.TestData.agent;
import static dev.switchboard.app.testing.TestData.group;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.app.team.TeamState;
import dev.switchboard.shared.agents.AgentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class SupervisorViewModelTest {

    private final TeamState team = new TeamState();
    private final SupervisorViewModel model = new SupervisorViewModel(team, new I18n(Locale.ENGLISH));

    private static TeamSnapshot snapshot(AgentStatus aliceStatus, long cursor) {
        return TeamSnapshot.of(
                List.of(agent(1, "alice", aliceStatus, cursor, 10L), agent(2, "bob", AgentStatus.ONLINE, 1, 11L)),
                List.of(group(10, "售前 Pre-sales"), group(11, "VIP")), cursor);
    }

    @Test
    void showsOneRowPerAgentWithGroupNamesAndASummary() {
        model.activate();
        team.publish(snapshot(AgentStatus.BUSY, 5));

        assertThat(model.rows()).extracting(AgentRow::login).containsExactly("alice", "bob");
        assertThat(model.rows().get(0).groups()).containsExactly("售前 Pre-sales");
        assertThat(model.summary().get()).isEqualTo("2 agents · 1 online · 1 busy · 0 away");
    }

    @Test
    void aStatusChangeReplacesOnlyThatRow() {
        model.activate();
        team.publish(snapshot(AgentStatus.ONLINE, 5));
        AgentRow bobBefore = model.rows().get(1);
        List<String> changes = new ArrayList<>();
        model.rows().addListener((ListChangeListener<AgentRow>) change -> {
            while (change.next()) {
                changes.add(change.wasReplaced() ? "replaced " + change.getFrom() : change.toString());
            }
        });

        team.publish(snapshot(AgentStatus.AWAY, 6));

        assertThat(changes).containsExactly("replaced 0");
        assertThat(model.rows().get(0).status()).isEqualTo(AgentStatus.AWAY);
        assertThat(model.rows().get(1)).isSameAs(bobBefore);
    }

    @Test
    void afterDeactivationNoUpdateArrives() {
        model.activate();
        team.publish(snapshot(AgentStatus.ONLINE, 5));
        model.deactivate();

        team.publish(snapshot(AgentStatus.BUSY, 6));

        assertThat(model.rows().get(0).status()).isEqualTo(AgentStatus.ONLINE);
    }
}
