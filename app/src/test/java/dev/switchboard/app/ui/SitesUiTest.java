package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.switchboard.app.sites.FieldDraft;
import dev.switchboard.app.testing.AdminClient;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.Chromium;
import dev.switchboard.shared.visitors.PrechatField;
import dev.switchboard.shared.visitors.SiteSettings;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An administrator sets up a site's widget in the workstation against a real backend: the colour
 * and greeting change the live preview, then reach the widget; a bad origin is refused next to the
 * origins and what was typed stays; a save on a stale version shows both versions; a required
 * choice added in the pre-chat editor is what the real widget (Chromium) then asks for.
 */
class SitesUiTest {

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private final FxRobot robot = new FxRobot();
    private WorkstationDriver workstation;
    private AdminClient rest;
    private Stage main;

    @BeforeAll
    static void startBackend() throws Exception {
        WorkstationDriver.initToolkit();
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
    }

    @AfterAll
    static void stopBackend() {
        server.close();
    }

    @BeforeEach
    void openSites(@TempDir Path home) throws Exception {
        rest = AdminClient.signIn(server.baseUrl());
        workstation = WorkstationDriver.start(home, server.baseUrl(), "admin", "switchboard");
        main = WorkstationDriver.waitForMainWindowOf("Administrator");
        waitUntil("connected", () -> onFx(() -> ((Label) find(robot, main, "#connectionIndicator")).getText()).equals("Connected"));
        robot.clickOn((Node) find(robot, main, "#nav-ADMIN"));
        waitUntil("the sites section listed", () -> onFx(() -> main.getScene().getRoot().lookup("#adminSection-sites") != null));
        robot.clickOn((Node) find(robot, main, "#adminSection-sites"));
        TableView<SiteSettings> table = find(robot, main, "#siteTable");
        waitUntil("the default site chosen in the editor", () -> onFx(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().id().equals("default")
                && ((TextInputControl) find(robot, main, "#siteKey")).getText().equals("default")));
    }

    @AfterEach
    void closeWorkstation() {
        if (workstation != null) {
            workstation.close();
        }
    }

    @Test
    void theColourAndGreetingChangeThePreviewAtOnceAndReachTheWidgetOnSave() throws Exception {
        tab("#siteTabLook");
        replace("#siteColor", "#b91c1c");
        replace("#siteColorEnd", "#991b1b");
        waitUntil("the preview's header in the new colour", () -> headerStartsWith(Color.web("#b91c1c")));
        replace("#siteGreetingEn", "Welcome to Aurora! Ask us anything.");
        waitUntil("the preview greets as typed", () -> onFx(() -> ((Label) find(robot, main, "#sitePreviewGreeting")).getText())
                .equals("Welcome to Aurora! Ask us anything."));
        assertThat(onFx(() -> ((Label) find(robot, main, "#siteContrast")).getText())).startsWith("Contrast 6.5:1");

        robot.clickOn((Node) find(robot, main, "#sitePreviewEnglish"));
        waitUntil("the Chinese preview keeps the demo's Chinese greeting", () -> onFx(() -> ((Label) find(robot, main, "#sitePreviewGreeting"))
                .getText()).startsWith("您好，欢迎来到 Aurora"));
        assertThat(onFx(() -> ((ToggleButton) find(robot, main, "#sitePreviewEnglish")).isSelected())).isFalse();

        snap("sites-look");
        robot.clickOn((Node) find(robot, main, "#siteSave"));
        waitUntil("saved", () -> onFx(() -> ((Label) find(robot, main, "#siteNotice")).getText()).startsWith("Saved"));
        JsonNode look = rest.get("/api/v1/widget/config?site=default").path("look");
        assertThat(look.path("color").asText()).isEqualTo("#b91c1c");
        assertThat(look.path("colorEnd").asText()).isEqualTo("#991b1b");
        assertThat(look.path("greeting").path("en").asText()).isEqualTo("Welcome to Aurora! Ask us anything.");
    }

    @Test
    void aBadOriginIsShownNextToTheOriginsAndWhatWasTypedStays() throws Exception {
        String typed = "https://shop.example.com\nshop.example.com/products";
        replace("#siteOrigins", typed);
        robot.clickOn((Node) find(robot, main, "#siteSave"));

        Label error = find(robot, main, "#allowedOriginsError");
        waitUntil("the origin's error next to the origins", () -> onFx(error::isVisible));
        assertThat(onFx(error::getText)).isEqualTo("Line 2: not an origin: write scheme://host[:port], e.g. https://shop.example.com, or *");
        assertThat(onFx(() -> ((TextInputControl) find(robot, main, "#siteOrigins")).getText())).isEqualTo(typed);
        assertThat(rest.get("/api/v1/sites/default").path("allowedOrigins").get(0).asText()).as("nothing was saved").isEqualTo("*");
    }

