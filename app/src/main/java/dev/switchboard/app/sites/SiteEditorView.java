package dev.switchboard.app.sites;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.admin.StaleEditPane;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.sites.SiteRules;
import dev.switchboard.shared.sites.WidgetColors;
import dev.switchboard.shared.sites.WidgetLook;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One site's editor: its general settings, the widget's look, the pre-chat form and the embed tag,
 * each on a tab; a stale save's two versions above; save, open the real widget in a browser, and
 * delete (after a confirmation) below. Every control is bound to {@link SiteEditorViewModel}.
 */
final class SiteEditorView extends View<VBox> {

    private final SiteEditorViewModel model;
    private final I18n i18n;
    private final VBox root = new VBox(8);
    private final StaleEditPane stale;
    private final EditorForm general = new EditorForm();
    private final EditorForm look = new EditorForm();
    private final TextField key = field("siteKey");
    private final TextField name = field("siteName");
    private final TextArea origins = area("siteOrigins", 4);
    private final Label originsHint = hint();
    private final CheckBox typingPreview = new CheckBox();
    private final Label typingDisclosure = hint();
    private final ColorPicker colorPicker = new ColorPicker();
    private final TextField color = field("siteColor");
    private final ColorPicker colorEndPicker = new ColorPicker();
    private final TextField colorEnd = field("siteColorEnd");
    private final ColorPicker textColorPicker = new ColorPicker();
    private final TextField textColor = field("siteTextColor");
    private final Label contrast = new Label();
    private final ComboBox<WidgetLook.Position> position = new ComboBox<>();
    private final Spinner<Integer> offsetX = new Spinner<>(0, SiteRules.MAX_OFFSET, 20, 4);
    private final Spinner<Integer> offsetY = new Spinner<>(0, SiteRules.MAX_OFFSET, 20, 4);
    private final ObjectProperty<Integer> offsetXValue;
    private final ObjectProperty<Integer> offsetYValue;
    private final TextArea greetingZh = area("siteGreetingZh", 2);
    private final TextArea greetingEn = area("siteGreetingEn", 2);
    private final TextArea offlineZh = area("siteOfflineZh", 2);
    private final TextArea offlineEn = area("siteOfflineEn", 2);
    private final PrechatEditorView prechat;
    private final TextArea snippet = area("siteSnippet", 3);
    private final Label snippetHint = hint();
    private final Button copy = new Button(null, new FontIcon(Material2AL.CONTENT_COPY));
    private final Tab generalTab = new Tab();
    private final Tab lookTab = new Tab();
    private final Tab prechatTab = new Tab();
    private final Tab embedTab = new Tab();
    private final Button save = new Button(null, new FontIcon(Material2MZ.SAVE));
    private final Button openPreview = new Button(null, new FontIcon(Material2MZ.OPEN_IN_NEW));
    private final Button delete = new Button(null, new FontIcon(Material2AL.DELETE));
    private final TextField previewLink = field("sitePreviewLink");
    private final Label notice = new Label();
    private final HBox confirm = new HBox(8);
    private final Label confirmText = new Label();
    private final Button confirmYes = new Button();
    private final Button confirmNo = new Button();
    private final SitesViewModel sites;

    SiteEditorView(SitesViewModel sites, I18n i18n) {
        this.sites = sites;
        this.model = sites.editor();
        this.i18n = i18n;
        this.stale = new StaleEditPane(model::reapply, model::takeTheirs);
        this.prechat = new PrechatEditorView(model, i18n);
        offsetXValue = model.form().offsetXProperty().asObject();
        offsetYValue = model.form().offsetYProperty().asObject();
        build();
    }

