package dev.switchboard.app.groups;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.admin.StaleEditPane;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.chat.RoutingStrategy;
import dev.switchboard.shared.wrapup.WrapUpMode;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The editor of one group: what it is and how it takes chats, its members, its business hours and
 * its automatic messages, one tab each, saved together. A refused save shows each message next to
 * its field and opens the first tab with one; a stale save shows both versions above.
 */
final class GroupEditorView extends View<VBox> {

    private final GroupEditorViewModel model;
    private final I18n i18n;
    private final StaleEditPane stalePane;
    private final Label title = new Label();
    private final Label notice = new Label();
    private final TextField name = Controls.field("groupName", 30);
    private final TextArea description = new TextArea();
    private final ComboBox<RoutingStrategy> strategy = new ComboBox<>(FXCollections.observableArrayList(RoutingStrategy.values()));
    private final TextField acceptTimeout = Controls.field("groupAcceptTimeout", 6);
    private final TextField maxWait = Controls.field("groupMaxWait", 6);
    private final ComboBox<WrapUpMode> wrapUpMode = new ComboBox<>(FXCollections.observableArrayList(WrapUpMode.values()));
    private final TextField wrapUpLimit = Controls.field("groupWrapUpLimit", 6);
    private final EditorForm general = new EditorForm();
    private final EditorForm messages = new EditorForm();
    private final Label hoursError = EditorForm.error(GroupErrors.HOURS + "Error");
    private final Label membersError = EditorForm.error(GroupErrors.MEMBERS + "Error");
    private final ScheduleView schedule;
    private final MembersView members;
    private final TabPane tabs = new TabPane();
    private final Tab generalTab = new Tab();
    private final Tab membersTab = new Tab();
    private final Tab hoursTab = new Tab();
    private final Tab messagesTab = new Tab();
    private final Button save = new Button();
    private final Button delete = new Button();
    private final VBox root;

    GroupEditorView(GroupEditorViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.stalePane = new StaleEditPane(model::reapply, model::takeTheirs);
        this.schedule = new ScheduleView(model.form.schedule, i18n, new GroupErrors(i18n), hoursError);
        this.members = new MembersView(model, i18n, membersError);
        description.setId("groupDescription");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        strategy.setId("groupStrategy");
        strategy.setConverter(converter(value -> i18n.get("groups.strategy." + value.name())));
        wrapUpMode.setId("groupWrapUpMode");
        wrapUpMode.setConverter(converter(value -> i18n.get("groups.wrapUp." + value.name())));
        general.row("groups.field.name", name, "name")
                .row("groups.field.description", description, "description")
                .row("groups.field.strategy", strategy, "strategy")
                .row("groups.field.acceptTimeout", acceptTimeout, "acceptTimeoutSeconds")
                .row("groups.field.maxWait", maxWait, "maxWaitSeconds")
                .row("groups.field.wrapUpMode", wrapUpMode, "wrapUp.mode")
                .row("groups.field.wrapUpLimit", wrapUpLimit, "wrapUp.timeLimitSeconds");
        buildMessages();
        generalTab.setContent(scrolling(general.root()));
        membersTab.setContent(scrolling(members.root()));
        hoursTab.setContent(scrolling(schedule.root()));
        messagesTab.setContent(scrolling(messages.root()));
        tabs.getTabs().setAll(generalTab, membersTab, hoursTab, messagesTab);
        tabs.setId("groupTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        title.getStyleClass().add(Styles.TITLE_4);
        notice.setId("groupNotice");
        notice.getStyleClass().add(Styles.SUCCESS);
        save.setId("groupSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        delete.setId("groupDelete");
        delete.getStyleClass().add(Styles.DANGER);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, notice, gap, delete, save);
        actions.setAlignment(Pos.CENTER_RIGHT);
        root = new VBox(8, title, stalePane.root(), tabs, actions);
        root.setId("groupEditor");
        root.setPadding(new Insets(8, 12, 12, 12));
    }

    @Override
    public VBox root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        general.bind(disposer, i18n, model.errors());
        messages.bind(disposer, i18n, model.errors());
        stalePane.bind(disposer, i18n, model.staleProperty());
        EditorForm.showMessage(disposer, hoursError, model.errors().field(GroupErrors.HOURS));
        EditorForm.showMessage(disposer, membersError, model.errors().field(GroupErrors.MEMBERS));
        disposer.bind(generalTab.textProperty(), i18n.text("groups.tab.general"));
        disposer.bind(membersTab.textProperty(), i18n.text("groups.tab.members"));
        disposer.bind(hoursTab.textProperty(), i18n.text("groups.tab.hours"));
        disposer.bind(messagesTab.textProperty(), i18n.text("groups.tab.messages"));
        disposer.bind(save.textProperty(), i18n.text(() -> i18n.get(model.creatingProperty().get() ? "groups.create" : "groups.save"),
                model.creatingProperty(), i18n.localeProperty()));
        disposer.bind(delete.textProperty(), i18n.text("groups.delete"));
        disposer.bind(title.textProperty(), i18n.text(() -> model.creatingProperty().get() ? i18n.get("groups.new")
                : model.loadedProperty().get() == null ? "" : model.loadedProperty().get().name(),
                model.creatingProperty(), model.loadedProperty(), i18n.localeProperty()));
        disposer.bind(notice.textProperty(), model.noticeProperty());
        Controls.twoWay(disposer, name.textProperty(), model.form.name);
        Controls.twoWay(disposer, description.textProperty(), model.form.description);
        Controls.twoWay(disposer, strategy.valueProperty(), model.form.strategy);
        Controls.twoWay(disposer, acceptTimeout.textProperty(), model.form.acceptTimeout);
        Controls.twoWay(disposer, maxWait.textProperty(), model.form.maxWait);
        Controls.twoWay(disposer, wrapUpMode.valueProperty(), model.form.wrapUpMode);
        Controls.twoWay(disposer, wrapUpLimit.textProperty(), model.form.wrapUpLimit);
        BooleanBinding editable = Bindings.createBooleanBinding(() -> model.mayRunProperty().get() && !model.busyProperty().get(),
                model.mayRunProperty(), model.busyProperty());
        BooleanBinding identity = Bindings.createBooleanBinding(() -> editable.get() && model.mayChangeIdentityProperty().get(),
                editable, model.mayChangeIdentityProperty());
        schedule.bind(disposer, editable);
        members.bind(disposer, editable, identity);
        disposer.observe(editable, can -> {
            for (var control : new javafx.scene.Node[] {strategy, acceptTimeout, maxWait, wrapUpMode, wrapUpLimit, messages.root()}) {
                control.setDisable(!can);
            }
            save.setDisable(!can);
        });
        disposer.observe(identity, can -> {
            name.setEditable(can);
            description.setEditable(can);
        });
        disposer.bind(delete.visibleProperty(), Bindings.createBooleanBinding(
                () -> model.mayChangeIdentityProperty().get() && !model.creatingProperty().get(),
                model.mayChangeIdentityProperty(), model.creatingProperty()));
        disposer.bind(delete.managedProperty(), delete.visibleProperty());
        disposer.bind(delete.disableProperty(), model.busyProperty());
        disposer.listen(model.errors().general(), (observable, before, after) -> showFirstError());
        for (String field : new String[] {"name", "acceptTimeoutSeconds", "maxWaitSeconds", "wrapUp.timeLimitSeconds", GroupErrors.HOURS,
                GroupErrors.MEMBERS}) {
            disposer.listen(model.errors().field(field), (observable, before, after) -> showFirstError());
        }
        save.setOnAction(event -> model.save());
        delete.setOnAction(event -> confirmDelete());
    }

