package dev.switchboard.app.sensitivewords;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.Choices;
import dev.switchboard.app.admin.ConfirmBar;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.admin.SortedSelection;
import dev.switchboard.app.admin.StaleEditPane;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.sensitive.SensitiveWord;
import dev.switchboard.shared.sensitive.SensitiveWordSettings.AgentMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Sensitive words section: a search, what agents may do with such a message and "delete" on
 * top; the words on the left (sortable); on the right, the chosen word's editor, the box to add one
 * word or many (one per line) and the box to try a sentence. Read-only for supervisors, who may try sentences.
 */
final class SensitiveWordsView extends View<BorderPane> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SensitiveWordsViewModel model;
    private final SensitiveWordEditor editor;
    private final SensitiveWordAdder adder;
    private final I18n i18n;
    private final ZoneId zone;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final Label modeLabel = new Label();
    private final ComboBox<AgentMode> mode = new ComboBox<>(FXCollections.observableArrayList(AgentMode.values()));
    private final Button delete = new Button(null, new FontIcon(Material2AL.DELETE));
    private final ConfirmBar confirm = new ConfirmBar("sensitiveWordConfirm");
    private final Label listError = EditorForm.error("sensitiveWordsError");
    private final Label modeError = EditorForm.error("agentModeError");
    private final TableView<SensitiveWord> table = new TableView<>();
    private final TableColumn<SensitiveWord, String> word = new TableColumn<>();
    private final TableColumn<SensitiveWord, Instant> since = new TableColumn<>();
    private final Label empty = new Label();
    private final Label editTitle = new Label();
    private final StaleEditPane stalePane;
    private final EditorForm editForm = new EditorForm();
    private final TextField wordField = new TextField();
    private final Button save = new Button(null, new FontIcon(Material2MZ.SAVE));
    private final Label addTitle = new Label();
    private final EditorForm addForm = new EditorForm();
    private final TextArea addText = new TextArea();
    private final Button add = new Button(null, new FontIcon(Material2AL.ADD));
    private final Label addOutcome = new Label();
    private final Label trialTitle = new Label();
    private final EditorForm trialForm = new EditorForm();
    private final TextArea trialText = new TextArea();
    private final Button tryIt = new Button(null, new FontIcon(Material2MZ.PLAY_ARROW));
    private final Label trialOutcome = new Label();

    SensitiveWordsView(SensitiveWordsViewModel model, ZoneId zone) {
        this.model = model;
        this.editor = model.editor();
        this.adder = model.adder();
        this.i18n = model.i18n();
        this.zone = zone;
        this.stalePane = new StaleEditPane(editor::reapply, editor::takeTheirs);
        build();
    }

    @Override
    public BorderPane root() {
        return root;
    }

    private void build() {
        root.setId("sensitiveWordsSection");
        root.setPadding(new Insets(12));
        search.setId("sensitiveWordsSearch");
        HBox.setHgrow(search, Priority.SOMETIMES);
        mode.setId("sensitiveWordsMode");
        mode.setOnAction(event -> model.chooseAgentMode(mode.getValue()));
        delete.setId("sensitiveWordDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(event -> confirm.ask(model.deleteQuestion(), i18n.get("sensitiveWords.delete"), model::delete));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, search, spacer, delete);
        actions.setAlignment(Pos.CENTER_LEFT);
        modeLabel.setWrapText(true);
        HBox modeRow = new HBox(8, modeLabel, new VBox(4, mode, modeError));
        modeRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, actions, modeRow, confirm.root(), listError);
        top.setPadding(new Insets(0, 0, 8, 0));

        table.setId("sensitiveWordsTable");
        word.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().word()));
        since.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().createdAt()));
        since.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Instant instant, boolean isEmpty) {
                super.updateItem(instant, isEmpty);
                setText(isEmpty || instant == null ? null : WHEN.format(instant.atZone(zone)));
            }
        });
        word.setPrefWidth(150);
        since.setMinWidth(130);
        table.getColumns().setAll(List.of(word, since));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(empty);
        empty.setWrapText(true);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(SensitiveWord item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setId(isEmpty || item == null ? null : "sensitiveWord-" + item.id());
            }
        });

        for (Label title : new Label[] {editTitle, addTitle, trialTitle}) {
            title.getStyleClass().add(Styles.TITLE_4);
        }
        wordField.setId("sensitiveWordEdit");
        save.setId("sensitiveWordSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> editor.save());
        editForm.row("sensitiveWords.field.word", wordField, "word");
        addText.setId("sensitiveWordsAddText");
        addText.setPrefRowCount(5);
        add.setId("sensitiveWordsAdd");
        add.setOnAction(event -> adder.add());
        addOutcome.setId("sensitiveWordsAddOutcome");
        addOutcome.setWrapText(true);
        addForm.row("sensitiveWords.field.words", addText, "words");
        trialText.setId("sensitiveWordsTrialText");
        trialText.setPrefRowCount(2);
        trialText.setWrapText(true);
        tryIt.setId("sensitiveWordsTry");
        tryIt.setOnAction(event -> model.tryText());
        trialOutcome.setId("sensitiveWordsTrialOutcome");
        trialOutcome.setWrapText(true);
        trialForm.row("sensitiveWords.field.sentence", trialText, "text");
        VBox side = new VBox(8,
                editTitle, stalePane.root(), editForm.root(), save,
                addTitle, addForm.root(), add, addOutcome,
                trialTitle, trialForm.root(), tryIt, trialOutcome);
        side.setPadding(new Insets(0, 12, 12, 12));
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, scroll);
        split.setDividerPositions(0.5);
        root.setTop(top);
        root.setCenter(split);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        model.activate(disposer);
        SortedSelection.bind(disposer, table, model.shownWords(), model.selectedProperty());
        // the choice shows the server's mode; choosing one asks the server, which answers with the mode as it is then
        disposer.observe(model.agentModeProperty(), current -> {
            if (mode.getValue() != current) {
                mode.setValue(current);
            }
        });
        bindBoth(disposer, search.textProperty(), model.searchProperty());
        bindBoth(disposer, wordField.textProperty(), editor.wordProperty());
        bindBoth(disposer, addText.textProperty(), adder.textProperty());
        bindBoth(disposer, trialText.textProperty(), model.trialTextProperty());
        editForm.bind(disposer, i18n, editor.errors());
        addForm.bind(disposer, i18n, adder.errors());
        trialForm.bind(disposer, i18n, model.trialErrors());
        EditorForm.showMessage(disposer, listError, model.listErrors().general());
        EditorForm.showMessage(disposer, modeError, model.listErrors().field("agentMode"));
        stalePane.bind(disposer, i18n, editor.staleProperty());
        confirm.bind(disposer, i18n);
        disposer.bind(addOutcome.textProperty(), adder.outcomeProperty());
        disposer.bind(trialOutcome.textProperty(), model.trialOutcomeProperty());

        var locked = model.canEdit().not();
        disposer.bind(delete.disableProperty(), locked.or(model.selectedProperty().isNull()));
        disposer.bind(mode.disableProperty(), locked);
        for (Control control : new Control[] {wordField, save}) {
            disposer.bind(control.disableProperty(), locked.or(editor.busyProperty()).or(editor.editingProperty().isNull()));
        }
        for (Control control : new Control[] {addText, add}) {
            disposer.bind(control.disableProperty(), locked.or(adder.busyProperty()));
        }

        StringConverter<AgentMode> modes = Choices.words(m -> m == null ? "" : i18n.get("sensitiveWords.mode." + m.name()));
        disposer.observe(i18n.localeProperty(), locale -> {
            mode.setConverter(modes);
            mode.setButtonCell(Choices.cell(modes));
            table.refresh();
        });
        disposer.bind(search.promptTextProperty(), i18n.text("sensitiveWords.search"));
        disposer.bind(modeLabel.textProperty(), i18n.text("sensitiveWords.mode.label"));
        disposer.bind(delete.textProperty(), i18n.text("sensitiveWords.delete"));
        disposer.bind(empty.textProperty(), i18n.text("sensitiveWords.empty"));
        disposer.bind(word.textProperty(), i18n.text("sensitiveWords.column.word"));
        disposer.bind(since.textProperty(), i18n.text("sensitiveWords.column.since"));
        disposer.bind(editTitle.textProperty(), i18n.text("sensitiveWords.edit.title"));
        disposer.bind(wordField.promptTextProperty(), i18n.text("sensitiveWords.edit.prompt"));
        disposer.bind(save.textProperty(), i18n.text("sensitiveWords.save"));
        disposer.bind(addTitle.textProperty(), i18n.text("sensitiveWords.add.title"));
        disposer.bind(addText.promptTextProperty(), i18n.text("sensitiveWords.add.prompt"));
        disposer.bind(add.textProperty(), i18n.text("sensitiveWords.add"));
        disposer.bind(trialTitle.textProperty(), i18n.text("sensitiveWords.trial.title"));
        disposer.bind(trialText.promptTextProperty(), i18n.text("sensitiveWords.trial.prompt"));
        disposer.bind(tryIt.textProperty(), i18n.text("sensitiveWords.trial.try"));
    }

    private static <T> void bindBoth(Disposer disposer, Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        disposer.onDispose(() -> control.unbindBidirectional(model));
    }
}
