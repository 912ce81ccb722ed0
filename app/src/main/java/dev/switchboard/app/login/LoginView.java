package dev.switchboard.app.login;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.settings.Language;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The login window's content: server, login, password, "remember", and a readable error. */
public final class LoginView extends View<StackPane> {

    private final LoginViewModel model;
    private final StackPane root = new StackPane();
    private final Label title = new Label("Switchboard");
    private final Label subtitle = new Label();
    private final Label serverLabel = new Label();
    private final TextField serverField = new TextField();
    private final Label loginLabel = new Label();
    private final TextField loginField = new TextField();
    private final Label passwordLabel = new Label();
    private final PasswordField passwordField = new PasswordField();
    private final CheckBox rememberBox = new CheckBox();
    private final Label errorLabel = new Label();
    private final Button retryButton = new Button();
    private final Button signInButton = new Button();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final ComboBox<Language> languageChoice = new ComboBox<>();

    public LoginView(LoginViewModel model) {
        this.model = model;
        build();
    }

    @Override
    public StackPane root() {
        return root;
    }

    private void build() {
        title.getStyleClass().add(Styles.TITLE_2);
        title.setGraphic(new FontIcon(Material2AL.HEADSET_MIC));
        title.setGraphicTextGap(10);
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);

        serverField.setId("serverField");
        loginField.setId("loginField");
        passwordField.setId("passwordField");
        rememberBox.setId("rememberBox");
        serverLabel.setLabelFor(serverField);
        loginLabel.setLabelFor(loginField);
        passwordLabel.setLabelFor(passwordField);

        errorLabel.setId("loginError");
        errorLabel.getStyleClass().addAll(Styles.DANGER, "login-error");
        errorLabel.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
        errorLabel.setWrapText(true);
        errorLabel.setMaxWidth(Double.MAX_VALUE);
        retryButton.setId("retryButton");
        retryButton.setGraphic(new FontIcon(Material2MZ.REFRESH));
        retryButton.setOnAction(event -> model.submit());
        HBox errorRow = new HBox(8, errorLabel, retryButton);
        errorRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(errorLabel, Priority.ALWAYS);

        signInButton.setId("signInButton");
        signInButton.getStyleClass().add(Styles.ACCENT);
        signInButton.setDefaultButton(true);
        signInButton.setMaxWidth(Double.MAX_VALUE);
        signInButton.setOnAction(event -> model.submit());
        progress.setPrefSize(16, 16);
        progress.setMaxSize(16, 16);

        languageChoice.setId("languageChoice");
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
        languageChoice.setOnAction(event -> {
            if (languageChoice.getValue() != null) {
                model.selectLanguage(languageChoice.getValue());
            }
        });
        HBox footer = new HBox(languageChoice);
        footer.setAlignment(Pos.CENTER_RIGHT);

        VBox card = new VBox(6,
                title, subtitle, gap(12),
                serverLabel, serverField, gap(4),
                loginLabel, loginField, gap(4),
                passwordLabel, passwordField, gap(4),
                rememberBox, gap(4),
                errorRow, gap(8),
                signInButton, gap(12), footer);
        card.getStyleClass().add("login-card");
        card.setPadding(new Insets(32));
        card.setMaxWidth(420);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.getStyleClass().add("login-root");
        root.setPadding(new Insets(24));
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        disposer.bind(subtitle.textProperty(), i18n.text("login.subtitle"));
        disposer.bind(serverLabel.textProperty(), i18n.text("login.server"));
        disposer.bind(serverField.promptTextProperty(), i18n.text("login.server.prompt"));
        disposer.bind(loginLabel.textProperty(), i18n.text("login.login"));
        disposer.bind(passwordLabel.textProperty(), i18n.text("login.password"));
        disposer.bind(rememberBox.textProperty(), i18n.text("login.remember"));
        disposer.bind(retryButton.textProperty(), i18n.text("login.retry"));
        disposer.bind(signInButton.textProperty(), i18n.text(() -> i18n.get(
                model.busyProperty().get() ? "login.signingIn" : "login.signIn"), model.busyProperty()));

        serverField.textProperty().bindBidirectional(model.serverProperty());
        loginField.textProperty().bindBidirectional(model.loginProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        rememberBox.selectedProperty().bindBidirectional(model.rememberProperty());
        disposer.onDispose(() -> {
            serverField.textProperty().unbindBidirectional(model.serverProperty());
            loginField.textProperty().unbindBidirectional(model.loginProperty());
            passwordField.textProperty().unbindBidirectional(model.passwordProperty());
            rememberBox.selectedProperty().unbindBidirectional(model.rememberProperty());
        });

        disposer.bind(errorLabel.textProperty(), model.errorText());
        disposer.bind(errorLabel.visibleProperty(), model.errorProperty().isNotNull());
        disposer.bind(errorLabel.managedProperty(), model.errorProperty().isNotNull());
        disposer.bind(retryButton.visibleProperty(), model.canRetry());
        disposer.bind(retryButton.managedProperty(), model.canRetry());
        disposer.bind(signInButton.disableProperty(), model.canSubmit().not());
        disposer.observe(model.busyProperty(), busy -> signInButton.setGraphic(busy ? progress : null));
        for (var field : new Control[] {serverField, loginField, passwordField, rememberBox}) {
            disposer.bind(field.disableProperty(), model.busyProperty());
        }
        languageChoice.setValue(model.language());
        // Fields are disabled while signing in, which takes the focus away: give it back where
        // the agent has to correct something.
        disposer.listen(model.busyProperty(), (observable, was, busy) -> {
            if (!busy) {
                Platform.runLater(this::focusAfterError);
            }
        });
        Platform.runLater(this::focusFirstEmptyField);
    }

    private void focusAfterError() {
        LoginError error = model.errorProperty().get();
        if (error == null) {
            return;
        }
        switch (error.fieldToCorrect().orElse(LoginError.Field.LOGIN)) {
            case SERVER -> serverField.requestFocus();
            case PASSWORD -> {
                passwordField.requestFocus();
                passwordField.selectAll();
            }
            case LOGIN -> focusFirstEmptyField();
        }
    }

    private void focusFirstEmptyField() {
        if (serverField.getText() == null || serverField.getText().isBlank()) {
            serverField.requestFocus();
        } else if (loginField.getText() == null || loginField.getText().isBlank()) {
            loginField.requestFocus();
        } else {
            passwordField.requestFocus();
        }
    }

    private static Region gap(double height) {
        Region gap = new Region();
        gap.setMinHeight(height);
        gap.setPrefHeight(height);
        return gap;
    }
}
