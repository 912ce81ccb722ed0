package dev.switchboard.app.settings;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.AppTheme;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Language, theme and notification sound. */
public final class SettingsView extends View<VBox> {

    private final SettingsViewModel model;
    private final Runnable close;
    private final VBox root = new VBox(20);
    private final Label title = new Label();
    private final Label languageLabel = new Label();
    private final ComboBox<Language> languageChoice = new ComboBox<>();
    private final Label themeLabel = new Label();
    private final ToggleGroup themeGroup = new ToggleGroup();
    private final ToggleButton lightButton = new ToggleButton(null, new FontIcon(Material2MZ.WB_SUNNY));
    private final ToggleButton darkButton = new ToggleButton(null, new FontIcon(Material2AL.BRIGHTNESS_3));
    private final Label soundLabel = new Label();
    private final ToggleSwitch soundSwitch = new ToggleSwitch();
    private final Button closeButton = new Button();

    public SettingsView(SettingsViewModel model, Runnable close) {
        this.model = model;
        this.close = close;
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("settingsPage");
        root.setPrefWidth(440);
        root.setPadding(new Insets(24));
        title.getStyleClass().add(Styles.TITLE_3);

        languageChoice.setId("settingsLanguage");
        languageChoice.getItems().setAll(model.languages());
        languageChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language language) {
                return language == null ? "" : language.nativeName();
            }

            @Override
            public Language fromString(String text) {
                return null;
            }
        });

        lightButton.setId("themeLight");
        darkButton.setId("themeDark");
        lightButton.getStyleClass().add(Styles.LEFT_PILL);
        darkButton.getStyleClass().add(Styles.RIGHT_PILL);
        lightButton.setToggleGroup(themeGroup);
        darkButton.setToggleGroup(themeGroup);
        lightButton.setUserData(AppTheme.LIGHT);
        darkButton.setUserData(AppTheme.DARK);
        HBox themeChoice = new HBox(lightButton, darkButton);

        soundSwitch.setId("soundSwitch");

        GridPane form = new GridPane();
        form.setHgap(24);
        form.setVgap(16);
        form.addRow(0, languageLabel, languageChoice);
        form.addRow(1, themeLabel, themeChoice);
        form.addRow(2, soundLabel, soundSwitch);

        closeButton.setId("settingsClose");
        closeButton.setDefaultButton(true);
        closeButton.setCancelButton(true);
        closeButton.setOnAction(event -> close.run());
        HBox buttons = new HBox(closeButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        root.getChildren().addAll(title, form, buttons);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        model.activate();
        disposer.onDispose(model::deactivate);
        disposer.bind(title.textProperty(), i18n.text("settings.title"));
        disposer.bind(languageLabel.textProperty(), i18n.text("settings.language"));
        disposer.bind(themeLabel.textProperty(), i18n.text("settings.theme"));
        disposer.bind(lightButton.textProperty(), i18n.text("settings.theme.light"));
        disposer.bind(darkButton.textProperty(), i18n.text("settings.theme.dark"));
        disposer.bind(soundLabel.textProperty(), i18n.text("settings.sound"));
        disposer.bind(closeButton.textProperty(), i18n.text("settings.close"));

        languageChoice.valueProperty().bindBidirectional(model.languageProperty());
        soundSwitch.selectedProperty().bindBidirectional(model.soundProperty());
        disposer.onDispose(() -> {
            languageChoice.valueProperty().unbindBidirectional(model.languageProperty());
            soundSwitch.selectedProperty().unbindBidirectional(model.soundProperty());
        });
        disposer.observe(model.themeProperty(), theme ->
                themeGroup.selectToggle(theme == AppTheme.DARK ? darkButton : lightButton));
        disposer.listen(themeGroup.selectedToggleProperty(), (observable, before, now) -> {
            if (now == null) {
                // A pill pair always has one side chosen: clicking the chosen one keeps it.
                themeGroup.selectToggle(before);
            } else {
                model.themeProperty().set((AppTheme) now.getUserData());
            }
        });
    }
}