    /** Opens the first tab that holds a message, so that a refused save never hides why. */
    private void showFirstError() {
        if (!model.errors().any()) {
            return;
        }
        if (has("name", "description", "strategy", "acceptTimeoutSeconds", "maxWaitSeconds", "wrapUp.mode", "wrapUp.timeLimitSeconds")
                || !model.errors().general().get().isEmpty()) {
            tabs.getSelectionModel().select(generalTab);
        } else if (has(GroupErrors.MEMBERS)) {
            tabs.getSelectionModel().select(membersTab);
        } else if (has(GroupErrors.HOURS, "businessHours.timeZone")) {
            tabs.getSelectionModel().select(hoursTab);
        } else {
            tabs.getSelectionModel().select(messagesTab);
        }
    }

    private boolean has(String... fields) {
        for (String field : fields) {
            if (!model.errors().field(field).get().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void confirmDelete() {
        var loaded = model.loadedProperty().get();
        if (loaded == null) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("groups.delete.question", loaded.name()),
                ButtonType.CANCEL, ButtonType.OK);
        ask.setHeaderText(i18n.get("groups.delete.title"));
        ask.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        ask.getDialogPane().setId("groupDeleteConfirm");
        ask.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.delete());
    }

    private void buildMessages() {
        for (String text : AutoMessagesModel.TEXTS) {
            if (text.equals("queueReassurance")) {
                timeRow("queueReassuranceSeconds");
            } else if (text.equals("visitorIdleReminder")) {
                timeRow("agentReminderSeconds");
                timeRow("visitorIdleReminderSeconds");
            } else if (text.equals("idleClose")) {
                timeRow("idleCloseMinutes");
            }
            for (String language : new String[] {"zh", "en"}) {
                String field = AutoMessagesModel.PREFIX + text + "." + language;
                TextArea area = new TextArea();
                area.setId("auto-" + text + "-" + language);
                area.setPrefRowCount(2);
                area.setWrapText(true);
                area.textProperty().bindBidirectional(model.form.autoMessages.field(field));
                messages.row("groups.auto." + text + "." + language, area, field);
            }
        }
    }

    private void timeRow(String time) {
        String field = AutoMessagesModel.PREFIX + time;
        TextField value = Controls.field("auto-" + time, 6);
        value.textProperty().bindBidirectional(model.form.autoMessages.field(field));
        messages.row("groups.auto." + time, value, field);
    }

    private static ScrollPane scrolling(javafx.scene.Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        return pane;
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
