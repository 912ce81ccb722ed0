package dev.switchboard.app.groups;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.SkillChange;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The members tab: each member with their skill in the group (1 to 10, what the SKILL strategy
 * routes by) and a remove button; a choice of the other agents to add. Supervisors set skills;
 * adding and removing is for administrators.
 */
final class MembersView {

    private final GroupEditorViewModel model;
    private final I18n i18n;
    private final Label hint = new Label();
    private final VBox rows = new VBox(6);
    private final ComboBox<Agent> candidates = new ComboBox<>();
    private final Button add = new Button(null, new FontIcon(Material2AL.ADD));
    private final VBox root;
    private Disposer rowsDisposer = new Disposer();

    MembersView(GroupEditorViewModel model, I18n i18n, Label error) {
        this.model = model;
        this.i18n = i18n;
        rows.setId("memberRows");
        candidates.setId("memberCandidates");
        candidates.setConverter(new StringConverter<>() {
            @Override
            public String toString(Agent agent) {
                return agent == null ? "" : agent.displayName() + " (" + agent.login() + ")";
            }

            @Override
            public Agent fromString(String text) {
                return null;
            }
        });
        add.setId("memberAdd");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        HBox adding = new HBox(8, candidates, add);
        adding.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(10, hint, error, rows, adding);
        root.setPadding(new Insets(12));
    }

    VBox root() {
        return root;
    }

    void bind(Disposer disposer, ObservableBooleanValue mayRun, ObservableBooleanValue mayChangeMembers) {
        disposer.bind(hint.textProperty(), i18n.text("groups.members.hint"));
        disposer.bind(add.textProperty(), i18n.text("groups.members.add"));
        disposer.bind(candidates.promptTextProperty(), i18n.text("groups.members.pick"));
        disposer.observe(mayChangeMembers, can -> {
            candidates.setDisable(!can);
            add.setDisable(!can);
        });
        candidates.setOnShowing(event -> candidates.getItems().setAll(model.candidates()));
        add.setOnAction(event -> {
            model.addMember(candidates.getValue());
            candidates.setValue(null);
        });
        disposer.listenList(model.form.members, change -> rebuild(mayRun, mayChangeMembers));
        disposer.onDispose(() -> rowsDisposer.dispose());
        rebuild(mayRun, mayChangeMembers);
    }

    private void rebuild(ObservableBooleanValue mayRun, ObservableBooleanValue mayChangeMembers) {
        rowsDisposer.dispose();
        rowsDisposer = new Disposer();
        rows.getChildren().setAll(model.form.members.stream().map(member -> row(member, mayRun, mayChangeMembers)).toList());
    }

    private HBox row(MemberRow member, ObservableBooleanValue mayRun, ObservableBooleanValue mayChangeMembers) {
        Label name = new Label(member.name);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label skillLabel = new Label();
        rowsDisposer.bind(skillLabel.textProperty(), i18n.text("groups.members.skill"));
        Spinner<Integer> skill = new Spinner<>(SkillChange.MIN, SkillChange.MAX, member.skill.get());
        skill.setId("memberSkill-" + member.agentId);
        skill.setPrefWidth(80);
        skill.valueProperty().addListener((observable, before, after) -> member.skill.set(after));
        rowsDisposer.bind(skill.disableProperty(), Bindings.createBooleanBinding(() -> !mayRun.get(), mayRun));
        Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
        remove.setId("memberRemove-" + member.agentId);
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        rowsDisposer.bind(remove.accessibleTextProperty(), i18n.text("groups.remove"));
        rowsDisposer.bind(remove.disableProperty(), Bindings.createBooleanBinding(() -> !mayChangeMembers.get(), mayChangeMembers));
        remove.setOnAction(event -> model.removeMember(member));
        HBox row = new HBox(8, name, gap, skillLabel, skill, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("member-" + member.agentId);
        return row;
    }
}
