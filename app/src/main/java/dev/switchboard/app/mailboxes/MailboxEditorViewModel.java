package dev.switchboard.app.mailboxes;

import dev.switchboard.app.admin.VersionedEditor;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.mail.Mailbox;
import dev.switchboard.shared.mail.MailboxRules;
import dev.switchboard.shared.mail.NewMailbox;
import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form of one mailbox: its name and address, where it is read (IMAP) and sent from (SMTP),
 * the group its tickets go to, how often it is read and how many automatic mails a ticket may get
 * an hour. Passwords are write-only: the form never holds a stored one, an empty field keeps what
 * the backend has (it answers only whether one is set), and only "remove the stored password"
 * removes it (ADR 0046). Checked by the shared rules before sending; refusals next to the fields,
 * everything typed kept; a stale version shows both ({@link VersionedEditor}). "Test connection"
 * tries the settings as typed, without saving them ({@link MailboxConnectionCheck}). FX thread.
 */
public final class MailboxEditorViewModel extends VersionedEditor<Mailbox, NewMailbox> {

    /** The whole-number fields, checked here because the request cannot carry what is not a number. */
    private static final List<String> NUMBERS = List.of("imapPort", "smtpPort", "pollSeconds", "autoRepliesPerHour");

    /** The fields a connection test uses: the shared rules' refusals of the others do not stop a test. */
    private static final Set<String> CONNECTION_FIELDS = Set.of("imapHost", "imapPort", "imapUser", "imapPassword", "imapFolder", "smtpHost",
            "smtpPort", "smtpUser", "smtpPassword");

    private final MailboxesApi api;
    private final I18n i18n;
    private final MailboxWords words;
    private final MailboxConnectionCheck connectionCheck;
    private final ReadOnlyObjectProperty<TeamSnapshot> team;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty imapHost = new SimpleStringProperty("");
    private final StringProperty imapPort = new SimpleStringProperty("");
    private final BooleanProperty imapTls = new SimpleBooleanProperty(true);
    private final StringProperty imapUser = new SimpleStringProperty("");
    private final StringProperty imapPassword = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper imapPasswordSet = new ReadOnlyBooleanWrapper();
    private final BooleanProperty removeImapPassword = new SimpleBooleanProperty();
    private final StringProperty imapFolder = new SimpleStringProperty("");
    private final StringProperty smtpHost = new SimpleStringProperty("");
    private final StringProperty smtpPort = new SimpleStringProperty("");
    private final BooleanProperty smtpTls = new SimpleBooleanProperty(true);
    private final StringProperty smtpUser = new SimpleStringProperty("");
    private final StringProperty smtpPassword = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper smtpPasswordSet = new ReadOnlyBooleanWrapper();
    private final BooleanProperty removeSmtpPassword = new SimpleBooleanProperty();
    private final ObjectProperty<Group> group = new SimpleObjectProperty<>();
    private final StringProperty pollSeconds = new SimpleStringProperty("");
    private final StringProperty autoRepliesPerHour = new SimpleStringProperty("");
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    /** The language of the texts the backend writes into this mailbox's mails ({@link MailboxRules#LANGUAGES}). */
    private final StringProperty language = new SimpleStringProperty(MailboxRules.DEFAULT_LANGUAGE);

    MailboxEditorViewModel(MailboxesApi api, I18n i18n, ReadOnlyObjectProperty<TeamSnapshot> team, Executor fx, Consumer<Mailbox> saved) {
        super(i18n, fx, new Items<>(api::list, api::create, api::replace, Mailbox::id, Mailbox::version), "mailboxes.error.gone", saved);
        this.api = api;
        this.i18n = i18n;
        this.words = new MailboxWords(i18n);
        this.team = team;
        this.connectionCheck = new MailboxConnectionCheck(i18n, fx);
    }

    /** How the last connection test went. */
    public MailboxConnectionCheck connectionCheck() {
        return connectionCheck;
    }

