package dev.switchboard.app.visitors;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.NoticeArea;
import dev.switchboard.app.platform.ThemeManager;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.platform.ViewWindow;
import dev.switchboard.app.ui.TableRowsArea;
import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.VisitorStatus;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Visitors page: a toolbar (search, status and source filters, invite and block), the live
 * table, and the selected visitor's details below it. Invite and block open modal dialogs. Alerts
 * and notices lie over the table's rows, clear of the toolbar, the column headers and the details
 * with their buttons.
 */
public final class VisitorsView extends View<VBox> implements NoticeArea {

    private final VisitorsViewModel model;
    private final ThemeManager themes;
    private final VBox root = new VBox(12);
    private final Label title = new Label();
    private final Label summary = new Label();
    private final CustomTextField search = new CustomTextField();
    private final ComboBox<Optional<VisitorStatus>> statusFilter = new ComboBox<>();
    private final ComboBox<Optional<Channel>> channelFilter = new ComboBox<>();
    private final Button inviteButton = new Button(null, new FontIcon(Material2AL.CHAT_BUBBLE_OUTLINE));
    private final Button blockButton = new Button(null, new FontIcon(Material2AL.BLOCK));
    private final VisitorTableView table;
    private final VisitorDetailsView details;
    private ViewWindow dialog;

    public VisitorsView(VisitorsViewModel model, ThemeManager themes) {
        this.model = model;
        this.themes = themes;
        this.table = new VisitorTableView(model, this::openInvite, this::openBlock);
        this.details = new VisitorDetailsView(model.details(), model.canInvite(), model.canBlock(), this::openInvite,
                this::openBlock);
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("visitorsPage");
        root.setPadding(new Insets(20, 24, 20, 24));
        title.getStyleClass().add(Styles.TITLE_2);
        summary.setId("visitorsSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        HBox heading = new HBox(16, title, summary);
        heading.setAlignment(Pos.BASELINE_LEFT);

        search.setId("visitorSearch");
        search.setLeft(new FontIcon(Material2MZ.SEARCH));
        search.setPrefColumnCount(22);
        statusFilter.setId("visitorStatusFilter");
        statusFilter.getItems().add(Optional.empty());
        model.statusChoices().forEach(status -> statusFilter.getItems().add(Optional.of(status)));
        statusFilter.setValue(Optional.empty());
        channelFilter.setId("visitorChannelFilter");
        channelFilter.getItems().add(Optional.empty());
        model.channelChoices().forEach(channel -> channelFilter.getItems().add(Optional.of(channel)));
        channelFilter.setValue(Optional.empty());
        inviteButton.setId("inviteButton");
        inviteButton.getStyleClass().add(Styles.ACCENT);
        inviteButton.setOnAction(event -> openInvite());
        blockButton.setId("blockButton");
        blockButton.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        blockButton.setOnAction(event -> openBlock());
        // Actions sit next to the filters, left, where the eye is after filtering.
        Separator gap = new Separator(Orientation.VERTICAL);
        gap.setPadding(new Insets(0, 4, 0, 4));
        HBox toolbar = new HBox(8, search, statusFilter, channelFilter, gap, inviteButton, blockButton);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        details.root().setMinHeight(120);
        table.root().setMinHeight(160);
        SplitPane split = new SplitPane(table.root(), details.root());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(details.root(), false);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(heading, toolbar, split);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        model.activate();
        disposer.onDispose(model::deactivate);
        table.activate();
        disposer.onDispose(table::deactivate);
        details.activate();
        disposer.onDispose(details::deactivate);
        disposer.onDispose(this::closeDialog);

        disposer.bind(title.textProperty(), i18n.text("visitors.title"));
        disposer.bind(summary.textProperty(), model.summary());
        disposer.bind(search.promptTextProperty(), i18n.text("visitors.search.prompt"));
        disposer.bind(inviteButton.textProperty(), i18n.text("visitors.action.invite"));
        disposer.bind(blockButton.textProperty(), i18n.text("visitors.action.block"));
        disposer.bind(inviteButton.disableProperty(), model.canInvite().not());
        disposer.bind(blockButton.disableProperty(), model.canBlock().not());
        search.textProperty().bindBidirectional(model.searchTextProperty());
        disposer.onDispose(() -> search.textProperty().unbindBidirectional(model.searchTextProperty()));
        disposer.listen(statusFilter.valueProperty(), (observable, before, now) -> model.statusFilterProperty()
                .set(now == null ? null : now.orElse(null)));
        disposer.listen(channelFilter.valueProperty(), (observable, before, now) -> model.channelFilterProperty()
                .set(now == null ? null : now.orElse(null)));
        // Choices are translated when drawn: new cells draw them in the new language.
        disposer.observe(i18n.localeProperty(), locale -> {
            showChoices(statusFilter, status -> status.map(model.texts()::status)
                    .orElse(i18n.get("visitors.filter.anyStatus")));
            showChoices(channelFilter, channel -> channel.map(model.texts()::channel)
                    .orElse(i18n.get("visitors.filter.anySource")));
        });
    }

    @Override
    public Optional<Bounds> noticeAreaInScene() {
        return TableRowsArea.inScene(table.root());
    }

    private void openInvite() {
        model.inviteSelected().ifPresent(invite -> openDialog(close -> new InviteView(invite, close),
                model.i18n().text("visitors.invite.title")));
    }

    private void openBlock() {
        model.blockSelected().ifPresent(block -> openDialog(close -> new BlockView(block, close),
                model.i18n().text("visitors.block.title")));
    }

    /** One dialog at a time, modal to the main window, closed with the page. */
    private void openDialog(Function<Runnable, View<? extends Parent>> content, StringBinding windowTitle) {
        closeDialog();
        View<? extends Parent> view = content.apply(this::closeDialog);
        dialog = new ViewWindow(view, themes, windowTitle, ViewWindow.FIT, ViewWindow.FIT)
                .modalTo(root.getScene().getWindow())
                .onCloseRequest(this::closeDialog);
        dialog.stage().setResizable(false);
        dialog.show();
    }

    private void closeDialog() {
        if (dialog != null) {
            dialog.close();
            dialog = null;
        }
    }

    /** A combo box keeps drawing its chosen value with the cell it has: a language switch needs new cells. */
    private static <T> void showChoices(ComboBox<T> choice, Function<T, String> text) {
        choice.setCellFactory(list -> choiceCell(text));
        choice.setButtonCell(choiceCell(text));
    }

    private static <T> ListCell<T> choiceCell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : text.apply(value));
            }
        };
    }
}
