package dev.switchboard.app.sites;

import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.sites.WidgetColors;
import dev.switchboard.shared.sites.WidgetLook;
import dev.switchboard.shared.visitors.PrechatField.FieldType;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The widget as a visitor will see it, drawn with JavaFX controls from what the editor holds and
 * redrawn as the administrator types: the window with its coloured header, the greeting (or the
 * offline message), the pre-chat form, and the launcher in its corner, at half the page's scale of
 * its offsets. The real widget is one click away ("Open preview in browser"); this one is for
 * seeing each change at once without a browser on the classpath.
 */
final class WidgetPreviewView extends View<StackPane> {

    private static final String PAGE_STYLE = "-fx-background-color: #eef2f7; -fx-background-radius: 8; -fx-border-color: #d1d5db; -fx-border-radius: 8;";

    private final SiteEditorViewModel model;
    private final StackPane root = new StackPane();
    private final Pane page = new Pane();
    private final VBox window = new VBox();
    private final VBox header = new VBox(2);
    private final Label title = new Label();
    private final Label status = new Label();
    private final Label greeting = new Label();
    private final Label lead = new Label();
    private final VBox fields = new VBox(8);
    private final Label start = new Label();
    private final Label privacy = new Label();
    private final VBox formCard = new VBox(10, lead, fields, start);
    private final HBox launcher = new HBox();
    private final Label launcherText = new Label();

    WidgetPreviewView(SiteEditorViewModel model) {
        this.model = model;
        root.setId("sitePreview");
        page.setStyle(PAGE_STYLE);
        page.setPrefSize(300, 560);
        page.setMinSize(300, 560);
        page.setMaxSize(300, 560);
        header.setId("sitePreviewHeader");
        header.setPadding(new Insets(12, 14, 12, 14));
        title.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        status.setStyle("-fx-font-size: 11px;");
        header.getChildren().setAll(title, status);
        greeting.setId("sitePreviewGreeting");
        greeting.setWrapText(true);
        greeting.setMaxWidth(Double.MAX_VALUE);
        greeting.setAlignment(Pos.CENTER);
        greeting.setStyle("-fx-text-fill: #6b7280; -fx-font-size: 12px; -fx-text-alignment: center;");
        lead.setWrapText(true);
        lead.setStyle("-fx-text-fill: #374151; -fx-font-size: 12px;");
        fields.setId("sitePreviewFields");
        start.setId("sitePreviewStart");
        start.setMaxWidth(Double.MAX_VALUE);
        start.setAlignment(Pos.CENTER);
        start.setPadding(new Insets(8));
        formCard.setPadding(new Insets(12));
        formCard.setStyle("-fx-background-color: white; -fx-background-radius: 12;");
        privacy.setWrapText(true);
        privacy.setStyle("-fx-font-size: 10px; -fx-text-fill: #6b7280;");
        VBox body = new VBox(12, greeting, formCard, privacy);
        body.setPadding(new Insets(12));
        VBox.setVgrow(body, Priority.ALWAYS);
        window.getChildren().setAll(header, body);
        window.setPrefWidth(240);
        window.setStyle("-fx-background-color: #f6f7fb; -fx-background-radius: 14; -fx-effect: dropshadow(gaussian, rgba(15,23,42,0.25), 18, 0, 0, 6);");
        launcher.setId("sitePreviewLauncher");
        launcher.setAlignment(Pos.CENTER);
        launcher.setPadding(new Insets(8, 16, 8, 16));
        launcher.getChildren().setAll(launcherText);
        launcherText.setStyle("-fx-font-weight: bold; -fx-font-size: 12px;");
        page.getChildren().setAll(window, launcher);
        root.getChildren().setAll(page);
        root.setPadding(new Insets(8));
    }

