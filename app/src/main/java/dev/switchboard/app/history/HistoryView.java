package dev.switchboard.app.history;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.history.HistoryEntry;
import dev.switchboard.shared.history.Transcript;
import dev.switchboard.shared.wrapup.WrapUpCategory;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The History page: filters on top, the chats found on the left (a page at a time, "More" for the
 * next), the open chat's transcript on the right with its rating and wrap-up, and exports.
 */
public final class HistoryView extends View<BorderPane> {

    private final HistoryViewModel model;
    private final ObservableValue<TeamSnapshot> team;
    private final Supplier<Window> owner;
    private final BorderPane root = new BorderPane();
    private final TextField text = new TextField();
    private final TextField visitor = new TextField();
    private final ComboBox<Agent> agent = new ComboBox<>();
    private final ComboBox<Group> group = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<Integer> rating = new ComboBox<>(FXCollections.observableArrayList(null, 5, 4, 3, 2, 1));
    private final ComboBox<WrapUpCategory> category = new ComboBox<>();
    private final Button search = new Button();
    private final ListView<HistoryEntry> results = new ListView<>();
    private final Button more = new Button();
    private final Label status = new Label();
    private final Label title = new Label();
    private final Label details = new Label();
    private final ListView<String> transcript = new ListView<>();
    private final Button exportText = new Button();
    private final Button exportCsv = new Button();
    private final Button exportAll = new Button();

    public HistoryView(HistoryViewModel model, ObservableValue<TeamSnapshot> team, Supplier<Window> owner) {
        this.model = model;
        this.team = team;
        this.owner = owner;
        build();
    }

    @Override
    public BorderPane root() {
        return root;
    }

    private void build() {
        root.setId("historyPage");
        text.setId("historyText");
        text.setPrefColumnCount(16);
        text.setOnAction(event -> model.search());
        visitor.setId("historyVisitor");
        visitor.setPrefColumnCount(10);
        visitor.setOnAction(event -> model.search());
        agent.setId("historyAgent");
        group.setId("historyGroup");
        rating.setId("historyRating");
        category.setId("historyCategory");
        from.setId("historyFrom");
        to.setId("historyTo");
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        search.setId("historySearch");
        search.getStyleClass().add(Styles.ACCENT);
        search.setDefaultButton(true);
        search.setOnAction(event -> model.search());
        FlowPane filters = new FlowPane(8, 8, text, visitor, agent, group, from, to, rating, category, search);
        filters.setPadding(new Insets(12, 16, 8, 16));

        results.setId("historyResults");
        results.setCellFactory(list -> new EntryCell(model.texts()));
        results.getSelectionModel().selectedItemProperty().addListener((observable, old, selected) -> model.open(selected));
        VBox.setVgrow(results, Priority.ALWAYS);
        more.setId("historyMore");
        more.setOnAction(event -> model.loadMore());
        status.setId("historyStatus");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        VBox left = new VBox(8, results, new HBox(8, more, status));
        left.setPadding(new Insets(0, 8, 12, 16));

        title.setId("historyTranscriptTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        details.setId("historyTranscriptDetails");
        details.setWrapText(true);
        transcript.setId("historyTranscript");
        transcript.setCellFactory(list -> new WrappingCell());
        VBox.setVgrow(transcript, Priority.ALWAYS);
        exportText.setId("historyExportText");
        exportCsv.setId("historyExportCsv");
        exportAll.setId("historyExportAll");
        exportText.setOnAction(event -> export(false, "text", "txt"));
        exportCsv.setOnAction(event -> export(false, "csv", "csv"));
        exportAll.setOnAction(event -> export(true, "csv", "csv"));
        VBox right = new VBox(8, title, details, transcript, new HBox(8, exportText, exportCsv, exportAll));
        right.setPadding(new Insets(0, 16, 12, 8));

        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.45);
        root.setTop(filters);
        root.setCenter(split);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        model.activate();
        disposer.bind(text.promptTextProperty(), i18n.text("history.filter.text"));
        disposer.bind(visitor.promptTextProperty(), i18n.text("history.filter.visitor"));
        disposer.bind(agent.promptTextProperty(), i18n.text("history.filter.agent"));
        disposer.bind(group.promptTextProperty(), i18n.text("history.filter.group"));
        disposer.bind(from.promptTextProperty(), i18n.text("history.filter.from"));
        disposer.bind(to.promptTextProperty(), i18n.text("history.filter.to"));
        disposer.bind(rating.promptTextProperty(), i18n.text("history.filter.rating"));
        disposer.bind(category.promptTextProperty(), i18n.text("history.filter.category"));
        disposer.bind(search.textProperty(), i18n.text("history.search"));
        disposer.bind(more.textProperty(), i18n.text("history.more"));
        disposer.bind(exportText.textProperty(), i18n.text("history.export.text"));
        disposer.bind(exportCsv.textProperty(), i18n.text("history.export.csv"));
        disposer.bind(exportAll.textProperty(), i18n.text("history.export.all"));
        text.textProperty().bindBidirectional(model.text());
        visitor.textProperty().bindBidirectional(model.visitor());
        disposer.onDispose(() -> {
            text.textProperty().unbindBidirectional(model.text());
            visitor.textProperty().unbindBidirectional(model.visitor());
        });
        choice(agent, model.agent(), i18n, Agent::displayName, disposer);
        choice(group, model.group(), i18n, Group::name, disposer);
        choice(rating, model.rating(), i18n, stars -> "★".repeat(stars), disposer);
        choice(category, model.category(), i18n, WrapUpCategory::name, disposer);
        from.valueProperty().bindBidirectional(model.from());
        to.valueProperty().bindBidirectional(model.to());
        disposer.onDispose(() -> {
            from.valueProperty().unbindBidirectional(model.from());
            to.valueProperty().unbindBidirectional(model.to());
        });
        disposer.observe(team, snapshot -> {
            agent.getItems().setAll(withAny(snapshot.agents().values()));
            group.getItems().setAll(withAny(snapshot.groups().values()));
        });
        disposer.listenList(model.categories(), change -> category.getItems().setAll(withAny(model.categories())));
        category.getItems().setAll(withAny(model.categories()));
        results.setItems(model.results());
        disposer.onDispose(() -> results.setItems(FXCollections.observableArrayList()));
        disposer.bind(more.visibleProperty(), model.more());
        disposer.bind(search.disableProperty(), model.busy());
        disposer.bind(status.textProperty(), model.status());
        disposer.observe(model.transcript(), this::show);
    }

