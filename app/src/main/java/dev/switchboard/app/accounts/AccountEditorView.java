package dev.switchboard.app.accounts;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.admin.StaleEditPane;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.agents.SkillChange;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The account editor: the form (login for a new account only, name, role, groups with skills,
 * chat limit, a new account's password), Save, Disable/Enable and the password reset, each
 * destructive one asking first in a bar under the buttons, and a generated password shown once.
 */
final class AccountEditorView extends View<ScrollPane> {

    private final AccountEditorViewModel model;
    private final I18n i18n;
    private final VBox content = new VBox(8);
    private final ScrollPane root = new ScrollPane(content);
    private final Label title = new Label();
    private final StaleEditPane stalePane;
    private final EditorForm form = new EditorForm();
    private final TextField login = field("accountLogin");
    private final TextField displayName = field("accountDisplayName");
    private final ComboBox<Role> role = new ComboBox<>();
    private final VBox groups = new VBox(6);
    private final Label skillsHint = new Label();
    private final TextField maxChats = field("accountMaxChats");
    private final PasswordChoiceView firstPassword;
    private final Button save = new Button();
    private final Button toggleEnabled = new Button();
    private final ConfirmBar confirmBar;
    private final PasswordChoiceView resetChoice;
    private final Label resetTitle = new Label();
    private final Label resetError = EditorForm.error("accountResetError");
    private final Button reset = new Button();
    private final VBox resetSection;
    private final ShownOncePane shownOnce;
    private final Label outcome = new Label();

    AccountEditorView(AccountEditorViewModel model) {
        this.model = model;
        this.i18n = model.i18n();
        this.stalePane = new StaleEditPane(model::reapply, model::takeTheirs);
        this.firstPassword = new PasswordChoiceView(model.form().firstPassword, i18n, "accounts.password.generate", "accountPassword");
        this.resetChoice = new PasswordChoiceView(model.reset().choice(), i18n, "accounts.reset.generate", "accountReset");
        this.confirmBar = new ConfirmBar(model, i18n);
        this.shownOnce = new ShownOncePane(model, i18n);
        title.setId("accountTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        role.setId("accountRole");
        role.getItems().setAll(Role.values());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role value) {
                return value == null ? "" : i18n.get("role." + value.name());
            }

            @Override
            public Role fromString(String text) {
                return null;
            }
        });
        role.setButtonCell(new RoleCell());
        role.setCellFactory(list -> new RoleCell());
        groups.setId("accountGroups");
        skillsHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        skillsHint.setWrapText(true);
        maxChats.setPrefColumnCount(4);
        maxChats.setMaxWidth(80);
        form.row("accounts.field.login", login, "login")
                .row("accounts.field.displayName", displayName, "displayName")
                .row("accounts.field.role", role, "role")
                .row("accounts.field.groups", groups, "groupIds")
                .row("accounts.field.skills", skillsHint, "skills")
                .row("accounts.field.maxChats", maxChats, "maxChats")
                .row("accounts.field.password", firstPassword.root(), "password");
        save.setId("accountSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.setOnAction(event -> model.save());
        toggleEnabled.setId("accountToggleEnabled");
        toggleEnabled.setOnAction(event -> model.askToggleEnabled());
        resetTitle.getStyleClass().add(Styles.TITLE_4);
        reset.setId("accountReset");
        reset.setOnAction(event -> model.askReset());
        resetSection = new VBox(6, resetTitle, resetChoice.root(), resetError, reset);
        resetSection.setId("accountResetSection");
        outcome.setId("accountOutcome");
        outcome.getStyleClass().add(Styles.SUCCESS);
        outcome.setWrapText(true);
        HBox buttons = new HBox(8, save, toggleEnabled);
        buttons.setAlignment(Pos.CENTER_LEFT);
        content.setId("accountEditor");
        content.setPadding(new Insets(8, 12, 12, 12));
        // a generated password shows at the top, where it is seen whichever button made it
        content.getChildren().addAll(stalePane.root(), title, shownOnce.root(), form.root(), buttons, confirmBar.root(), outcome, resetSection);
        root.setFitToWidth(true);
    }

    @Override
    public ScrollPane root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        BooleanBinding administrator = model.administratorProperty();
        BooleanBinding creating = model.creatingProperty();
        form.bind(disposer, i18n, model.errors());
        form.showRowWhile(disposer, firstPassword.root(), creating);
        stalePane.bind(disposer, i18n, model.staleProperty());
        firstPassword.bind(disposer);
        resetChoice.bind(disposer);
        confirmBar.bind(disposer);
        shownOnce.bind(disposer);
        disposer.observe(model.shownOnceProperty(), password -> {
            if (password != null && !password.isEmpty()) {
                root.setVvalue(0);
            }
        });
        login.textProperty().bindBidirectional(model.form().login);
        disposer.onDispose(() -> login.textProperty().unbindBidirectional(model.form().login));
        displayName.textProperty().bindBidirectional(model.form().displayName);
        disposer.onDispose(() -> displayName.textProperty().unbindBidirectional(model.form().displayName));
        maxChats.textProperty().bindBidirectional(model.form().maxChats);
        disposer.onDispose(() -> maxChats.textProperty().unbindBidirectional(model.form().maxChats));
        role.valueProperty().bindBidirectional(model.form().role);
        disposer.onDispose(() -> role.valueProperty().unbindBidirectional(model.form().role));
        disposer.bind(login.editableProperty(), creating);
        disposer.bind(displayName.editableProperty(), administrator);
        disposer.bind(maxChats.editableProperty(), administrator);
        disposer.bind(role.disableProperty(), administrator.not().or(model.editingSelfProperty()));
        disposer.bind(skillsHint.textProperty(), i18n.text("accounts.skillsHint", SkillChange.MIN, SkillChange.MAX));
        disposer.bind(save.textProperty(), i18n.text("accounts.save"));
        disposer.bind(save.disableProperty(), model.busyProperty());
        disposer.bind(toggleEnabled.textProperty(), i18n.text(
                () -> i18n.get(model.loadedProperty().get() != null && !model.loadedProperty().get().enabled() ? "accounts.enable" : "accounts.disable"),
                model.loadedProperty()));
        showWhile(disposer, toggleEnabled, administrator.and(creating.not()).and(model.editingSelfProperty().not()));
        disposer.bind(toggleEnabled.disableProperty(), model.busyProperty());
        disposer.bind(resetTitle.textProperty(), i18n.text("accounts.reset.title"));
        disposer.bind(reset.textProperty(), i18n.text("accounts.reset"));
        disposer.bind(reset.disableProperty(), model.busyProperty());
        EditorForm.showMessage(disposer, resetError, model.reset().errors().field("password"));
        showWhile(disposer, resetSection, administrator.and(creating.not()));
        disposer.bind(outcome.textProperty(), model.outcomeProperty());
        disposer.bind(title.textProperty(), i18n.text(this::titleText, model.loadedProperty()));
        disposer.listenList(model.form().memberships.list(), change -> showGroups());
        disposer.observe(model.loadedProperty(), agent -> showGroups());
        disposer.observe(model.administratorProperty(), admin -> showGroups());
    }

    private String titleText() {
        Agent agent = model.loadedProperty().get();
        if (agent == null) {
            return i18n.get("accounts.new.title");
        }
        return i18n.get(agent.enabled() ? "accounts.edit.title" : "accounts.edit.titleDisabled", agent.displayName(), agent.login());
    }

    /** A row for each group: ticked when the account is in it, and its skill there. */
    private void showGroups() {
        boolean administrator = model.administratorProperty().get();
        groups.getChildren().setAll(model.form().memberships.list().stream().map(membership -> {
            CheckBox member = new CheckBox(membership.groupName());
            member.setId("accountGroup-" + membership.groupId());
            member.selectedProperty().bindBidirectional(membership.memberProperty());
            member.setDisable(!administrator);
            Spinner<Integer> skill = new Spinner<>(SkillChange.MIN, SkillChange.MAX, membership.skillProperty().get());
            skill.setId("accountSkill-" + membership.groupId());
            skill.setPrefWidth(80);
            skill.setMinWidth(80);
            skill.getValueFactory().valueProperty().bindBidirectional(membership.skillProperty());
            skill.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> !membership.memberProperty().get() || !model.maySetSkill(membership), membership.memberProperty()));
            HBox row = new HBox(10, member, skill);
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(member, javafx.scene.layout.Priority.ALWAYS);
            member.setMaxWidth(Double.MAX_VALUE);
            return row;
        }).toList());
    }

    private static void showWhile(Disposer disposer, javafx.scene.Node node, BooleanBinding shown) {
        disposer.observe(shown, visible -> {
            node.setVisible(visible);
            node.setManaged(visible);
        });
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        // the editor is narrow beside the list: fields shrink with it rather than push it wider
        field.setMinWidth(60);
        return field;
    }

    /** A role in the interface's language. */
    private final class RoleCell extends ListCell<Role> {
        @Override
        protected void updateItem(Role value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty || value == null ? null : i18n.get("role." + value.name()));
        }
    }
}