    @Override
    public StackPane root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        SiteForm form = model.form();
        Observable[] inputs = {form.colorProperty(), form.colorEndProperty(), form.textColorProperty(), form.positionProperty(),
            form.offsetXProperty(), form.offsetYProperty(), form.greetingZhProperty(), form.greetingEnProperty(), form.offlineZhProperty(),
            form.offlineEnProperty(), form.typingPreviewProperty(), form.fields(), model.previewEnglishProperty(), model.previewOfflineProperty()};
        for (Observable input : inputs) {
            disposer.invalidated(input, changed -> redraw());
        }
        disposer.invalidated(window.heightProperty(), changed -> place());
        disposer.invalidated(launcher.widthProperty(), changed -> place());
        redraw();
    }

    private void redraw() {
        SiteForm form = model.form();
        boolean english = model.previewEnglishProperty().get();
        boolean offline = model.previewOfflineProperty().get();
        String on = valid(form.textColorProperty().get(), WidgetLook.DEFAULT.textColor());
        String from = valid(form.colorProperty().get(), WidgetLook.DEFAULT.color());
        String to = valid(form.colorEndProperty().get(), from);
        String gradient = "linear-gradient(to bottom right, " + from + ", " + to + ")";
        header.setStyle("-fx-background-color: " + gradient + "; -fx-background-radius: 14 14 0 0;");
        title.setStyle("-fx-font-size: 15px; -fx-font-weight: bold; -fx-text-fill: " + on + ";");
        status.setStyle("-fx-font-size: 11px; -fx-text-fill: " + on + ";");
        title.setText(WidgetTexts.get(english, "title"));
        status.setText(WidgetTexts.get(english, offline ? "offline" : "online"));
        String ownGreeting = (english ? form.greetingEnProperty() : form.greetingZhProperty()).get();
        greeting.setText(ownGreeting.isBlank() ? WidgetTexts.get(english, "hi") : ownGreeting.strip());
        String ownOffline = (english ? form.offlineEnProperty() : form.offlineZhProperty()).get();
        lead.setText(offline ? (ownOffline.isBlank() ? WidgetTexts.get(english, "introLeave") : ownOffline.strip()) : WidgetTexts.get(english, "intro"));
        start.setText(WidgetTexts.get(english, offline ? "next" : "start"));
        start.setStyle("-fx-background-color: " + gradient + "; -fx-background-radius: 8; -fx-text-fill: " + on + "; -fx-font-weight: bold;");
        fields.getChildren().clear();
        form.fields().forEach(field -> fields.getChildren().add(fieldNode(field, english)));
        formCard.setVisible(!form.fields().isEmpty());
        formCard.setManaged(!form.fields().isEmpty());
        privacy.setText(WidgetTexts.get(english, "privacy"));
        privacy.setVisible(form.typingPreviewProperty().get() && form.fields().isEmpty());
        privacy.setManaged(privacy.isVisible());
        String launcherColors = offline ? "linear-gradient(to bottom right, #475569, #334155)" : gradient;
        launcher.setStyle("-fx-background-color: " + launcherColors + "; -fx-background-radius: 20;");
        launcherText.setStyle("-fx-font-weight: bold; -fx-font-size: 12px; -fx-text-fill: " + (offline ? "white" : on) + ";");
        launcherText.setText(WidgetTexts.get(english, offline ? "leave" : "chat"));
        place();
    }

    /** The window above the launcher, both in the chosen corner, offsets at half scale (the page here is about half a screen). */
    private void place() {
        SiteForm form = model.form();
        boolean left = form.positionProperty().get() == WidgetLook.Position.BOTTOM_LEFT;
        double x = Math.max(0, Math.min(300, form.offsetXProperty().get())) / 2.0;
        double y = Math.max(0, Math.min(300, form.offsetYProperty().get())) / 2.0;
        double launcherWidth = launcher.prefWidth(-1);
        double launcherHeight = launcher.prefHeight(-1);
        double windowWidth = window.getPrefWidth();
        double windowHeight = window.prefHeight(windowWidth);
        launcher.resizeRelocate(left ? x : page.getPrefWidth() - x - launcherWidth, page.getPrefHeight() - y - launcherHeight,
                launcherWidth, launcherHeight);
        double windowTop = Math.max(4, page.getPrefHeight() - y - launcherHeight - 12 - windowHeight);
        window.resizeRelocate(left ? x : page.getPrefWidth() - x - windowWidth, windowTop, windowWidth, windowHeight);
    }

    private static Node fieldNode(FieldDraft field, boolean english) {
        String text = english || field.labelZhProperty().get().isBlank() ? field.labelProperty().get() : field.labelZhProperty().get();
        Label label = new Label(text + (field.requiredProperty().get() ? " *" : " (" + WidgetTexts.get(english, "optional") + ")"));
        label.setStyle("-fx-font-size: 11px; -fx-font-weight: bold; -fx-text-fill: #374151;");
        Region input;
        FieldType type = field.typeProperty().get();
        if (type != null && type.isChoice()) {
            ComboBox<String> choice = new ComboBox<>();
            choice.setPromptText(WidgetTexts.get(english, "choose"));
            choice.getItems().setAll(field.optionsProperty().get().lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
            choice.setMaxWidth(Double.MAX_VALUE);
            input = choice;
        } else if (type == FieldType.TEXT) {
            TextArea area = new TextArea();
            area.setPrefRowCount(2);
            input = area;
        } else {
            input = new TextField();
        }
        input.setFocusTraversable(false);
        input.setId("sitePreviewField-" + field.keyProperty().get());
        VBox box = new VBox(3, label, input);
        box.setMouseTransparent(type == null || !type.isChoice());
        return box;
    }

    private static String valid(String color, String fallback) {
        return WidgetColors.isColor(color) ? color : fallback;
    }
}
