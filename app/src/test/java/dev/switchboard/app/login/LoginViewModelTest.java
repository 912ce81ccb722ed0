package dev.switchboard.app.login;

import static dev.switchboard.app.testing.TestData.agent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.net.IncompatibleServerException;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.net.ServerUnreachableException;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.platform.AppTheme;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.ThemeManager;
import dev.switchboard.app.session.Session;
import dev.switchboard.app.settings.ChatNotifications;
import dev.switchboard.app.settings.Language;
import dev.switchboard.app.settings.Settings;
import dev.switchboard.app.settings.SettingsService;
import dev.switchboard.app.settings.SettingsStore;
import dev.switchboard.app.settings.VisitorPreferences;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The login window's logic without a screen: error messages, and nothing typed gets lost. */
class LoginViewModelTest {

    @TempDir
    Path home;
    private CacheDatabase cache;
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private CompletableFuture<Session> answer = new CompletableFuture<>();
    private final List<String> attempts = new ArrayList<>();
    private final List<Session> signedIn = new ArrayList<>();
    private LoginViewModel model;

    @BeforeEach
    void setUp() {
        cache = CacheDatabase.open(home, Clock.systemUTC());
        SettingsService settings = new SettingsService(new SettingsStore(cache), i18n, new ThemeManager(AppTheme.LIGHT),
                new Settings(Language.ENGLISH, AppTheme.LIGHT, false, VisitorPreferences.DEFAULTS, ChatNotifications.DEFAULTS));
        model = new LoginViewModel((server, login, password) -> {
            attempts.add(server + " " + login);
            return answer;
        }, Runnable::run, i18n, settings, (session, remember) -> signedIn.add(session));
        model.serverProperty().set("http://sb.test:8080");
        model.loginProperty().set("alice");
        model.passwordProperty().set("not-her-password");
    }

    @AfterEach
    void tearDown() {
        cache.close();
    }

    private void failWith(Throwable failure) {
        answer = CompletableFuture.failedFuture(failure);
        model.submit();
    }

    private void assertTypedValuesKept() {
        assertThat(model.serverProperty().get()).isEqualTo("http://sb.test:8080");
        assertThat(model.loginProperty().get()).isEqualTo("alice");
        assertThat(model.passwordProperty().get()).isEqualTo("not-her-password");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void wrongPasswordSaysSoAndKeepsWhatWasTyped() {
        failWith(new ProblemException(Problem.of(ProblemType.BAD_CREDENTIALS, "Wrong login or password"), Optional.empty()));

        assertThat(model.errorText().get()).isEqualTo("Wrong login or password.");
        assertThat(model.canRetry().get()).isFalse();
        assertTypedValuesKept();
    }

    @Test
    void throttlingSaysHowLongToWait() {
        failWith(new ProblemException(Problem.of(ProblemType.TOO_MANY_ATTEMPTS, "Too many"),
                Optional.of(Duration.ofSeconds(840))));

        assertThat(model.errorText().get()).isEqualTo("Too many failed attempts. Try again in 14 minutes.");
        assertTypedValuesKept();

        failWith(new ProblemException(Problem.of(ProblemType.TOO_MANY_ATTEMPTS, "Too many"),
                Optional.of(Duration.ofSeconds(30))));
        assertThat(model.errorText().get()).isEqualTo("Too many failed attempts. Try again in 30 seconds.");
    }

    @Test
    void anUnreachableServerOffersARetry() {
        failWith(new ServerUnreachableException("http://sb.test:8080", new ConnectException("Connection refused")));

        assertThat(model.errorText().get()).startsWith("Cannot reach the server at http://sb.test:8080.");
        assertThat(model.canRetry().get()).isTrue();
        assertTypedValuesKept();

        answer = new CompletableFuture<>();
        model.submit();
        assertThat(attempts).hasSize(2);
        assertThat(model.canRetry().get()).as("no retry while signing in").isFalse();
    }

    @Test
    void anIncompatibleServerNamesBothProtocols() {
        failWith(new IncompatibleServerException(2, "2.0.0"));

        assertThat(model.errorText().get()).contains("protocol 2").contains("protocol 1").contains("2.0.0");
        assertTypedValuesKept();
    }

    @Test
    void errorsFollowTheLanguage() {
        failWith(new ProblemException(Problem.of(ProblemType.BAD_CREDENTIALS, "x"), Optional.empty()));

        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(model.errorText().get()).isEqualTo("登录名或密码错误。");
    }

    @Test
    void whileSigningInTheButtonIsDisabledAndASecondSubmitIsIgnored() {
        model.submit();
        model.submit();

        assertThat(model.busyProperty().get()).isTrue();
        assertThat(model.canSubmit().get()).isFalse();
        assertThat(attempts).containsExactly("http://sb.test:8080 alice");

        Session session = new Session(ServerUrl.parse("http://sb.test:8080"), "alice", "tok",
                agent(1, "alice", AgentStatus.ONLINE, 1));
        answer.complete(session);

        assertThat(signedIn).containsExactly(session);
        assertThat(model.passwordProperty().get()).as("the password is not kept after use").isEmpty();
        assertThat(model.errorProperty().get()).isNull();
    }

    @Test
    void anAddressThatIsNoServerIsCaughtBeforeAnyNetwork() {
        model.serverProperty().set("ftp://files");

        model.submit();

        assertThat(attempts).isEmpty();
        assertThat(model.errorText().get()).contains("ftp://files");
        assertThat(model.serverProperty().get()).isEqualTo("ftp://files");
    }

    @Test
    void missingFieldsAreNamed() {
        model.passwordProperty().set("");

        model.submit();

        assertThat(attempts).isEmpty();
        assertThat(model.errorProperty().get().kind()).isEqualTo(LoginError.Kind.MISSING_FIELDS);
    }
}