    @Test
    void aSaveOnAStaleVersionShowsBothVersionsAndAppliesMineAgainOnRequest() throws Exception {
        replace("#siteName", "Aurora 官方商城");
        rest.put("/api/v1/sites/default", "{\"name\":\"Changed elsewhere\"}");
        robot.clickOn((Node) find(robot, main, "#siteSave"));

        Node stale = find(robot, main, "#staleEdit");
        waitUntil("both versions shown", () -> onFx(stale::isVisible));
        assertThat(onFx(() -> ((TextInputControl) find(robot, main, "#staleTheirs")).getText())).contains("Name: Changed elsewhere");
        assertThat(onFx(() -> ((TextInputControl) find(robot, main, "#staleYours")).getText())).contains("Name: Aurora 官方商城");
        assertThat(onFx(() -> ((TextInputControl) find(robot, main, "#siteName")).getText())).as("what was typed stays").isEqualTo("Aurora 官方商城");

        robot.clickOn((Node) find(robot, main, "#staleReapply"));
        waitUntil("mine saved on top of theirs", () -> rest.get("/api/v1/sites/default").path("name").asText().equals("Aurora 官方商城"));
        waitUntil("the versions put away", () -> onFx(() -> !stale.isVisible()));
    }

    @Test
    void aRequiredChoiceAddedInThePrechatEditorIsWhatTheRealWidgetAsksFor() throws Exception {
        tab("#siteTabPrechat");
        robot.clickOn((Node) find(robot, main, "#prechatAdd"));
        replace("#prechatKey", "budget");
        ComboBox<PrechatField.FieldType> kind = find(robot, main, "#prechatType");
        onFx(() -> {
            kind.setValue(PrechatField.FieldType.SELECT);
            return null;
        });
        replace("#prechatLabel", "Budget");
        replace("#prechatLabelZh", "预算");
        replace("#prechatOptions", "Under 1000\n1000 to 3000\nOver 3000");
        robot.clickOn((Node) find(robot, main, "#prechatRequired"));
        waitUntil("the new field in the live preview", () -> onFx(() -> robot.from(main.getScene().getRoot())
                .lookup("#sitePreviewField-budget").tryQuery().isPresent()));
        snap("sites-prechat");
        robot.clickOn((Node) find(robot, main, "#prechatUp"));
        ListView<FieldDraft> fields = find(robot, main, "#prechatFields");
        waitUntil("moved up one place", () -> onFx(() -> fields.getItems().stream().map(f -> f.keyProperty().get()).toList())
                .equals(List.of("name", "phone", "budget", "question")));

        try (Chromium chromium = Chromium.launch(); BrowserContext browser = chromium.newContext()) {
            PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
            Page page = browser.newPage();
            robot.clickOn((Node) find(robot, main, "#sitePreviewOpen"));
            waitUntil("the preview's address", () -> !onFx(() -> ((TextInputControl) find(robot, main, "#sitePreviewLink")).getText()).isEmpty());
            page.navigate(onFx(() -> ((TextInputControl) find(robot, main, "#sitePreviewLink")).getText()));
            page.locator("[data-sb=launcher]").click();
            PlaywrightAssertions.assertThat(page.locator("[data-sb=field-budget]")).isVisible();
            assertThat(rest.get("/api/v1/widget/config?site=default").path("prechat").findValuesAsText("key"))
                    .as("the preview showed it before it was saved").doesNotContain("budget");

            robot.clickOn((Node) find(robot, main, "#siteSave"));
            waitUntil("saved", () -> rest.get("/api/v1/widget/config?site=default").path("prechat").findValuesAsText("key")
                    .equals(List.of("name", "phone", "budget", "question")));
            page.navigate(server.baseUrl() + "/demo/");
            page.locator("[data-sb=launcher]").click();
            page.locator("[data-sb=field-name]").fill("王女士");
            page.locator("[data-sb=field-question]").selectOption("售前咨询 Pre-sales");
            page.locator(".go").click();
            PlaywrightAssertions.assertThat(page.locator("[data-sb=field-budget]")).hasAttribute("aria-invalid", "true");
            PlaywrightAssertions.assertThat(page.locator("[data-sb=field-budget] option")).hasText(new String[] {"请选择", "Under 1000",
                "1000 to 3000", "Over 3000"});
        }
    }

