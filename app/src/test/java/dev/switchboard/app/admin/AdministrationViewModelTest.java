package dev.switchboard.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.Role;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.material2.Material2AL;

/** The sections follow the signed-in person's role, also when it changes while the page shows. */
class AdministrationViewModelTest {

    static final AdminSection ACCOUNTS = section("accounts", Role.ADMIN);
    static final AdminSection GROUPS = section("groups", Role.SUPERVISOR);
    static final AdminSection AUDIT = section("audit", Role.ADMIN);

    final SimpleObjectProperty<Agent> self = new SimpleObjectProperty<>(person(Role.ADMIN));
    final AdministrationViewModel model = new AdministrationViewModel(List.of(ACCOUNTS, GROUPS, AUDIT), self);

    @Test
    void anAdministratorSeesEverySectionInTheFeaturesOrderAndTheFirstIsOpen() {
        model.activate();

        assertThat(model.visibleSections()).containsExactly(ACCOUNTS, GROUPS, AUDIT);
        assertThat(model.selectedProperty().get()).isEqualTo(ACCOUNTS);
    }

    @Test
    void aDemotionWhileTheAccountsShowTakesThemAwayAndOpensWhatIsLeft() {
        model.activate();
        model.selectedProperty().set(AUDIT);

        self.set(person(Role.SUPERVISOR));

        assertThat(model.visibleSections()).containsExactly(GROUPS);
        assertThat(model.selectedProperty().get()).isEqualTo(GROUPS);
    }

    @Test
    void anAgentHasNothingToOpenAndADeactivatedPageNoLongerFollows() {
        model.activate();
        self.set(person(Role.AGENT));
        assertThat(model.visibleSections()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();

        model.deactivate();
        self.set(person(Role.ADMIN));

        assertThat(model.visibleSections()).isEmpty();
    }

    private static Agent person(Role role) {
        return new Agent(1, "lin", "Lin 林", role, List.of(1L), 5, AgentStatus.ONLINE, true, 1);
    }

    private static AdminSection section(String id, Role role) {
        return new AdminSection(id, Material2AL.ACCOUNT_BOX, role, () -> {
            throw new AssertionError("no view is made by the view model");
        });
    }
}
