package dev.switchboard.app.chat.ui;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The transfer dialog (to a colleague or a group's queue, with a note) and the assist dialog (invite
 * a colleague). Colleagues and groups are picked from searchable lists: a call center has dozens of
 * each, and typing part of a name is quicker than scrolling.
 */
public final class HandOverView extends View<VBox> {

    private final HandOverViewModel model;
    private final Runnable close;
    private final VBox root = new VBox(10);
    private final Label title = new Label();
    private final Label chat = new Label();
    private final ToggleGroup target = new ToggleGroup();
    private final RadioButton toAgent = new RadioButton();
    private final RadioButton toGroup = new RadioButton();
    private final ComboBox<Agent> agents = new SearchableComboBox<>();
    private final ComboBox<Group> groups = new SearchableComboBox<>();
    private final Label noAgents = new Label();
    private final Label noAgentMatches = new Label();
    private final Label noGroupMatches = new Label();
    private final Label noteLabel = new Label();
    private final TextArea note = new TextArea();
    private final Label error = new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE));
    private final Button cancel = new Button();
    private final Button confirm = new Button();

    public HandOverView(HandOverViewModel model, Runnable close) {
        this.model = model;
        this.close = close;
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    private void build() {
        boolean transfer = model.mode() == HandOverViewModel.Mode.TRANSFER;
        root.setId("handOverDialog");
        root.setPadding(new Insets(20));
        root.setPrefWidth(440);
        title.getStyleClass().add(Styles.TITLE_3);
        chat.getStyleClass().add(Styles.TEXT_MUTED);
        chat.setText(model.chatTitle());
        toAgent.setId("handOverToAgent");
        toAgent.setToggleGroup(target);
        toAgent.setSelected(true);
        toGroup.setId("handOverToGroup");
        toGroup.setToggleGroup(target);
        agents.setId("handOverAgent");
        agents.setItems(model.agents());
        agents.setMaxWidth(Double.MAX_VALUE);
        // name, groups and load: a colleague of the right group with room is chosen at a glance, and typing a group finds its members
        named(agents, model::describe);
        agents.setPlaceholder(noAgentMatches);
        groups.setId("handOverGroup");
        groups.getItems().setAll(model.groups());
        groups.setMaxWidth(Double.MAX_VALUE);
        named(groups, Group::name);
        groups.setPlaceholder(noGroupMatches);
        noAgents.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        noAgents.setWrapText(true);
        noAgents.visibleProperty().bind(Bindings.isEmpty(model.agents()));
        noAgents.managedProperty().bind(noAgents.visibleProperty());
        note.setId("handOverNote");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        error.setId("handOverError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        cancel.setId("handOverCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> close.run());
        confirm.setId("handOverConfirm");
        confirm.setDefaultButton(true);
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.setOnAction(event -> model.confirm());
        HBox buttons = new HBox(8, cancel, confirm);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(title, chat);
        if (transfer) {
            root.getChildren().addAll(toAgent, agents, noAgents, toGroup, groups, noteLabel, note);
        } else {
            root.getChildren().addAll(agents, noAgents);
        }
        root.getChildren().addAll(error, buttons);
    }

    /** Shows and searches the items by name (the searchable list filters on the converter's text). */
    private static <T> void named(ComboBox<T> box, Function<T, String> name) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
    }

    /** The search field the searchable list shows while open; ControlsFX prompts in English only. */
    private static void searchPrompt(Disposer disposer, ComboBox<?> box, ObservableValue<String> prompt) {
        disposer.observe(box.skinProperty(), skin -> {
            if (skin != null && skin.getNode().lookup("#search") instanceof TextField field) {
                disposer.bind(field.promptTextProperty(), prompt);
            }
        });
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.texts().i18n();
        boolean transfer = model.mode() == HandOverViewModel.Mode.TRANSFER;
        disposer.bind(title.textProperty(), i18n.text(transfer ? "chat.transfer.title" : "chat.assist.title"));
        disposer.bind(toAgent.textProperty(), i18n.text("chat.transfer.toAgent"));
        disposer.bind(toGroup.textProperty(), i18n.text("chat.transfer.toGroup"));
        disposer.bind(agents.promptTextProperty(), i18n.text("chat.handOver.pickAgent"));
        disposer.bind(groups.promptTextProperty(), i18n.text("chat.transfer.pickGroup"));
        disposer.bind(noAgents.textProperty(), i18n.text(transfer ? "chat.transfer.nobodyOnline" : "chat.assist.nobody"));
        disposer.bind(noteLabel.textProperty(), i18n.text(model.noteLabelKey()));
        disposer.bind(cancel.textProperty(), i18n.text("chat.dialog.cancel"));
        disposer.bind(confirm.textProperty(), i18n.text(transfer ? "chat.transfer.confirm" : "chat.assist.confirm"));

        disposer.bind(noAgentMatches.textProperty(), i18n.text("chat.handOver.noMatch"));
        disposer.bind(noGroupMatches.textProperty(), i18n.text("chat.handOver.noMatch"));
        searchPrompt(disposer, agents, i18n.text("chat.handOver.search"));
        searchPrompt(disposer, groups, i18n.text("chat.handOver.search"));
        disposer.onDispose(model.followTeam());
        agents.valueProperty().bindBidirectional(model.agentProperty());
        disposer.onDispose(() -> agents.valueProperty().unbindBidirectional(model.agentProperty()));
        groups.valueProperty().bindBidirectional(model.groupProperty());
        disposer.onDispose(() -> groups.valueProperty().unbindBidirectional(model.groupProperty()));
        disposer.bind(model.toGroupProperty(), toGroup.selectedProperty());
        note.textProperty().bindBidirectional(model.noteProperty());
        disposer.onDispose(() -> note.textProperty().unbindBidirectional(model.noteProperty()));
        disposer.bind(agents.disableProperty(), toGroup.selectedProperty().or(model.busyProperty()));
        disposer.bind(groups.disableProperty(), toGroup.selectedProperty().not().or(model.busyProperty()));
        disposer.bind(confirm.disableProperty(), model.canConfirm().not());
        disposer.bind(error.textProperty(), model.errorProperty());
        disposer.observe(model.errorProperty(), text -> {
            error.setVisible(!text.isEmpty());
            if (root.getScene() != null && root.getScene().getWindow() != null) {
                root.getScene().getWindow().sizeToScene();
            }
        });
        disposer.observe(model.doneProperty(), done -> {
            if (done) {
                close.run();
            }
        });
    }
}
