package dev.switchboard.app.internalchat.ui;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The "New group" dialog: the group's name, the colleagues ticked, Create or Cancel (Esc). */
public final class NewTeamGroupView extends View<VBox> {

    private final TeamGroupsViewModel model;
    private final Runnable close;
    private final VBox root = new VBox(8);
    private final Label nameLabel = new Label();
    private final TextField name = new TextField();
    private final Label membersLabel = new Label();
    private final VBox colleagues = new VBox(4);
    private final Label error = new Label();
    private final Button create = new Button();
    private final Button cancel = new Button();

    public NewTeamGroupView(TeamGroupsViewModel model, Runnable close) {
        this.model = model;
        this.close = close;
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("teamGroupDialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(360);
        name.setId("teamGroupName");
        for (TeamChatViewModel.Colleague colleague : model.colleagues()) {
            CheckBox box = new CheckBox(colleague.name());
            box.setId("teamGroupMember-" + colleague.id());
            box.selectedProperty().addListener((observable, was, ticked) -> {
                if (ticked) {
                    model.chosen().add(colleague.id());
                } else {
                    model.chosen().remove(colleague.id());
                }
            });
            colleagues.getChildren().add(box);
        }
        ScrollPane scroll = new ScrollPane(colleagues);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(200);
        error.setId("teamGroupError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        create.setId("teamGroupCreate");
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(true);
        create.setOnAction(event -> create());
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> close.run());
        HBox buttons = new HBox(8, cancel, create);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(nameLabel, name, membersLabel, scroll, error, buttons);
    }

    private void create() {
        create.disableProperty().unbind();
        create.setDisable(true);
        // the dialog closes once the group is on the page; a refusal stays in the dialog with the choices made
        model.create().whenComplete((ok, failure) -> {
            if (failure == null) {
                close.run();
            } else {
                create.disableProperty().bind(model.canCreate().not());
            }
        });
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        disposer.bind(nameLabel.textProperty(), i18n.text("teamChat.group.name"));
        disposer.bind(name.promptTextProperty(), i18n.text("teamChat.group.name.prompt"));
        disposer.bind(membersLabel.textProperty(), i18n.text("teamChat.group.colleagues"));
        disposer.bind(create.textProperty(), i18n.text("teamChat.group.create"));
        disposer.bind(cancel.textProperty(), i18n.text("teamChat.share.cancel"));
        disposer.bind(error.textProperty(), model.error());
        disposer.bind(error.visibleProperty(), Bindings.isNotEmpty(model.error()));
        name.textProperty().bindBidirectional(model.title());
        disposer.onDispose(() -> name.textProperty().unbindBidirectional(model.title()));
        create.disableProperty().bind(model.canCreate().not());
        disposer.onDispose(create.disableProperty()::unbind);
    }
}
