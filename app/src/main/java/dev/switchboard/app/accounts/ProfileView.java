package dev.switchboard.app.accounts;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.settings.ChangePasswordView;
import java.io.ByteArrayInputStream;
import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.FileChooser;

/** The agent's own profile: their name, their picture, and the password change of the settings. */
final class ProfileView extends View<VBox> {

    static final double AVATAR_SIZE = 96;

    private final ProfileViewModel model;
    private final ChangePasswordView password;
    private final Runnable onClose;
    private final I18n i18n;
    private final VBox root = new VBox(16);
    private final Label title = new Label();
    private final EditorForm form = new EditorForm();
    private final TextField displayName = new TextField();
    private final ImageView picture = new ImageView();
    private final Label noPicture = new Label();
    private final Button choose = new Button();
    private final Button remove = new Button();
    private final Button save = new Button();
    private final Label outcome = new Label();
    private final Button close = new Button();

    ProfileView(ProfileViewModel model, ChangePasswordView password, Runnable onClose) {
        this.model = model;
        this.password = password;
        this.onClose = onClose;
        this.i18n = model.i18n();
        root.setId("profilePage");
        root.setPadding(new Insets(20));
        title.getStyleClass().add(Styles.TITLE_3);
        displayName.setId("profileDisplayName");
        picture.setId("profileAvatar");
        picture.setFitWidth(AVATAR_SIZE);
        picture.setFitHeight(AVATAR_SIZE);
        picture.setClip(new Circle(AVATAR_SIZE / 2, AVATAR_SIZE / 2, AVATAR_SIZE / 2));
        noPicture.setId("profileNoAvatar");
        noPicture.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane frame = new StackPane(noPicture, picture);
        frame.setMinSize(AVATAR_SIZE, AVATAR_SIZE);
        choose.setId("profileChooseAvatar");
        choose.setOnAction(event -> chooseFile());
        remove.setId("profileRemoveAvatar");
        remove.setOnAction(event -> model.removeAvatar());
        HBox avatarRow = new HBox(12, frame, new VBox(8, choose, remove));
        avatarRow.setAlignment(Pos.CENTER_LEFT);
        save.setId("profileSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> model.saveName());
        outcome.setId("profileOutcome");
        outcome.getStyleClass().add(Styles.SUCCESS);
        close.setId("profileClose");
        close.setCancelButton(true);
        close.setOnAction(event -> onClose.run());
        form.row("profile.field.displayName", new HBox(8, displayName, save), "displayName")
                .row("profile.field.avatar", avatarRow, "avatar");
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(title, form.root(), outcome, new Separator(), password.root(), bottom);
    }

    @Override
    public VBox root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        model.activate(disposer);
        password.activate();
        disposer.onDispose(password::deactivate);
        form.bind(disposer, i18n, model.errors());
        disposer.bind(title.textProperty(), i18n.text("profile.title"));
        disposer.bind(choose.textProperty(), i18n.text("profile.chooseAvatar"));
        disposer.bind(remove.textProperty(), i18n.text("profile.removeAvatar"));
        disposer.bind(noPicture.textProperty(), i18n.text("profile.noAvatar"));
        disposer.bind(save.textProperty(), i18n.text("profile.save"));
        disposer.bind(close.textProperty(), i18n.text("profile.close"));
        disposer.bind(outcome.textProperty(), model.outcomeProperty());
        disposer.bind(save.disableProperty(), model.busyProperty());
        disposer.bind(choose.disableProperty(), model.busyProperty());
        displayName.textProperty().bindBidirectional(model.displayNameProperty());
        disposer.onDispose(() -> displayName.textProperty().unbindBidirectional(model.displayNameProperty()));
        disposer.observe(model.avatarProperty(), png -> {
            picture.setImage(png == null ? null : new Image(new ByteArrayInputStream(png)));
            noPicture.setVisible(png == null);
            remove.setDisable(png == null);
        });
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("profile.chooseAvatar"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("profile.pictures"),
                "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            model.useAvatar(file.toPath());
        }
    }
}