    private void build() {
        typingPreview.setId("siteTypingPreview");
        position.setId("sitePosition");
        position.getItems().setAll(WidgetLook.Position.values());
        offsetX.setId("siteOffsetX");
        offsetY.setId("siteOffsetY");
        offsetX.setEditable(true);
        offsetY.setEditable(true);
        contrast.setId("siteContrast");
        contrast.setWrapText(true);
        snippet.setEditable(false);
        snippet.setWrapText(true);
        copy.setId("siteSnippetCopy");
        general.row("sites.key", key, "id").row("sites.name", name, "name")
                .row("sites.origins", new VBox(4, origins, originsHint), "allowedOrigins")
                .row("sites.typingPreview", new VBox(4, typingPreview, typingDisclosure), "typingPreview");
        look.row("sites.color", colorRow(colorPicker, color), "look.color")
                .row("sites.colorEnd", colorRow(colorEndPicker, colorEnd), "look.colorEnd")
                .row("sites.textColor", new VBox(4, colorRow(textColorPicker, textColor), contrast), "look.textColor")
                .row("sites.position", position, "look.position")
                .row("sites.offsetX", offsetX, "look.offsetX").row("sites.offsetY", offsetY, "look.offsetY")
                .row("sites.greetingZh", greetingZh, "look.greeting.zh").row("sites.greetingEn", greetingEn, "look.greeting.en")
                .row("sites.offlineZh", offlineZh, "look.offlineMessage.zh").row("sites.offlineEn", offlineEn, "look.offlineMessage.en");
        generalTab.setContent(scroll(general.root()));
        lookTab.setContent(scroll(look.root()));
        prechatTab.setContent(prechat.root());
        VBox embed = new VBox(8, snippetHint, snippet, copy);
        embed.setPadding(new Insets(12));
        embedTab.setContent(embed);
        for (Tab tab : new Tab[] {generalTab, lookTab, prechatTab, embedTab}) {
            tab.setClosable(false);
        }
        generalTab.setId("siteTabGeneral");
        lookTab.setId("siteTabLook");
        prechatTab.setId("siteTabPrechat");
        embedTab.setId("siteTabEmbed");
        TabPane tabs = new TabPane(generalTab, lookTab, prechatTab, embedTab);
        tabs.setId("siteTabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        save.setId("siteSave");
        save.getStyleClass().add(Styles.ACCENT);
        openPreview.setId("sitePreviewOpen");
        delete.setId("siteDelete");
        delete.getStyleClass().add(Styles.DANGER);
        previewLink.setEditable(false);
        HBox.setHgrow(previewLink, Priority.ALWAYS);
        notice.setId("siteNotice");
        notice.getStyleClass().add(Styles.TEXT_MUTED);
        confirm.setId("siteDeleteConfirm");
        confirmYes.setId("siteDeleteYes");
        confirmYes.getStyleClass().add(Styles.DANGER);
        confirmNo.setId("siteDeleteNo");
        confirmText.setWrapText(true);
        confirm.getChildren().setAll(confirmText, confirmYes, confirmNo);
        confirm.setPadding(new Insets(8));
        confirm.getStyleClass().add("delete-confirm");
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, save, openPreview, delete);
        root.getChildren().setAll(stale.root(), tabs, buttons, new HBox(8, previewLink), notice, confirm);
        root.setPadding(new Insets(8));
    }

    @Override
    public VBox root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        SiteForm form = model.form();
        general.bind(disposer, i18n, model.errors());
        look.bind(disposer, i18n, model.errors());
        stale.bind(disposer, i18n, model.staleProperty());
        both(disposer, key.textProperty(), form.keyProperty());
        both(disposer, name.textProperty(), form.nameProperty());
        both(disposer, origins.textProperty(), form.originsProperty());
        both(disposer, typingPreview.selectedProperty(), form.typingPreviewProperty());
        both(disposer, position.valueProperty(), form.positionProperty());
        both(disposer, offsetX.getValueFactory().valueProperty(), offsetXValue);
        both(disposer, offsetY.getValueFactory().valueProperty(), offsetYValue);
        both(disposer, greetingZh.textProperty(), form.greetingZhProperty());
        both(disposer, greetingEn.textProperty(), form.greetingEnProperty());
        both(disposer, offlineZh.textProperty(), form.offlineZhProperty());
        both(disposer, offlineEn.textProperty(), form.offlineEnProperty());
        color(disposer, colorPicker, color, form.colorProperty());
        color(disposer, colorEndPicker, colorEnd, form.colorEndProperty());
        color(disposer, textColorPicker, textColor, form.textColorProperty());
        disposer.bind(contrast.textProperty(), model.contrastText());
        disposer.observe(contrast.textProperty(), text -> {
            contrast.getStyleClass().removeAll(Styles.WARNING, Styles.SUCCESS);
            contrast.getStyleClass().add(model.contrastTooLow() ? Styles.WARNING : Styles.SUCCESS);
        });
        disposer.bind(key.editableProperty(), model.creatingProperty());
        disposer.bind(snippet.textProperty(), model.snippetProperty());
        disposer.bind(previewLink.textProperty(), model.previewLinkProperty());
        disposer.observe(previewLink.textProperty(), text -> {
            previewLink.setVisible(!text.isEmpty());
            previewLink.setManaged(!text.isEmpty());
        });
        disposer.bind(notice.textProperty(), model.noticeProperty());
        disposer.bind(save.disableProperty(), model.busyProperty());
        disposer.bind(openPreview.disableProperty(), model.creatingProperty());
        disposer.bind(delete.disableProperty(), model.creatingProperty());
        disposer.bind(embedTab.disableProperty(), model.creatingProperty());
        disposer.observe(sites.confirmingDeleteProperty(), asking -> {
            confirm.setVisible(asking);
            confirm.setManaged(asking);
            if (asking && sites.selectedProperty().get() != null) {
                confirmText.setText(i18n.get("sites.delete.question", sites.selectedProperty().get().name()));
            }
        });
        texts(disposer);
        position.setConverter(new StringConverter<>() {
            @Override
            public String toString(WidgetLook.Position corner) {
                return corner == null ? "" : i18n.get("sites.position." + corner);
            }

            @Override
            public WidgetLook.Position fromString(String text) {
                return null;
            }
        });
        save.setOnAction(event -> model.save());
        openPreview.setOnAction(event -> model.openPreview());
        delete.setOnAction(event -> sites.askToDelete());
        confirmYes.setOnAction(event -> sites.delete());
        confirmNo.setOnAction(event -> sites.confirmingDeleteProperty().set(false));
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(snippet.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        prechat.activate();
        disposer.onDispose(prechat::deactivate);
    }

