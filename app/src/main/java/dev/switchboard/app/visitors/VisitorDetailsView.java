package dev.switchboard.app.visitors;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.visitors.PastVisit;
import dev.switchboard.shared.visitors.TrailEntry;
import dev.switchboard.shared.visitors.VisitorDetail;
import java.util.List;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The details pane: the selected visitor's live facts and actions, the pages of the current visit
 * with the time on each, and the earlier visits, with a spinner while they load and a retry
 * button when loading failed.
 */
final class VisitorDetailsView extends View<VBox> {

    private final VisitorDetailsViewModel model;
    private final BooleanExpression canInvite;
    private final BooleanExpression canBlock;
    private final VBox root = new VBox(10);
    private final Label placeholder = new Label();
    private final HBox header = new HBox(16);
    private final ScrollPane columnsScroll = new ScrollPane();
    private final Label pageTitle = new Label();
    private final Label pageUrl = new Label();
    private final GridPane facts = new GridPane();
    private final Button inviteButton = new Button(null, new FontIcon(Material2AL.CHAT_BUBBLE_OUTLINE));
    private final Button blockButton = new Button(null, new FontIcon(Material2AL.BLOCK));
    private final Label trailCaption = new Label();
    private final VBox trail = new VBox(6);
    private final HBox loading = new HBox(8);
    private final Label loadingText = new Label();
    private final HBox failure = new HBox(8);
    private final Label errorText = new Label();
    private final Button retryButton = new Button(null, new FontIcon(Material2MZ.REFRESH));
    private final Label pastCaption = new Label();
    private final VBox pastVisits = new VBox(6);
    private final Label noPastVisits = new Label();
    private final ComboBox<String> level = new ComboBox<>();
    private final Label levelError = new Label();
    private final VBox levelCell = new VBox(4, level, levelError);
    /** The level's choices and value are being matched to the shown visitor: not the agent's pick. */
    private boolean showingLevel;
    private Label currentPageTime;

    VisitorDetailsView(VisitorDetailsViewModel model, BooleanExpression canInvite, BooleanExpression canBlock,
                       Runnable invite, Runnable block) {
        this.model = model;
        this.canInvite = canInvite;
        this.canBlock = canBlock;
        build();
        inviteButton.setOnAction(event -> invite.run());
        blockButton.setOnAction(event -> block.run());
    }

    @Override
    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("visitorDetails");
        root.getStyleClass().add("visitor-details");
        root.setPadding(new Insets(14, 16, 0, 16));
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.setWrapText(true);

        pageTitle.setId("detailsTitle");
        pageTitle.getStyleClass().add(Styles.TITLE_4);
        pageTitle.setWrapText(true);
        pageUrl.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        pageUrl.setWrapText(true);
        facts.setId("visitorFacts");
        facts.setHgap(12);
        facts.setVgap(6);
        inviteButton.setId("detailsInviteButton");
        inviteButton.getStyleClass().add(Styles.ACCENT);
        blockButton.setId("detailsBlockButton");
        blockButton.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        HBox actions = new HBox(8, inviteButton, blockButton);

        trailCaption.getStyleClass().add("details-caption");
        trail.setId("trailList");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        loading.setId("detailsLoading");
        loading.getChildren().addAll(spinner, loadingText);
        loading.setAlignment(Pos.CENTER_LEFT);
        errorText.setId("detailsError");
        errorText.getStyleClass().add(Styles.DANGER);
        errorText.setWrapText(true);
        HBox.setHgrow(errorText, Priority.ALWAYS);
        retryButton.setId("detailsRetry");
        retryButton.setOnAction(event -> model.retry());
        failure.getChildren().addAll(errorText, retryButton);
        failure.setAlignment(Pos.CENTER_LEFT);
        pastCaption.getStyleClass().add("details-caption");
        pastVisits.setId("pastVisitsList");
        noPastVisits.getStyleClass().add(Styles.TEXT_MUTED);
        level.setId("detailsLevel");
        level.setMaxWidth(Double.MAX_VALUE);
        level.valueProperty().addListener((observable, before, chosen) -> {
            if (!showingLevel && chosen != null) {
                model.setLevel(chosen);
            }
        });
        levelError.setId("detailsLevelError");
        levelError.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        levelError.setWrapText(true);