    private void show(Transcript open) {
        boolean shown = open != null;
        exportText.setDisable(!shown);
        exportCsv.setDisable(!shown);
        if (!shown) {
            title.setText("");
            details.setText("");
            transcript.getItems().clear();
            return;
        }
        HistoryTexts texts = model.texts();
        HistoryEntry chat = open.chat();
        title.setText(texts.title(chat) + " · " + texts.when(chat));
        details.setText(String.join("\n", List.of(texts.rating(chat.rating(), chat.ratingComment()), texts.wrapUp(chat.wrapUp())).stream()
                .filter(line -> !line.isBlank()).toList()));
        transcript.getItems().setAll(open.messages().stream().map(message -> texts.line(chat, message)).toList());
    }

    private void export(boolean all, String format, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("switchboard-history." + extension);
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            model.export(all, format, file.toPath());
        }
    }

    /** The filter's choices with "any" (null) first, named by {@code name}. */
    private static <T> void choice(ComboBox<T> box, javafx.beans.property.ObjectProperty<T> value, I18n i18n, Function<T, String> name,
                                   Disposer disposer) {
        box.setCellFactory(list -> new NamedCell<>(i18n, name));
        box.setButtonCell(new NamedCell<>(i18n, name));
        box.valueProperty().bindBidirectional(value);
        disposer.onDispose(() -> box.valueProperty().unbindBidirectional(value));
    }

    private static <T> ObservableList<T> withAny(java.util.Collection<T> items) {
        List<T> all = new ArrayList<>();
        all.add(null);
        all.addAll(items);
        return FXCollections.observableArrayList(all);
    }

    private static final class NamedCell<T> extends ListCell<T> {
        private final I18n i18n;
        private final Function<T, String> name;

        NamedCell(I18n i18n, Function<T, String> name) {
            this.i18n = i18n;
            this.name = name;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? i18n.get("history.filter.any") : name.apply(item));
        }
    }

    /** A chat found: who and when, its rating and wrap-up, and the line that matched. */
    private static final class EntryCell extends ListCell<HistoryEntry> {
        private final HistoryTexts texts;

        EntryCell(HistoryTexts texts) {
            this.texts = texts;
        }

        @Override
        protected void updateItem(HistoryEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                setId(null);
                return;
            }
            setId("historyEntry-" + entry.conversationId());
            List<String> lines = new ArrayList<>();
            lines.add(texts.title(entry) + "   " + texts.when(entry) + "   " + texts.rating(entry.rating(), null));
            String wrapUp = texts.wrapUp(entry.wrapUp());
            if (!wrapUp.isBlank()) {
                lines.add(wrapUp);
            }
            if (entry.snippet() != null) {
                lines.add("“" + entry.snippet() + "”");
            }
            setText(String.join("\n", lines));
        }
    }

    private static final class WrappingCell extends ListCell<String> {
        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            setText(empty ? null : line);
        }
    }
}
