package dev.switchboard.app.login;

import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.session.Session;
import dev.switchboard.app.settings.Language;
import dev.switchboard.app.settings.SettingsService;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State and actions of the login window. Signing in runs in the background; the typed values are
 * never touched by a failure, so the agent corrects rather than retypes. FX thread.
 */
public final class LoginViewModel {

    /** The sign-in call, e.g. {@code SignInService::signIn}. */
    @FunctionalInterface
    public interface SignIn {
        CompletableFuture<Session> signIn(ServerUrl server, String login, String password);
    }

    /** Receives the new session, and whether to remember server and login. */
    @FunctionalInterface
    public interface SignedIn {
        void signedIn(Session session, boolean rememberLogin);
    }

    private final SignIn signIn;
    private final Executor fx;
    private final I18n i18n;
    private final SettingsService settings;
    private final SignedIn signedIn;

    private final StringProperty server = new SimpleStringProperty(ServerUrl.DEFAULT);
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<LoginError> error = new ReadOnlyObjectWrapper<>();
    private final StringBinding errorText;
    private final BooleanBinding canSubmit;
    private final BooleanBinding canRetry;

    public LoginViewModel(SignIn signIn, Executor fx, I18n i18n, SettingsService settings, SignedIn signedIn) {
        this.signIn = signIn;
        this.fx = fx;
        this.i18n = i18n;
        this.settings = settings;
        this.signedIn = signedIn;
        this.errorText = i18n.text(() -> error.get() == null ? "" : error.get().message(i18n), error);
        this.canSubmit = busy.not();
        this.canRetry = Bindings.createBooleanBinding(() -> !busy.get() && error.get() != null && error.get().retryable(),
                busy, error);
    }

    /** Fills the form, e.g. with the remembered or the just-rejected account. */
    public void prefill(String serverText, String loginText, boolean rememberLogin) {
        if (serverText != null && !serverText.isBlank()) {
            server.set(serverText);
        }
        if (loginText != null) {
            login.set(loginText);
        }
        remember.set(rememberLogin);
    }

    /** Shows why the agent is here again (e.g. the session ended). */
    public void showError(LoginError reason) {
        error.set(reason);
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        String typedServer = server.get() == null ? "" : server.get().strip();
        String typedLogin = login.get() == null ? "" : login.get().strip();
        String typedPassword = password.get() == null ? "" : password.get();
        if (typedServer.isEmpty() || typedLogin.isEmpty() || typedPassword.isEmpty()) {
            error.set(LoginError.of(LoginError.Kind.MISSING_FIELDS));
            return;
        }
        ServerUrl url;
        try {
            url = ServerUrl.parse(typedServer);
        } catch (IllegalArgumentException e) {
            error.set(LoginError.of(LoginError.Kind.INVALID_SERVER, typedServer));
            return;
        }
        busy.set(true);
        error.set(null);
        boolean rememberLogin = remember.get();
        signIn.signIn(url, typedLogin, typedPassword).whenCompleteAsync((session, failure) -> {
            busy.set(false);
            if (failure != null) {
                error.set(LoginError.from(failure, url.toString()));
            } else {
                password.set("");
                signedIn.signedIn(session, rememberLogin);
            }
        }, fx);
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    public Language language() {
        return settings.settings().language();
    }

    public void selectLanguage(Language language) {
        settings.update(settings.settings().withLanguage(language));
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LoginError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public StringBinding errorText() {
        return errorText;
    }

    public BooleanBinding canSubmit() {
        return canSubmit;
    }

    public BooleanBinding canRetry() {
        return canRetry;
    }

    public I18n i18n() {
        return i18n;
    }
}