        // The visitor and the actions on top, outside the scrolling part, so the buttons never scroll
        // away; below, three columns side by side, so the table above keeps the page's whole width.
        VBox page = new VBox(2, pageTitle, pageUrl);
        HBox.setHgrow(page, Priority.ALWAYS);
        actions.setAlignment(Pos.TOP_RIGHT);
        actions.setMinWidth(Region.USE_PREF_SIZE);
        header.getChildren().addAll(page, actions);
        facts.setPrefWidth(340);
        facts.setMinWidth(240);
        VBox trailColumn = new VBox(8, trailCaption, loading, failure, trail);
        trailColumn.setMinWidth(240);
        HBox.setHgrow(trailColumn, Priority.ALWAYS);
        VBox pastColumn = new VBox(8, pastCaption, noPastVisits, pastVisits);
        pastColumn.setPrefWidth(320);
        pastColumn.setMinWidth(220);
        HBox columns = new HBox(24, facts, new Separator(Orientation.VERTICAL), trailColumn,
                new Separator(Orientation.VERTICAL), pastColumn);
        columns.setPadding(new Insets(0, 0, 14, 0));
        columnsScroll.setContent(columns);
        columnsScroll.setFitToWidth(true);
        columnsScroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(columnsScroll, Priority.ALWAYS);
        root.getChildren().addAll(placeholder, header, columnsScroll);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        disposer.bind(placeholder.textProperty(), i18n.text("visitors.details.none"));
        disposer.bind(inviteButton.textProperty(), i18n.text("visitors.action.invite"));
        disposer.bind(blockButton.textProperty(), i18n.text("visitors.action.block"));
        disposer.bind(inviteButton.disableProperty(), canInvite.not());
        disposer.bind(blockButton.disableProperty(), canBlock.not());
        disposer.bind(trailCaption.textProperty(), i18n.text("visitors.details.trail"));
        disposer.bind(pastCaption.textProperty(), i18n.text("visitors.details.pastVisits"));
        disposer.bind(noPastVisits.textProperty(), i18n.text("visitors.details.noPastVisits"));
        disposer.bind(loadingText.textProperty(), i18n.text("visitors.details.loading"));
        disposer.bind(retryButton.textProperty(), i18n.text("visitors.details.retry"));
        disposer.bind(errorText.textProperty(), model.errorProperty());
        disposer.bind(levelError.textProperty(), model.levelErrorProperty());
        disposer.observe(model.levelErrorProperty(), text -> {
            show(levelError, !text.isEmpty());
            // a refused change: the field shows the level the visitor still has
            showLevel();
        });
        disposer.invalidated(model.levels(), observable -> showLevel());
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? i18n.get("visitors.details.noLevel") : value;
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        });
        disposer.observe(model.visitorProperty(), row -> showFacts());
        disposer.observe(model.stateProperty(), state -> showState());
        disposer.observe(model.detailProperty(), detail -> {
            showDetail(detail);
            // the address comes with the details
            showFacts();
        });
        disposer.invalidated(model.now(), observable -> tick());
        disposer.invalidated(i18n.localeProperty(), observable -> {
            showFacts();
            showDetail(model.detailProperty().get());
        });
    }

    private void showState() {
        VisitorDetailsViewModel.State state = model.stateProperty().get();
        show(loading, state == VisitorDetailsViewModel.State.LOADING);
        show(failure, state == VisitorDetailsViewModel.State.FAILED);
    }

    private void showFacts() {
        VisitorRow row = model.visitorProperty().get();
        show(placeholder, row == null);
        show(header, row != null);
        show(columnsScroll, row != null);
        facts.getChildren().clear();
        if (row == null) {
            return;
        }
        VisitorTexts texts = model.texts();
        I18n i18n = model.i18n();
        pageTitle.setText(row.pageTitle());
        pageUrl.setText(row.visitor().currentUrl());
        addFact(i18n.get("visitors.column.SOURCE"), texts.source(row));
        addFact(i18n.get("visitors.column.KEYWORD"), row.keyword() == null ? "–" : row.keyword());
        addFact(i18n.get("visitors.column.DEVICE"), texts.device(row));
        String region = row.visitor().region();
        addFact(i18n.get("visitors.details.region"), region == null || region.isBlank() ? "–" : region);
        String address = model.address();
        addFact(i18n.get("visitors.details.address"), address == null ? "…" : address);
        addFact(i18n.get("visitors.details.language"), row.visitor().language() == null ? "–" : row.visitor().language());
        addFact(i18n.get("visitors.column.VISITS"), String.valueOf(row.visitor().visitCount()));
        addFact(i18n.get("visitors.column.STATUS"), texts.status(row.status())
                + (row.visitor().blocked() ? " · " + i18n.get("visitors.blocked") : ""));
        addFact(i18n.get("visitors.details.landing"), row.visitor().landingUrl() == null ? "–" : row.visitor().landingUrl());
        Label levelCaption = caption(i18n.get("visitors.details.level"));
        facts.addRow(facts.getRowCount(), levelCaption, levelCell);
        showLevel();
    }

    /** The level field offers the configured levels and shows the visitor's, touched only when either differs (an open list stays open). */
    private void showLevel() {
        List<String> choices = model.levelChoices();
        showingLevel = true;
        try {
            if (!choices.equals(level.getItems())) {
                level.getItems().setAll(choices);
            }
            if (!model.currentLevel().equals(level.getValue())) {
                level.setValue(model.currentLevel());
            }
        } finally {
            showingLevel = false;
        }
    }

    private void addFact(String caption, String value) {
        Label captionLabel = caption(caption);
        Label valueLabel = new Label(value);
        valueLabel.setWrapText(true);
        facts.addRow(facts.getRowCount(), captionLabel, valueLabel);
    }

    private static Label caption(String text) {
        Label caption = new Label(text);
        caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        return caption;
    }

    private void showDetail(VisitorDetail detail) {
        currentPageTime = null;
        trail.getChildren().clear();
        pastVisits.getChildren().clear();
        show(pastCaption, detail != null);
        show(noPastVisits, detail != null && detail.pastVisits().isEmpty());
        if (detail == null) {
            return;
        }
        List<TrailEntry> entries = detail.trail();
        for (int i = 0; i < entries.size(); i++) {
            trail.getChildren().add(trailLine(entries.get(i), i == entries.size() - 1));
        }
        for (PastVisit visit : detail.pastVisits()) {
            Label line = new Label(model.pastVisitText(visit), new FontIcon(Material2AL.HISTORY));
            line.setWrapText(true);
            line.setTooltip(new Tooltip(visit.landingUrl()));
            pastVisits.getChildren().add(line);
        }
    }

    private Node trailLine(TrailEntry entry, boolean current) {
        Label time = new Label(model.trailTime(entry));
        time.getStyleClass().add("trail-time");
        time.setMinWidth(56);
        time.setAlignment(Pos.TOP_RIGHT);
        Label title = new Label(entry.title() == null || entry.title().isBlank() ? entry.url() : entry.title());
        title.setWrapText(true);
        Label url = new Label(entry.url());
        url.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        url.setWrapText(true);
        VBox page = new VBox(2, title, url);
        HBox.setHgrow(page, Priority.ALWAYS);
        HBox line = new HBox(10, time, page);
        line.getStyleClass().add("trail-line");
        if (current && entry.seconds() == null) {
            line.getStyleClass().add("current");
            currentPageTime = time;
        }
        return line;
    }

    /** Only the page the visitor is on has a running time. */
    private void tick() {
        VisitorDetail detail = model.detailProperty().get();
        if (currentPageTime != null && detail != null && !detail.trail().isEmpty()) {
            currentPageTime.setText(model.trailTime(detail.trail().get(detail.trail().size() - 1)));
        }
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
