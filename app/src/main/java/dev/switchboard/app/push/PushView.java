package dev.switchboard.app.push;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.push.Push;
import dev.switchboard.shared.push.PushKind;
import dev.switchboard.shared.push.Segment;
import dev.switchboard.shared.visitors.Channel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Push page for supervisors: on the left who (a segment, or conditions) and how many match
 * now; on the right what (a message, or a card); below, what was sent and what became of it.
 */
public final class PushView extends View<BorderPane> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    /** The choices of "source" and "returning", with "any" first; null is not an item a ComboBox shows well. */
    private static final String ANY = "ANY";
    private static final String RETURNING = "RETURNING";
    private static final String FIRST_VISIT = "FIRST_VISIT";

    private final PushViewModel model;
    private final ZoneId zone;
    private final BorderPane root = new BorderPane();
    private final Label whoTitle = new Label();
    private final ComboBox<Segment> segment = new ComboBox<>();
    private final TextField site = new TextField();
    private final TextField url = new TextField();
    private final ComboBox<String> channel = new ComboBox<>();
    private final TextField keyword = new TextField();
    private final ComboBox<String> level = new ComboBox<>();
    private final ComboBox<String> returning = new ComboBox<>();
    private final TextField language = new TextField();
    private final Label preview = new Label(null, new FontIcon(Material2MZ.PEOPLE));
    private final Button count = new Button(null, new FontIcon(Material2MZ.REFRESH));
    private final TextField segmentName = new TextField();
    private final Button saveSegment = new Button(null, new FontIcon(Material2MZ.SAVE));
    private final Label whatTitle = new Label();
    private final ToggleButton message = new ToggleButton();
    private final ToggleButton card = new ToggleButton();
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final TextField image = new TextField();
    private final TextField link = new TextField();
    private final Button send = new Button(null, new FontIcon(Material2MZ.SEND));
    private final Label error = new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE));
    private final Label notice = new Label(null, new FontIcon(Material2AL.CHECK_CIRCLE));
    private final TableView<Push> history = new TableView<>();
    private final List<Label> captions = new ArrayList<>();

    public PushView(PushViewModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
        build();
    }

    @Override
    public BorderPane root() {
        return root;
    }

    private void build() {
        root.setId("pushPage");
        root.setPadding(new Insets(16, 20, 16, 20));
        whoTitle.getStyleClass().add(Styles.TITLE_4);
        whatTitle.getStyleClass().add(Styles.TITLE_4);
        segment.setId("pushSegment");
        segment.setMaxWidth(Double.MAX_VALUE);
        segment.setConverter(converter(s -> s == null ? "" : s.name()));
        site.setId("pushSite");
        url.setId("pushUrl");
        url.setPromptText("*/products/*");
        channel.setId("pushChannel");
        channel.getItems().add(ANY);
        for (Channel value : Channel.values()) {
            channel.getItems().add(value.name());
        }
        channel.getSelectionModel().select(ANY);
        keyword.setId("pushKeyword");
        level.setId("pushLevel");
        level.setEditable(true);
        level.setMaxWidth(Double.MAX_VALUE);
        level.setItems(model.levels());
        returning.setId("pushReturning");
        returning.getItems().addAll(ANY, RETURNING, FIRST_VISIT);
        returning.getSelectionModel().select(ANY);
        language.setId("pushLanguage");
        language.setPromptText("zh");
        preview.setId("pushPreview");
        preview.setWrapText(true);
        count.setId("pushCount");
        count.setOnAction(event -> model.preview());
        segmentName.setId("pushSegmentName");
        saveSegment.setId("pushSaveSegment");
        saveSegment.setOnAction(event -> model.saveSegment());

        GridPane conditions = form();
        int row = 0;
        for (var field : List.of(site, url, channel, keyword, level, returning, language)) {
            Label caption = new Label();
            captions.add(caption);
            conditions.addRow(row++, caption, field);
            GridPane.setHgrow(field, Priority.ALWAYS);
        }
        HBox counting = new HBox(8, count, preview);
        counting.setAlignment(Pos.CENTER_LEFT);
        HBox saving = new HBox(8, segmentName, saveSegment);
        HBox.setHgrow(segmentName, Priority.ALWAYS);
        VBox who = new VBox(10, whoTitle, segment, conditions, counting, saving);
        who.setMinWidth(320);
        who.setPrefWidth(380);

        ToggleGroup kinds = new ToggleGroup();
        message.setToggleGroup(kinds);
        card.setToggleGroup(kinds);
        message.setId("pushKindMessage");
        card.setId("pushKindCard");
        message.setSelected(true);
        kinds.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                before.setSelected(true); // one of the two is always chosen
            } else {
                model.kindProperty().set(now == card ? PushKind.CARD : PushKind.MESSAGE);
            }
        });
        title.setId("pushTitle");
        text.setId("pushText");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        image.setId("pushImage");
        image.setPromptText("https://");
        link.setId("pushLink");
        link.setPromptText("https://");
        send.setId("pushSend");
        send.getStyleClass().add(Styles.ACCENT);
        send.setOnAction(event -> model.send());
        error.setId("pushError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        notice.setId("pushNotice");
        notice.getStyleClass().add(Styles.SUCCESS);
        notice.managedProperty().bind(notice.visibleProperty());
        for (var cardOnly : List.of(title, image, link)) {
            cardOnly.visibleProperty().bind(card.selectedProperty());
            cardOnly.managedProperty().bind(cardOnly.visibleProperty());
        }
        VBox what = new VBox(10, whatTitle, new HBox(0, message, card), title, text, image, link, error, notice, send);
        HBox.setHgrow(what, Priority.ALWAYS);

        history.setId("pushHistory");
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.setPrefHeight(220);
        HBox top = new HBox(24, who, what);
        top.setPadding(new Insets(0, 0, 12, 0));
        root.setCenter(top);
        root.setBottom(history);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        segment.setItems(model.segments());
        disposer.onDispose(() -> segment.setItems(null));
        disposer.observe(segment.getSelectionModel().selectedItemProperty(), chosen -> {
            if (chosen != null) {
                model.segmentProperty().set(chosen);
            }
        });
        disposer.observe(model.segmentProperty(), chosen -> segment.getSelectionModel().select(chosen));
        bindText(disposer, site, model.siteProperty());
        bindText(disposer, url, model.urlPatternProperty());
        bindText(disposer, keyword, model.keywordProperty());
        bindText(disposer, level.getEditor(), model.customerLevelProperty());
        bindText(disposer, language, model.languageProperty());
        bindText(disposer, segmentName, model.segmentNameProperty());
        bindText(disposer, title, model.titleProperty());
        bindText(disposer, image, model.imageUrlProperty());
        bindText(disposer, link, model.linkUrlProperty());
        text.textProperty().bindBidirectional(model.textProperty());
        disposer.onDispose(() -> text.textProperty().unbindBidirectional(model.textProperty()));
        // source and returning: the panel's choices follow the model (a segment picked) and the other way
        disposer.observe(model.channelProperty(), value -> channel.getSelectionModel().select(value == null ? ANY : value.name()));
        disposer.observe(channel.getSelectionModel().selectedItemProperty(), chosen -> model.channelProperty()
                .set(chosen == null || chosen.equals(ANY) ? null : Channel.valueOf(chosen)));
        disposer.observe(model.returningProperty(), value -> returning.getSelectionModel()
                .select(value == null ? ANY : value ? RETURNING : FIRST_VISIT));
        disposer.observe(returning.getSelectionModel().selectedItemProperty(), chosen -> model.returningProperty()
                .set(chosen == null || chosen.equals(ANY) ? null : chosen.equals(RETURNING)));
        channel.setConverter(converter(value -> value == null || value.equals(ANY) ? i18n.get("push.any") : i18n.get("push.channel." + value)));
        returning.setConverter(converter(value -> i18n.get("push.returning." + (value == null ? ANY : value))));

        String[] fields = {"site", "url", "channel", "keyword", "level", "returning", "language"};
        for (int i = 0; i < fields.length; i++) {
            disposer.bind(captions.get(i).textProperty(), i18n.text("push.field." + fields[i]));
        }
        disposer.bind(whoTitle.textProperty(), i18n.text("push.who"));
        disposer.bind(whatTitle.textProperty(), i18n.text("push.what"));
        disposer.bind(segment.promptTextProperty(), i18n.text("push.segment.prompt"));
        disposer.bind(segmentName.promptTextProperty(), i18n.text("push.segment.name"));
        disposer.bind(saveSegment.textProperty(), i18n.text("push.segment.save"));
        disposer.bind(count.textProperty(), i18n.text("push.preview.button"));
        disposer.bind(preview.textProperty(), model.previewTextProperty());
        disposer.bind(message.textProperty(), i18n.text("push.kind.MESSAGE"));
        disposer.bind(card.textProperty(), i18n.text("push.kind.CARD"));
        disposer.bind(title.promptTextProperty(), i18n.text("push.title.prompt"));
        disposer.bind(text.promptTextProperty(), i18n.text("push.text.prompt"));
        disposer.bind(send.textProperty(), i18n.text("push.send"));
        disposer.bind(send.disableProperty(), model.busyProperty());
        disposer.bind(error.textProperty(), model.errorProperty());
        disposer.bind(error.visibleProperty(), Bindings.isNotEmpty(model.errorProperty()));
        disposer.bind(notice.textProperty(), model.noticeProperty());
        disposer.bind(notice.visibleProperty(), Bindings.isNotEmpty(model.noticeProperty()));

        history.getColumns().setAll(List.of(
                column(i18n, "push.column.when", push -> WHEN.format(push.createdAt().atZone(zone))),
                column(i18n, "push.column.kind", push -> i18n.get("push.kind." + push.kind().name())),
                column(i18n, "push.column.audience", push -> push.segmentName() != null ? push.segmentName() : i18n.get("push.audience.own")),
                column(i18n, "push.column.content", push -> push.title() != null ? push.title() + " — " + push.text() : push.text()),
                column(i18n, "push.column.sent", push -> Integer.toString(push.counts().sent())),
                column(i18n, "push.column.shown", push -> Integer.toString(push.counts().shown())),
                column(i18n, "push.column.clicked", push -> Integer.toString(push.counts().clicked())),
                column(i18n, "push.column.chats", push -> Integer.toString(push.counts().chats())),
                column(i18n, "push.column.dismissed", push -> Integer.toString(push.counts().dismissed()))));
        history.setItems(model.sent());
        disposer.onDispose(() -> history.setItems(null));
        disposer.bind(history.placeholderProperty(), Bindings.createObjectBinding(() -> new Label(i18n.get("push.history.empty")),
                i18n.localeProperty()));
        model.activate(disposer);
    }

    private static TableColumn<Push, String> column(I18n i18n, String key, Function<Push, String> value) {
        TableColumn<Push, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private static void bindText(Disposer disposer, TextField field, javafx.beans.property.StringProperty property) {
        field.textProperty().bindBidirectional(property);
        disposer.onDispose(() -> field.textProperty().unbindBidirectional(property));
    }

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        return grid;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        };
    }
}
