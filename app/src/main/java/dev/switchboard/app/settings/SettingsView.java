package dev.switchboard.app.settings;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.AppTheme;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import javafx.beans.property.Property;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Language, theme, notification sound, one's password, which chat events notify, and the visitor notices and invitation text. */
public final class SettingsView extends View<VBox> {

    private final SettingsViewModel model;
    private final ChangePasswordView password;
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
    private final Label visitorsTitle = new Label();
    private final Label returningLabel = new Label();
    private final ToggleSwitch returningSwitch = new ToggleSwitch();
    private final Label vipLabel = new Label();
    private final ToggleSwitch vipSwitch = new ToggleSwitch();
    private final Label vipMarkerLabel = new Label();
    private final TextField vipMarkerField = new TextField();
    private final Label vipMarkerHint = new Label();
    private final Label invitationLabel = new Label();
    private final TextArea invitationField = new TextArea();
    private final Label chatsTitle = new Label();
    private final Label newChatsLabel = new Label();
    private final ToggleSwitch newChatsSwitch = new ToggleSwitch();
    private final Label messagesLabel = new Label();
    private final ToggleSwitch messagesSwitch = new ToggleSwitch();
    private final Label transfersLabel = new Label();
    private final ToggleSwitch transfersSwitch = new ToggleSwitch();
    private final Label longWaitLabel = new Label();
    private final ToggleSwitch longWaitSwitch = new ToggleSwitch();
    private final Label longWaitSecondsLabel = new Label();
    private final Spinner<Integer> longWaitSeconds = new Spinner<>(ChatNotifications.MIN_WAIT_SECONDS,
            ChatNotifications.MAX_WAIT_SECONDS, ChatNotifications.DEFAULTS.longWaitSeconds(), 10);
    private final Button closeButton = new Button();