    private void texts(Disposer disposer) {
        disposer.bind(generalTab.textProperty(), i18n.text("sites.tab.general"));
        disposer.bind(lookTab.textProperty(), i18n.text("sites.tab.look"));
        disposer.bind(prechatTab.textProperty(), i18n.text("sites.tab.prechat"));
        disposer.bind(embedTab.textProperty(), i18n.text("sites.tab.embed"));
        disposer.bind(originsHint.textProperty(), i18n.text("sites.origins.hint"));
        disposer.bind(typingPreview.textProperty(), i18n.text("sites.typingPreview.on"));
        disposer.bind(typingDisclosure.textProperty(), i18n.text("sites.typingPreview.disclosure"));
        disposer.bind(snippetHint.textProperty(), i18n.text("sites.embed.hint"));
        disposer.bind(copy.textProperty(), i18n.text("sites.embed.copy"));
        disposer.bind(save.textProperty(), i18n.text("sites.save"));
        disposer.bind(openPreview.textProperty(), i18n.text("sites.preview.open"));
        disposer.bind(delete.textProperty(), i18n.text("sites.delete"));
        disposer.bind(confirmYes.textProperty(), i18n.text("sites.delete.yes"));
        disposer.bind(confirmNo.textProperty(), i18n.text("sites.delete.no"));
    }

    /** A colour as a picker and as #rrggbb text, both on {@code value}; text that is not a colour yet leaves the picker as it was. */
    private static void color(Disposer disposer, ColorPicker picker, TextField text, StringProperty value) {
        both(disposer, text.textProperty(), value);
        disposer.observe(value, hex -> {
            if (WidgetColors.isColor(hex)) {
                picker.setValue(Color.web(hex));
            }
        });
        picker.setOnAction(event -> {
            Color chosen = picker.getValue();
            String hex = String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(chosen.getRed() * 255), Math.round(chosen.getGreen() * 255),
                    Math.round(chosen.getBlue() * 255));
            if (!hex.equalsIgnoreCase(value.get())) {
                value.set(hex);
            }
        });
        disposer.onDispose(() -> picker.setOnAction(null));
    }

    private static <T> void both(Disposer disposer, Property<T> control, Property<T> value) {
        control.bindBidirectional(value);
        disposer.onDispose(() -> control.unbindBidirectional(value));
    }

    private static Node colorRow(ColorPicker picker, TextField text) {
        picker.setId(text.getId() + "Picker");
        // the swatch only: the #rrggbb beside it says the value
        picker.setStyle("-fx-color-label-visible: false;");
        text.setPrefColumnCount(8);
        return new HBox(8, picker, text);
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        return pane;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private static TextArea area(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }

    private static Label hint() {
        Label label = new Label();
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
