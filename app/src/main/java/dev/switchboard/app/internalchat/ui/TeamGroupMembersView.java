package dev.switchboard.app.internalchat.ui;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.avatars.AvatarNode;
import dev.switchboard.app.avatars.Avatars;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The members of an ad-hoc group: its name (any member renames it), who is in it and who owns it,
 * Add and Remove for its owner or an administrator in it, and Leave. Closes itself once the agent
 * is out of the group.
 */
public final class TeamGroupMembersView extends View<VBox> {

    private final TeamGroupsViewModel model;
    private final long conversationId;
    private final Avatars avatars;
    private final Runnable close;
    private final VBox root = new VBox(8);
    private final TextField name = new TextField();
    private final Button rename = new Button();
    private final Label membersLabel = new Label();
    private final ListView<TeamGroupsViewModel.Member> members = new ListView<>();
    private final MenuButton add = new MenuButton();
    private final Label error = new Label();
    private final Button leave = new Button();
    private final Button done = new Button();

    public TeamGroupMembersView(TeamGroupsViewModel model, long conversationId, Runnable close, Avatars avatars) {
        this.model = model;
        this.avatars = avatars;
        this.conversationId = conversationId;
        this.close = close;
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("teamGroupMembersDialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(380);
        name.setId("teamGroupTitle");
        HBox.setHgrow(name, Priority.ALWAYS);
        rename.setId("teamGroupRename");
        rename.setOnAction(event -> model.rename());
        members.setId("teamGroupMembers");
        members.setPrefHeight(220);
        members.setCellFactory(list -> new MemberCell());
        add.setId("teamGroupAdd");
        add.managedProperty().bind(add.visibleProperty());
        add.setOnShowing(event -> fillAddable());
        error.setId("teamGroupError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        leave.setId("teamGroupLeave");
        leave.getStyleClass().add(Styles.DANGER);
        leave.setOnAction(event -> model.leave());
        done.setId("teamGroupDone");
        done.setCancelButton(true);
        done.setDefaultButton(true);
        done.setOnAction(event -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, leave, spacer, done);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(new HBox(8, name, rename), membersLabel, members, add, error, buttons);
    }

    /** The colleagues of the moment who are not in the group, each a menu item. */
    private void fillAddable() {
        add.getItems().clear();
        for (TeamChatViewModel.Colleague colleague : model.addable()) {
            AvatarNode picture = new AvatarNode(avatars, TeamChatView.MENU_AVATAR);
            picture.show(colleague.face().id(), colleague.face().name(), colleague.face().avatar());
            MenuItem item = new MenuItem(colleague.name(), picture);
            item.setId("teamGroupAdd-" + colleague.id());
            item.setOnAction(event -> model.add(colleague.id()));
            add.getItems().add(item);
        }
        if (add.getItems().isEmpty()) {
            MenuItem none = new MenuItem(model.i18n().get("teamChat.new.none"));
            none.setDisable(true);
            add.getItems().add(none);
        }
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        model.follow(conversationId);
        disposer.onDispose(model::stop);
        disposer.bind(rename.textProperty(), i18n.text("teamChat.group.rename"));
        disposer.bind(membersLabel.textProperty(), i18n.text("teamChat.group.members"));
        disposer.bind(add.textProperty(), i18n.text("teamChat.group.add"));
        disposer.bind(leave.textProperty(), i18n.text("teamChat.group.leave"));
        disposer.bind(done.textProperty(), i18n.text("teamChat.group.done"));
        disposer.bind(add.visibleProperty(), model.canManage());
        disposer.bind(error.textProperty(), model.error());
        disposer.bind(error.visibleProperty(), Bindings.isNotEmpty(model.error()));
        name.textProperty().bindBidirectional(model.title());
        disposer.onDispose(() -> name.textProperty().unbindBidirectional(model.title()));
        disposer.bind(rename.disableProperty(), Bindings.createBooleanBinding(
                () -> model.title().get().isBlank() || model.title().get().strip().equals(model.groupTitle().get()),
                model.title(), model.groupTitle()));
        members.setItems(model.members());
        disposer.onDispose(() -> members.setItems(null));
        disposer.observe(model.gone(), gone -> {
            if (gone) {
                close.run();
            }
        });
    }

    /** A member: their name, "owner" for the owner, and Remove when the agent may take them out. */
    private final class MemberCell extends ListCell<TeamGroupsViewModel.Member> {
        private final AvatarNode face = new AvatarNode(avatars, TeamChatView.LIST_AVATAR);
        private final Label name = new Label();
        private final Label owner = new Label();
        private final Button remove = new Button();
        private final HBox box;

        MemberCell() {
            owner.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            remove.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.DANGER);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new HBox(6, face, name, owner, spacer, remove);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(TeamGroupsViewModel.Member member, boolean isEmpty) {
            super.updateItem(member, isEmpty);
            if (isEmpty || member == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            setId("teamGroupMember-" + member.id());
            face.show(member.face().id(), member.face().name(), member.face().avatar());
            name.setText(member.name());
            owner.setText(model.i18n().get("teamChat.group.owner"));
            owner.setVisible(member.owner());
            remove.setText(model.i18n().get("teamChat.group.remove"));
            remove.setId("teamGroupRemove-" + member.id());
            remove.setVisible(member.removable());
            remove.setOnAction(event -> model.remove(member.id()));
            setGraphic(box);
        }
    }
}