    public SettingsView(SettingsViewModel model, ChangePasswordView password, Runnable close) {
        this.model = model;
        this.password = password;
        this.close = close;
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("settingsPage");
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
        // texts keep their length in both languages (the window is as wide as they need); hints wrap
        for (Label label : new Label[] {languageLabel, themeLabel, soundLabel}) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        lightButton.setMinWidth(Region.USE_PREF_SIZE);
        darkButton.setMinWidth(Region.USE_PREF_SIZE);

        soundSwitch.setId("soundSwitch");

        GridPane form = new GridPane();
        form.setHgap(24);
        form.setVgap(16);
        form.addRow(0, languageLabel, languageChoice);
        form.addRow(1, themeLabel, themeChoice);
        form.addRow(2, soundLabel, soundSwitch);

        visitorsTitle.getStyleClass().add(Styles.TITLE_4);
        // Long labels in both languages: they keep their length, the fields take what is left.
        for (Label label : new Label[] {returningLabel, vipLabel, vipMarkerLabel, invitationLabel}) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        returningSwitch.setId("notifyReturningSwitch");
        vipSwitch.setId("notifyVipSwitch");
        vipMarkerField.setId("vipMarkerField");
        vipMarkerField.setPrefColumnCount(12);
        vipMarkerHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        vipMarkerHint.setWrapText(true);
        vipMarkerHint.setMaxWidth(300);
        vipMarkerHint.setMinHeight(Region.USE_PREF_SIZE);
        invitationField.setId("invitationMessageField");
        invitationField.setWrapText(true);
        invitationField.setPrefRowCount(3);
        invitationField.setPrefColumnCount(24);
        GridPane visitorForm = new GridPane();
        visitorForm.setHgap(24);
        visitorForm.setVgap(16);
        visitorForm.addRow(0, returningLabel, returningSwitch);
        visitorForm.addRow(1, vipLabel, vipSwitch);
        visitorForm.addRow(2, vipMarkerLabel, new VBox(4, vipMarkerField, vipMarkerHint));
        visitorForm.addRow(3, invitationLabel, invitationField);

        chatsTitle.getStyleClass().add(Styles.TITLE_4);
        for (Label label : new Label[] {newChatsLabel, messagesLabel, transfersLabel, longWaitLabel, longWaitSecondsLabel}) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        newChatsSwitch.setId("notifyNewChatsSwitch");
        messagesSwitch.setId("notifyMessagesSwitch");
        transfersSwitch.setId("notifyTransfersSwitch");
        longWaitSwitch.setId("notifyLongWaitSwitch");
        longWaitSeconds.setId("longWaitSeconds");
        longWaitSeconds.setEditable(true);
        longWaitSeconds.setPrefWidth(110);
        longWaitSeconds.setMinWidth(110);
        longWaitSeconds.disableProperty().bind(longWaitSwitch.selectedProperty().not());
        GridPane chatForm = new GridPane();
        chatForm.setHgap(24);
        chatForm.setVgap(16);
        chatForm.addRow(0, newChatsLabel, newChatsSwitch);
        chatForm.addRow(1, messagesLabel, messagesSwitch);
        chatForm.addRow(2, transfersLabel, transfersSwitch);
        chatForm.addRow(3, longWaitLabel, longWaitSwitch);
        chatForm.addRow(4, longWaitSecondsLabel, longWaitSeconds);

        closeButton.setId("settingsClose");
        closeButton.setDefaultButton(true);
        closeButton.setCancelButton(true);
        closeButton.setOnAction(event -> close.run());
        HBox buttons = new HBox(closeButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        // side by side, so that the dialog stays low enough for small screens
        VBox chatSection = new VBox(16, chatsTitle, chatForm);
        VBox visitorSection = new VBox(16, visitorsTitle, visitorForm);
        HBox.setHgrow(visitorSection, Priority.ALWAYS);
        HBox sections = new HBox(32, chatSection, new Separator(Orientation.VERTICAL), visitorSection);
        // the account's password beside the look and feel, keeping the dialog low
        VBox general = new VBox(16, form);
        HBox.setHgrow(general, Priority.ALWAYS);
        HBox top = new HBox(32, general, new Separator(Orientation.VERTICAL), password.root());
        root.getChildren().addAll(title, top, new Separator(), sections, buttons);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        model.activate();
        disposer.onDispose(model::deactivate);
        password.activate();
        disposer.onDispose(password::deactivate);
        disposer.bind(title.textProperty(), i18n.text("settings.title"));
        disposer.bind(languageLabel.textProperty(), i18n.text("settings.language"));
        disposer.bind(themeLabel.textProperty(), i18n.text("settings.theme"));
        disposer.bind(lightButton.textProperty(), i18n.text("settings.theme.light"));
        disposer.bind(darkButton.textProperty(), i18n.text("settings.theme.dark"));
        disposer.bind(soundLabel.textProperty(), i18n.text("settings.sound"));
        disposer.bind(closeButton.textProperty(), i18n.text("settings.close"));
        disposer.bind(visitorsTitle.textProperty(), i18n.text("settings.visitors"));
        disposer.bind(returningLabel.textProperty(), i18n.text("settings.visitors.notifyReturning"));
        disposer.bind(vipLabel.textProperty(), i18n.text("settings.visitors.notifyVip"));
        disposer.bind(vipMarkerLabel.textProperty(), i18n.text("settings.visitors.vipMarker"));
        disposer.bind(vipMarkerHint.textProperty(), i18n.text("settings.visitors.vipMarker.hint"));
        disposer.bind(invitationLabel.textProperty(), i18n.text("settings.visitors.invitationMessage"));
        disposer.bind(invitationField.promptTextProperty(), i18n.text("visitors.invite.defaultMessage"));
        disposer.bind(chatsTitle.textProperty(), i18n.text("settings.chats"));
        disposer.bind(newChatsLabel.textProperty(), i18n.text("settings.chats.notifyNewChats"));
        disposer.bind(messagesLabel.textProperty(), i18n.text("settings.chats.notifyMessages"));
        disposer.bind(transfersLabel.textProperty(), i18n.text("settings.chats.notifyTransfers"));
        disposer.bind(longWaitLabel.textProperty(), i18n.text("settings.chats.notifyLongWait"));
        disposer.bind(longWaitSecondsLabel.textProperty(), i18n.text("settings.chats.longWaitSeconds"));
        bindBoth(disposer, newChatsSwitch.selectedProperty(), model.notifyNewChatsProperty());
        bindBoth(disposer, messagesSwitch.selectedProperty(), model.notifyMessagesProperty());
        bindBoth(disposer, transfersSwitch.selectedProperty(), model.notifyTransfersProperty());
        bindBoth(disposer, longWaitSwitch.selectedProperty(), model.notifyLongWaitProperty());
        bindBoth(disposer, longWaitSeconds.getValueFactory().valueProperty(), model.longWaitSecondsProperty());

        languageChoice.valueProperty().bindBidirectional(model.languageProperty());
        soundSwitch.selectedProperty().bindBidirectional(model.soundProperty());
        returningSwitch.selectedProperty().bindBidirectional(model.notifyReturningProperty());
        vipSwitch.selectedProperty().bindBidirectional(model.notifyVipProperty());
        vipMarkerField.textProperty().bindBidirectional(model.vipMarkerProperty());
        invitationField.textProperty().bindBidirectional(model.invitationMessageProperty());
        disposer.onDispose(() -> {
            languageChoice.valueProperty().unbindBidirectional(model.languageProperty());
            soundSwitch.selectedProperty().unbindBidirectional(model.soundProperty());
            returningSwitch.selectedProperty().unbindBidirectional(model.notifyReturningProperty());
            vipSwitch.selectedProperty().unbindBidirectional(model.notifyVipProperty());
            vipMarkerField.textProperty().unbindBidirectional(model.vipMarkerProperty());
            invitationField.textProperty().unbindBidirectional(model.invitationMessageProperty());
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

    private static <T> void bindBoth(Disposer disposer, Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        disposer.onDispose(() -> control.unbindBidirectional(model));
    }
}
