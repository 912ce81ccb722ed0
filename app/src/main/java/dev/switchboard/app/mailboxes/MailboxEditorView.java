package dev.switchboard.app.mailboxes;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.Choices;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.admin.VersionedEditorPane;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.mail.MailboxRules;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The form of one mailbox, each refusal under its field. The passwords are {@link PasswordField}s
 * that start empty: their prompt says whether one is stored and that leaving it empty keeps it;
 * under each, while one is stored, "remove the stored password". "Test connection" under the SMTP
 * settings tries what the form holds and shows a line per server.
 */
final class MailboxEditorView extends View<BorderPane> {

    private final MailboxEditorViewModel model;
    private final I18n i18n;
    private final VersionedEditorPane pane;
    private final TextField name = field("mailboxName");
    private final TextField address = field("mailboxAddress");
    private final CheckBox enabled = check("mailboxEnabled");
    private final ComboBox<Group> group = new ComboBox<>();
    private final TextField imapHost = field("mailboxImapHost");
    private final TextField imapPort = field("mailboxImapPort");
    private final CheckBox imapTls = check("mailboxImapTls");
    private final TextField imapUser = field("mailboxImapUser");
    private final PasswordField imapPassword = password("mailboxImapPassword");
    private final CheckBox removeImapPassword = check("mailboxImapPasswordRemove");
    private final TextField imapFolder = field("mailboxImapFolder");
    private final TextField smtpHost = field("mailboxSmtpHost");
    private final TextField smtpPort = field("mailboxSmtpPort");
    private final CheckBox smtpTls = check("mailboxSmtpTls");
    private final TextField smtpUser = field("mailboxSmtpUser");
    private final PasswordField smtpPassword = password("mailboxSmtpPassword");
    private final CheckBox removeSmtpPassword = check("mailboxSmtpPasswordRemove");
    private final Button test = new Button(null, new FontIcon(Material2AL.CHECK_CIRCLE_OUTLINE));
    private final Label imapResult = result("mailboxTestImap");
    private final Label smtpResult = result("mailboxTestSmtp");
    private final TextField pollSeconds = field("mailboxPollSeconds");
    private final TextField autoReplies = field("mailboxAutoReplies");
    private final ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList(MailboxRules.LANGUAGES));

    MailboxEditorView(MailboxEditorViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.pane = new VersionedEditorPane(model, "mailboxes", "mailboxEditor", "mailboxSave");
        group.setId("mailboxGroup");
        group.setMaxWidth(Double.MAX_VALUE);
        language.setId("mailboxLanguage");
        language.setMaxWidth(Double.MAX_VALUE);
        test.setId("mailboxTest");
        test.setOnAction(event -> model.testConnection());
        // who it is, then where it reads, then where it sends, then how often and how much
        pane.form().row("mailboxes.field.name", name, "name")
                .row("mailboxes.field.address", address, "address")
                .row("mailboxes.field.enabled", enabled, "enabled")
                .row("mailboxes.field.group", group, "groupId")
                .row("mailboxes.field.imapHost", imapHost, "imapHost")
                .row("mailboxes.field.imapPort", imapPort, "imapPort")
                .row("mailboxes.field.imapTls", imapTls, "imapTls")
                .row("mailboxes.field.imapUser", imapUser, "imapUser")
                .row("mailboxes.field.imapPassword", new VBox(4, imapPassword, removeImapPassword), "imapPassword")
                .row("mailboxes.field.imapFolder", imapFolder, "imapFolder")
                .row("mailboxes.field.smtpHost", smtpHost, "smtpHost")
                .row("mailboxes.field.smtpPort", smtpPort, "smtpPort")
                .row("mailboxes.field.smtpTls", smtpTls, "smtpTls")
                .row("mailboxes.field.smtpUser", smtpUser, "smtpUser")
                .row("mailboxes.field.smtpPassword", new VBox(4, smtpPassword, removeSmtpPassword), "smtpPassword")
                .row("mailboxes.field.test", new VBox(4, test, imapResult, smtpResult), null)
                .row("mailboxes.field.pollSeconds", pollSeconds, "pollSeconds")
                .row("mailboxes.field.autoReplies", autoReplies, "autoRepliesPerHour")
                .row("mailboxes.field.language", language, "language");
    }

    @Override
    public BorderPane root() {
        return pane.root();
    }

    @Override
    protected void onActivate(Disposer disposer) {
        pane.bind(disposer, i18n);
        disposer.bind(enabled.textProperty(), i18n.text("mailboxes.enabled.on"));
        disposer.bind(imapTls.textProperty(), i18n.text("mailboxes.tls.on"));
        disposer.bind(smtpTls.textProperty(), i18n.text("mailboxes.tls.on"));
        disposer.bind(smtpUser.promptTextProperty(), i18n.text("mailboxes.smtpUser.prompt"));
        disposer.bind(pollSeconds.promptTextProperty(), i18n.text("mailboxes.default"));
        disposer.bind(autoReplies.promptTextProperty(), i18n.text("mailboxes.default"));
        passwordPrompt(disposer, imapPassword, model.imapPasswordSetProperty(), model.removeImapPasswordProperty());
        passwordPrompt(disposer, smtpPassword, model.smtpPasswordSetProperty(), model.removeSmtpPasswordProperty());
        disposer.bind(removeImapPassword.textProperty(), i18n.text("mailboxes.password.remove"));
        disposer.bind(removeSmtpPassword.textProperty(), i18n.text("mailboxes.password.remove"));
        shownWhile(disposer, removeImapPassword, model.imapPasswordSetProperty());
        shownWhile(disposer, removeSmtpPassword, model.smtpPasswordSetProperty());
        disposer.bindBidirectional(removeImapPassword.selectedProperty(), model.removeImapPasswordProperty());
        disposer.bindBidirectional(removeSmtpPassword.selectedProperty(), model.removeSmtpPasswordProperty());
        MailboxConnectionCheck check = model.connectionCheck();
        disposer.bind(test.textProperty(), i18n.text("mailboxes.test"));
        disposer.bind(test.disableProperty(), model.busyProperty().or(check.runningProperty()));
        EditorForm.showMessage(disposer, imapResult, check.imapProperty());
        EditorForm.showMessage(disposer, smtpResult, check.smtpProperty());
        colour(disposer, imapResult, check.imapVerdictProperty());
        colour(disposer, smtpResult, check.smtpVerdictProperty());

        disposer.bindBidirectional(name.textProperty(), model.nameProperty());
        disposer.bindBidirectional(address.textProperty(), model.addressProperty());
        disposer.bindBidirectional(enabled.selectedProperty(), model.enabledProperty());
        disposer.bindBidirectional(group.valueProperty(), model.groupProperty());
        disposer.bindBidirectional(imapHost.textProperty(), model.imapHostProperty());
        disposer.bindBidirectional(imapPort.textProperty(), model.imapPortProperty());
        disposer.bindBidirectional(imapTls.selectedProperty(), model.imapTlsProperty());
        disposer.bindBidirectional(imapUser.textProperty(), model.imapUserProperty());
        disposer.bindBidirectional(imapPassword.textProperty(), model.imapPasswordProperty());
        disposer.bindBidirectional(imapFolder.textProperty(), model.imapFolderProperty());
        disposer.bindBidirectional(smtpHost.textProperty(), model.smtpHostProperty());
        disposer.bindBidirectional(smtpPort.textProperty(), model.smtpPortProperty());
        disposer.bindBidirectional(smtpTls.selectedProperty(), model.smtpTlsProperty());
        disposer.bindBidirectional(smtpUser.textProperty(), model.smtpUserProperty());
        disposer.bindBidirectional(smtpPassword.textProperty(), model.smtpPasswordProperty());
        disposer.bindBidirectional(pollSeconds.textProperty(), model.pollSecondsProperty());
        disposer.bindBidirectional(autoReplies.textProperty(), model.autoRepliesPerHourProperty());
        disposer.bindBidirectional(language.valueProperty(), model.languageProperty());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null ? "" : i18n.get("mailboxes.language." + tag);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        Choices.groupsOrNone(disposer, i18n, group, model.team(), model.groupProperty(), "mailboxes.group.none");
        for (Control control : new Control[] {name, address, enabled, group, imapHost, imapPort, imapTls, imapUser, removeImapPassword,
                imapFolder, smtpHost, smtpPort, smtpTls, smtpUser, removeSmtpPassword, pollSeconds, autoReplies, language, pane.save()}) {
            disposer.bind(control.disableProperty(), model.busyProperty());
        }
        // a password being removed is not typed
        disposer.bind(imapPassword.disableProperty(), model.busyProperty().or(model.removeImapPasswordProperty()));
        disposer.bind(smtpPassword.disableProperty(), model.busyProperty().or(model.removeSmtpPasswordProperty()));
    }

    /** The prompt says whether a password is stored and that an empty field keeps it, or that it is being removed. */
    private void passwordPrompt(Disposer disposer, PasswordField field, ReadOnlyBooleanProperty stored, BooleanProperty removing) {
        disposer.bind(field.promptTextProperty(), i18n.text(() -> i18n.get(removing.get() && stored.get() ? "mailboxes.password.removing"
                : stored.get() ? "mailboxes.password.keep" : "mailboxes.password.none"), stored, removing));
    }

    /** Only a stored password can be removed. */
    private static void shownWhile(Disposer disposer, CheckBox box, ReadOnlyBooleanProperty stored) {
        disposer.observe(stored, now -> {
            box.setVisible(Boolean.TRUE.equals(now));
            box.setManaged(Boolean.TRUE.equals(now));
        });
    }

    /** A test's line in the success or the danger colour. */
    private static void colour(Disposer disposer, Label line, ReadOnlyObjectProperty<MailboxConnectionCheck.Verdict> verdict) {
        disposer.observe(verdict, now -> {
            line.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (now == MailboxConnectionCheck.Verdict.OK) {
                line.getStyleClass().add(Styles.SUCCESS);
            } else if (now == MailboxConnectionCheck.Verdict.FAILED) {
                line.getStyleClass().add(Styles.DANGER);
            }
        });
    }

    private static Label result(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setVisible(false);
        label.setManaged(false);
        return label;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private static PasswordField password(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        return field;
    }

    private static CheckBox check(String id) {
        CheckBox box = new CheckBox();
        box.setId(id);
        return box;
    }
}