    /**
     * Tries the settings as the form has them (a stored mailbox with its stored passwords where the fields are empty),
     * saving nothing; the connection's fields are checked by the shared rules first, and what is typed stays.
     */
    public void testConnection() {
        if (connectionCheck.runningProperty().get()) {
            return;
        }
        Mailbox read = editingProperty().get();
        NewMailbox settings = request(read == null ? null : read.version());
        List<FieldError> wrong = check(settings, false).stream().filter(error -> CONNECTION_FIELDS.contains(error.field())).toList();
        errors().show(wrong);
        if (!wrong.isEmpty()) {
            return;
        }
        connectionCheck.run(read == null ? api.test(settings) : api.test(read.id(), settings), this::testRefused);
    }

    /** Removing the stored IMAP password on save; its field is then not used. */
    public BooleanProperty removeImapPasswordProperty() {
        return removeImapPassword;
    }

    public BooleanProperty removeSmtpPasswordProperty() {
        return removeSmtpPassword;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty imapHostProperty() {
        return imapHost;
    }

    public StringProperty imapPortProperty() {
        return imapPort;
    }

    public BooleanProperty imapTlsProperty() {
        return imapTls;
    }

    public StringProperty imapUserProperty() {
        return imapUser;
    }

    /** A new IMAP password; empty keeps the stored one. */
    public StringProperty imapPasswordProperty() {
        return imapPassword;
    }

    /** Whether the backend has an IMAP password for the mailbox read. */
    public ReadOnlyBooleanProperty imapPasswordSetProperty() {
        return imapPasswordSet.getReadOnlyProperty();
    }

    public StringProperty imapFolderProperty() {
        return imapFolder;
    }

    public StringProperty smtpHostProperty() {
        return smtpHost;
    }

    public StringProperty smtpPortProperty() {
        return smtpPort;
    }

    public BooleanProperty smtpTlsProperty() {
        return smtpTls;
    }

    public StringProperty smtpUserProperty() {
        return smtpUser;
    }

    /** A new SMTP password; empty keeps the stored one. */
    public StringProperty smtpPasswordProperty() {
        return smtpPassword;
    }

    public ReadOnlyBooleanProperty smtpPasswordSetProperty() {
        return smtpPasswordSet.getReadOnlyProperty();
    }

    public ObjectProperty<Group> groupProperty() {
        return group;
    }

    public StringProperty pollSecondsProperty() {
        return pollSeconds;
    }

    public StringProperty autoRepliesPerHourProperty() {
        return autoRepliesPerHour;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ReadOnlyObjectProperty<TeamSnapshot> team() {
        return team;
    }

    @Override
    protected void fill(Mailbox box) {
        name.set(box == null ? "" : box.name());
        address.set(box == null ? "" : box.address());
        imapHost.set(box == null ? "" : box.imapHost());
        imapPort.set(box == null ? "993" : Integer.toString(box.imapPort()));
        imapTls.set(box == null || box.imapTls());
        imapUser.set(box == null ? "" : box.imapUser());
        imapPasswordSet.set(box != null && box.imapPasswordSet());
        imapFolder.set(box == null ? MailboxRules.DEFAULT_FOLDER : box.imapFolder());
        smtpHost.set(box == null ? "" : box.smtpHost());
        smtpPort.set(box == null ? "465" : Integer.toString(box.smtpPort()));
        smtpTls.set(box == null || box.smtpTls());
        smtpUser.set(box == null || box.smtpUser() == null ? "" : box.smtpUser());
        smtpPasswordSet.set(box != null && box.smtpPasswordSet());
        // a password is never read back: the fields start empty, meaning "keep the stored one"
        imapPassword.set("");
        smtpPassword.set("");
        removeImapPassword.set(false);
        removeSmtpPassword.set(false);
        connectionCheck.clear();
        group.set(box == null || box.groupId() == null ? null : team.get().groups().get(box.groupId()));
        pollSeconds.set(Integer.toString(box == null ? MailboxRules.DEFAULT_POLL_SECONDS : box.pollSeconds()));
        autoRepliesPerHour.set(Integer.toString(box == null ? MailboxRules.DEFAULT_AUTO_REPLIES_PER_HOUR : box.autoRepliesPerHour()));
        enabled.set(box == null || box.enabled());
        language.set(box == null ? MailboxRules.DEFAULT_LANGUAGE : box.language());
    }

    /** Whether the form still shows the mailbox as read (and holds whole numbers where they belong). */
    @Override
    public boolean isUnchanged() {
        return notNumbers().isEmpty() && super.isUnchanged();
    }

    @Override
    protected NewMailbox request(Long version) {
        return new NewMailbox(name.get().strip(), address.get().strip(), imapHost.get().strip(), integer(imapPort.get()), imapTls.get(),
                imapUser.get().strip(), passwordOrKeep(imapPassword.get(), removesImapPassword()), imapFolder.get().strip(), smtpHost.get().strip(),
                integer(smtpPort.get()), smtpTls.get(), smtpUser.get().isBlank() ? null : smtpUser.get().strip(),
                passwordOrKeep(smtpPassword.get(), removesSmtpPassword()), group.get() == null ? null : group.get().id(), integer(pollSeconds.get()),
                integer(autoRepliesPerHour.get()), enabled.get(), version, language.get(), removesImapPassword() ? Boolean.TRUE : null,
                removesSmtpPassword() ? Boolean.TRUE : null);
    }

    @Override
    protected NewMailbox asRequest(Mailbox box) {
        return new NewMailbox(box.name(), box.address(), box.imapHost(), box.imapPort(), box.imapTls(), box.imapUser(), null, box.imapFolder(),
                box.smtpHost(), box.smtpPort(), box.smtpTls(), box.smtpUser(), null, box.groupId(), box.pollSeconds(), box.autoRepliesPerHour(),
                box.enabled(), box.version(), box.language());
    }

    @Override
    protected List<FieldError> check(NewMailbox request, boolean replacing) {
        List<FieldError> wrong = new ArrayList<>(notNumbers());
        MailboxRules.check(request, replacing).stream()
                .filter(error -> wrong.stream().noneMatch(known -> known.field().equals(error.field())))
                .map(words::word).forEach(wrong::add);
        return wrong;
    }

    @Override
    protected FieldError word(FieldError error) {
        return words.word(error);
    }

    @Override
    protected String describe(NewMailbox request) {
        TeamSnapshot snapshot = team.get();
        return words.describe(request, snapshot == null ? Map.of() : snapshot.groups());
    }

    /** The whole-number fields that hold something else (a blank poll interval or cap takes the backend's default). */
    private List<FieldError> notNumbers() {
        List<FieldError> wrong = new ArrayList<>();
        List<StringProperty> values = List.of(imapPort, smtpPort, pollSeconds, autoRepliesPerHour);
        for (int i = 0; i < NUMBERS.size(); i++) {
            String value = values.get(i).get();
            if (value != null && !value.isBlank() && !value.strip().matches("\\d{1,9}")) {
                wrong.add(new FieldError(NUMBERS.get(i), i18n.get("mailboxes.error.number")));
            }
        }
        return wrong;
    }

    /** An empty password field keeps the stored password (null); a password being removed is not sent, whatever the field holds. */
    private static String passwordOrKeep(String typed, boolean removing) {
        return removing || typed == null || typed.isEmpty() ? null : typed;
    }

    /** Only a stored password can be removed: the box is shown while one is. */
    private boolean removesImapPassword() {
        return removeImapPassword.get() && imapPasswordSet.get();
    }

    private boolean removesSmtpPassword() {
        return removeSmtpPassword.get() && smtpPasswordSet.get();
    }

    /** The backend refused the test's settings (at their fields) or could not be asked; what is typed stays. */
    private void testRefused(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ProblemException problem && problem.problem().errors() != null && !problem.problem().errors().isEmpty()) {
            errors().show(problem.problem().errors().stream().map(words::word).toList());
        } else {
            errors().show(failure);
        }
    }

    private static Integer integer(String value) {
        return value == null || !value.strip().matches("\\d{1,9}") ? null : Integer.valueOf(value.strip());
    }
}
