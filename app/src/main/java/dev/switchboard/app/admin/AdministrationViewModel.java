package dev.switchboard.app.admin;

import dev.switchboard.shared.agents.Agent;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which sections the signed-in person may open, followed as their role changes (an admin demoted
 * to supervisor loses the accounts section at once), and the one open. FX thread.
 */
public final class AdministrationViewModel {

    private final List<AdminSection> sections;
    private final ObservableValue<Agent> self;
    private final ObservableList<AdminSection> visible = FXCollections.observableArrayList();
    private final ObjectProperty<AdminSection> selected = new SimpleObjectProperty<>();
    private final ChangeListener<Agent> roleWatch = (observable, before, after) -> refresh();

    public AdministrationViewModel(List<AdminSection> sections, ObservableValue<Agent> self) {
        this.sections = List.copyOf(sections);
        this.self = self;
    }

    public void activate() {
        self.addListener(roleWatch);
        refresh();
    }

    public void deactivate() {
        self.removeListener(roleWatch);
    }

    public ObservableList<AdminSection> visibleSections() {
        return visible;
    }

    public ObjectProperty<AdminSection> selectedProperty() {
        return selected;
    }

    /** Opens the section {@code id} when the reader may see it. */
    public void open(String id) {
        visible.stream().filter(section -> section.id().equals(id)).findFirst().ifPresent(selected::set);
    }

    private void refresh() {
        Agent agent = self.getValue();
        List<AdminSection> allowed = agent == null ? List.of() : sections.stream().filter(s -> s.visibleTo(agent.role())).toList();
        if (!allowed.equals(visible)) {
            visible.setAll(allowed);
        }
        if (selected.get() == null || !allowed.contains(selected.get())) {
            selected.set(allowed.isEmpty() ? null : allowed.get(0));
        }
    }
}
