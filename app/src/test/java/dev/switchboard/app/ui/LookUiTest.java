package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.platform.AppTheme;
import dev.switchboard.app.platform.ThemeManager;
import dev.switchboard.app.settings.Language;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** How windows look in either language and theme: nothing cut to an ellipsis, no white frame around the dark theme's dropdowns. */
class LookUiTest {

    private static final PseudoClass OPAQUE_POPUPS = PseudoClass.getPseudoClass("opaque-popups");

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private final FxRobot robot = new FxRobot();

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
    void settingsCanBeResizedAndCutsNoTextInEitherLanguage(@TempDir Path home) throws Exception {
        try (WorkstationDriver alice = WorkstationDriver.start(home, server.baseUrl(), "alice", "switchboard")) {
            Stage main = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            MenuButton userMenu = find(robot, main, "#userMenu");
            onFx(() -> {
                userMenu.getItems().stream().filter(item -> "settingsItem".equals(item.getId())).findFirst().orElseThrow().fire();
                return null;
            });
            Stage settings = WorkstationDriver.waitForDialog("#settingsPage");
            assertThat(onFx(settings::isResizable)).isTrue();
            waitUntil("no English text cut", () -> onFx(() -> cut(settings.getScene().getRoot())).isEmpty());

            ComboBox<Language> language = find(robot, settings, "#settingsLanguage");
            onFx(() -> {
                language.setValue(Language.SIMPLIFIED_CHINESE);
                return null;
            });
            waitUntil("the settings in Chinese", () -> "设置".equals(onFx(settings::getTitle)));
            waitUntil("no Chinese text cut", () -> onFx(() -> cut(settings.getScene().getRoot())).isEmpty());
            onFx(() -> {
                language.setValue(Language.ENGLISH);
                return null;
            });
            waitUntil("and none in English again", () -> "Settings".equals(onFx(settings::getTitle))
                    && onFx(() -> cut(settings.getScene().getRoot())).isEmpty());

            double width = onFx(settings::getWidth);
            onFx(() -> {
                settings.setWidth(width + 120);
                return null;
            });
            waitUntil("the window made wider", () -> onFx(settings::getWidth) >= width + 119);
        }
    }

    @Test
    void theThemeTellsWhetherPopupsAreOpaqueAndThenTheirDropdownsHaveNoShadowOrRoundedFrame() {
        onFx(() -> {
            ThemeManager themes = new ThemeManager(AppTheme.DARK);
            ComboBox<String> dropdown = new ComboBox<>();
            dropdown.getItems().setAll("English", "简体中文");
            StackPane root = new StackPane(dropdown);
            Scene scene = new Scene(root, 300, 200);
            themes.register(scene);
            assertThat(root.getPseudoClassStates().contains(OPAQUE_POPUPS))
                    .as("marked where the platform cannot show see-through windows")
                    .isEqualTo(!Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW));

            // as on a desktop without a compositor
            root.pseudoClassStateChanged(OPAQUE_POPUPS, true);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            try {
                dropdown.show();
                ListView<?> list = (ListView<?>) ((ComboBoxListViewSkin<?>) dropdown.getSkin()).getPopupContent();
                list.applyCss();
                assertThat(list.getEffect()).as("no shadow painted on an opaque window").isNull();
                assertThat(list.getBackground().getFills()).allSatisfy(fill -> assertThat(fill.getRadii().getTopLeftHorizontalRadius()).isZero());

                root.pseudoClassStateChanged(OPAQUE_POPUPS, false);
                dropdown.hide();
                dropdown.show();
                list.applyCss();
                assertThat(list.getEffect()).as("the theme's shadow where windows can be see-through").isNotNull();
                dropdown.hide();
            } finally {
                stage.hide();
                themes.unregister(scene);
                // the theme is also the JVM's default for popups: back to the light one of the other tests
                Application.setUserAgentStylesheet(AppTheme.LIGHT.userAgentStylesheet());
            }
            return null;
        });
    }

    /**
     * Texts drawn shorter than they are: a label, button or toggle whose text ends in an ellipsis,
     * or a wrapping label given less height than its lines need.
     */
    static List<String> cut(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Node node : root.lookupAll(".labeled, .label, .button, .toggle-button")) {
            if (!(node instanceof Labeled labeled) || !labeled.isVisible() || labeled.getText() == null || labeled.getText().isEmpty()
                    || labeled.getScene() == null) {
                continue;
            }
            Node drawn = labeled.lookup(".text");
            if (drawn instanceof Text text && !text.getText().equals(labeled.getText())) {
                cut.add(labeled.getText() + " drawn as " + text.getText());
            } else if (labeled instanceof Label label && label.isWrapText() && label.getHeight() + 0.5 < label.prefHeight(label.getWidth())) {
                cut.add(label.getText() + " (lines cut)");
            }
        }
        return cut;
    }
}
