package dev.switchboard.app.accounts;

import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.PngEncoder;
import dev.switchboard.app.session.Session;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AvatarRules;
import dev.switchboard.shared.auth.LoginResponse;
import dev.switchboard.shared.auth.LoginRequest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A picture chosen on the profile page (the file chooser's part aside): scaled down in the
 * workstation, kept by a real backend, shown back; a file that is no picture is refused before sending.
 */
class ProfileAvatarTest {

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;

    @BeforeAll
    static void startBackend() throws Exception {
        WorkstationDriver.initToolkit();
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
    }

    @AfterAll
    static void stopBackend() {
        server.close();
    }

    @Test
    void aLargePhotoGoesAsASmallSquareAndComesBack(@TempDir Path files) throws Exception {
        int[] red = new int[1600 * 900];
        Arrays.fill(red, 0xffd02020);
        Path photo = Files.write(files.resolve("holiday.png"), PngEncoder.encode(red, 1600, 900));
        Path notes = Files.writeString(files.resolve("notes.png"), "not a picture at all");
        ExecutorService io = Executors.newCachedThreadPool();
        try (ApiClient client = new ApiClient()) {
            ServerUrl url = ServerUrl.parse(server.baseUrl());
            LoginResponse login = client.login(url, new LoginRequest("bob", "switchboard"));
            AccountsApi api = new AccountsApi(client, new Session(url, "bob", login.token(), login.agent()), io);
            SimpleObjectProperty<Agent> self = new SimpleObjectProperty<>(login.agent());
            ProfileViewModel model = new ProfileViewModel(api, new I18n(Locale.ENGLISH), self, AvatarPicture::prepare,
                    io, Platform::runLater);
            ReadOnlyStringProperty avatarError = onFx(() -> {
                model.activate(new Disposer());
                // asked for before the refusal can come, as the profile view binds it: FormErrors puts the
                // message of a field nobody asked for in the general message (it raced the first poll)
                ReadOnlyStringProperty error = model.errors().field("avatar");
                model.useAvatar(notes);
                return error;
            });
            waitUntil("the refusal", () -> !onFx(avatarError::get).isEmpty());
            assertThat(onFx(avatarError::get)).isEqualTo("Not a picture: choose a PNG, JPEG, GIF or BMP file");

            onFx(() -> {
                model.useAvatar(photo);
                return null;
            });

            waitUntil("the picture shown", () -> onFx(() -> model.avatarProperty().get()) != null);
            Image shown = new Image(new ByteArrayInputStream(onFx(() -> model.avatarProperty().get())));
            assertThat(shown.getWidth()).isEqualTo(AvatarRules.EDGE);
            assertThat(shown.getHeight()).isEqualTo(AvatarRules.EDGE);
            assertThat(shown.getPixelReader().getArgb(128, 128)).isEqualTo(0xffd02020);
            assertThat(onFx(() -> model.errors().field("avatar").get())).isEmpty();
            Agent bob = client.send(url, login.token(), "GET", ApiPath.of("auth", "me"), null, Agent.class);
            assertThat(bob.avatar()).isNotNull();
        } finally {
            io.shutdownNow();
        }
    }
}