    @Test
    void aNewSiteGetsItsEmbedTagAndIsDeletedOnlyAfterAConfirmation() throws Exception {
        robot.clickOn((Node) find(robot, main, "#siteNew"));
        replace("#siteKey", "default");
        replace("#siteName", "Aurora 官方商城");
        replace("#siteOrigins", "https://Shop.Example.com/");
        robot.clickOn((Node) find(robot, main, "#siteSave"));
        Label keyError = find(robot, main, "#idError");
        waitUntil("a taken key refused next to the key", () -> onFx(keyError::isVisible));
        assertThat(onFx(keyError::getText)).startsWith("This key is taken");
        replace("#siteKey", "shop");
        robot.clickOn((Node) find(robot, main, "#siteSave"));

        TableView<SiteSettings> table = find(robot, main, "#siteTable");
        waitUntil("the new site listed and chosen", () -> onFx(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().id().equals("shop")));
        assertThat(onFx(() -> ((TextInputControl) find(robot, main, "#siteOrigins")).getText())).as("as browsers send it")
                .isEqualTo("https://shop.example.com");
        TextInputControl snippet = find(robot, main, "#siteSnippet");
        waitUntil("the embed tag", () -> onFx(snippet::getText)
                .equals("<script src=\"" + server.baseUrl() + "/widget.js\" data-site=\"shop\" async></script>"));

        robot.clickOn((Node) find(robot, main, "#siteDelete"));
        Node confirm = find(robot, main, "#siteDeleteConfirm");
        waitUntil("asked first", () -> onFx(confirm::isVisible));
        robot.clickOn((Node) find(robot, main, "#siteDeleteNo"));
        waitUntil("not asked any more", () -> onFx(() -> !confirm.isVisible()));
        assertThat(rest.get("/api/v1/sites").findValuesAsText("id")).contains("shop");

        robot.clickOn((Node) find(robot, main, "#siteDelete"));
        robot.clickOn((Node) find(robot, main, "#siteDeleteYes"));
        waitUntil("gone from the list", () -> onFx(() -> table.getItems().stream().noneMatch(site -> site.id().equals("shop"))));
        assertThat(rest.get("/api/v1/sites").findValuesAsText("id")).doesNotContain("shop");
    }

    @Test
    void aSiteAnotherAdministratorAddsShowsUpAtOnceThroughTheChangeLog() throws Exception {
        TableView<SiteSettings> table = find(robot, main, "#siteTable");
        ApiClient other = new ApiClient(server.baseUrl());
        ApiResponse created = other.send("POST", "/api/v1/sites", other.token("admin", "switchboard"),
                "{\"id\":\"outlet\",\"name\":\"Outlet store\",\"allowedOrigins\":[\"https://outlet.example.com\"]}", ApiClient.JSON);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        waitUntil("the other administrator's site listed", () -> onFx(() -> table.getItems().stream().anyMatch(site -> site.id().equals("outlet"))));
        replace("#siteSearch", "outlet.example");
        waitUntil("found by its origin", () -> onFx(() -> table.getItems().stream().map(SiteSettings::id).toList()).equals(List.of("outlet")));
        assertThat(onFx(() -> ((TextInputControl) find(robot, main, "#siteKey")).getText())).as("the editor keeps its site").isEqualTo("default");
    }

    private boolean headerStartsWith(Color color) {
        return onFx(() -> {
            Region header = find(robot, main, "#sitePreviewHeader");
            return header.getBackground() != null && !header.getBackground().getFills().isEmpty()
                    && header.getBackground().getFills().get(0).getFill() instanceof LinearGradient gradient
                    && gradient.getStops().get(0).getColor().equals(color);
        });
    }

    private void tab(String id) {
        onFx(() -> {
            TabPane tabs = find(robot, main, "#siteTabs");
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(tab -> id.equals("#" + tab.getId())).findFirst().orElseThrow());
            return null;
        });
    }

    /** Scrolls the scroll panes around {@code node} until it is in sight, as a person would before clicking it. */
    private static void reveal(Node node) {
        onFx(() -> {
            for (javafx.scene.Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
                    Node content = scroll.getContent();
                    javafx.geometry.Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    if (hidden > 0) {
                        scroll.setVvalue(Math.max(0, Math.min(1, at.getMinY() / hidden)));
                    }
                }
            }
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** With {@code -Dui.screenshots=DIR}: a picture of the window for a person to look at. */
    private void snap(String name) throws java.io.IOException {
        String dir = System.getProperty("ui.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        javafx.scene.image.WritableImage image = onFx(() -> main.getScene().snapshot(null));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, width);
        java.nio.file.Files.write(Path.of(dir, name + ".png"), dev.switchboard.app.platform.PngEncoder.encode(argb, width, height));
    }

    /** Types {@code text} over what the field holds, as a person would (select all, type). */
    private void replace(String id, String text) {
        TextInputControl field = find(robot, main, id);
        reveal(field);
        robot.clickOn(field);
        onFx(() -> {
            field.selectAll();
            return null;
        });
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
        waitUntil(id + " holds what was typed", () -> onFx(field::getText).equals(text));
    }
}
