package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.app.testing.AdminClient;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.imports.ImportAction;
import dev.switchboard.shared.imports.ImportRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The Administration page's Import / export against a real backend: a file with bad rows shows
 * each row's error and writes nothing, a good one imports, and an export previews again unchanged.
 */
class ImportsUiTest {

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
    void badRowsAreShownAndNothingWrittenAGoodFileImportsAndAnExportPreviewsUnchanged(@TempDir Path home, @TempDir Path files)
            throws Exception {
        AdminClient rest = AdminClient.signIn(server.baseUrl());
        Path bad = files.resolve("bad.csv");
        Files.writeString(bad, String.join("\r\n",
                "login,displayName,role,groups,password",
                "gina,Gina 吉娜,AGENT,VIP,a long enough passphrase",
                "Not A Login,Someone,AGENT,,a long enough passphrase",
                "hank,Hank,CHIEF,Nowhere,short"), StandardCharsets.UTF_8);
        Path good = files.resolve("good.csv");
        Files.writeString(good, String.join("\r\n",
                "login,displayName,role,groups,password",
                "gina,Gina 吉娜,AGENT,VIP,a long enough passphrase",
                "hank,Hank 汉克,SUPERVISOR,VIP; 售后 After-sales,another long passphrase"), StandardCharsets.UTF_8);

        try (WorkstationDriver admin = WorkstationDriver.start(home, server.baseUrl(), "admin", "switchboard")) {
            Stage window = WorkstationDriver.waitForMainWindowOf("Administrator");
            robot.clickOn((Node) find(robot, window, "#nav-ADMIN"));
            robot.clickOn((Node) find(robot, window, "#adminSection-imports"));
            TextField file = find(robot, window, "#importFile");
            TableView<ImportRow> rows = find(robot, window, "#importRows");
            Button write = find(robot, window, "#importWrite");

            choose(file, bad);
            robot.clickOn((Node) find(robot, window, "#importPreview"));
            waitUntil("every row previewed", () -> onFx(() -> rows.getItems().size()) == 3);
            assertThat(onFx(() -> rows.getItems().stream().map(ImportRow::action).toList()))
                    .containsExactly(ImportAction.CREATE, ImportAction.ERROR, ImportAction.ERROR);
            assertThat(onFx(() -> details(rows, 1))).as("the details column names each wrong cell")
                    .startsWith("login: ");
            assertThat(onFx(() -> details(rows, 2))).contains("role: ", "groups: no such group: Nowhere", "password: ");
            assertThat(onFx(() -> ((Label) find(robot, window, "#importSummary")).getText())).contains("2 with errors");
            assertThat(onFx(write::isDisabled)).as("nothing to import while a row has an error").isTrue();
            assertThatThrownBy(() -> rest.idOf("gina")).as("nothing written").isInstanceOf(AssertionError.class);

            choose(file, good);
            assertThat(onFx(() -> rows.getItems().isEmpty())).as("another file forgets the preview").isTrue();
            robot.clickOn((Node) find(robot, window, "#importPreview"));
            waitUntil("the good file previewed", () -> onFx(() -> rows.getItems().size() == 2 && !write.isDisabled()));
            robot.clickOn(write);
            Label status = find(robot, window, "#importStatus");
            waitUntil("imported", () -> onFx(status::getText).equals("Imported: 2 created, 0 updated."));
            assertThat(rest.idOf("hank")).isPositive();
            assertThat(onFx(write::isDisabled)).as("the same file is not imported twice").isTrue();

            TextField folder = find(robot, window, "#exportFolder");
            onFx(() -> {
                folder.setText(files.toString());
                return null;
            });
            robot.clickOn((Node) find(robot, window, "#exportCsv"));
            waitUntil("the export saved", () -> onFx(status::getText).startsWith("Saved as "));
            Path exported;
            try (Stream<Path> saved = Files.list(files)) {
                exported = saved.filter(path -> path.getFileName().toString().startsWith("accounts-")).findFirst().orElseThrow();
            }
            assertThat(Files.readString(exported, StandardCharsets.UTF_8)).contains("hank,Hank 汉克,SUPERVISOR");

            choose(file, exported);
            robot.clickOn((Node) find(robot, window, "#importPreview"));
            waitUntil("the export previewed", () -> onFx(() -> rows.getItems().size()) == 6);
            assertThat(onFx(() -> rows.getItems().stream().map(ImportRow::action).distinct().toList()))
                    .as("an export reads back as it is").isEqualTo(List.of(ImportAction.UNCHANGED));
            assertThat(onFx(write::isDisabled)).isTrue();
        }
    }

    @Test
    void theChinesePreviewSaysEachRowsErrorsInChinese(@TempDir Path home, @TempDir Path files) throws Exception {
        // carol's settings on the server say Chinese: the workstation takes them at sign-in
        AdminClient.signIn(server.baseUrl(), "carol", "switchboard").put("/api/v1/me/settings", "{\"version\":0,"
                + "\"language\":\"zh-CN\",\"theme\":\"LIGHT\",\"notificationSound\":true,\"notifyNewChats\":true,\"notifyMessages\":true,"
                + "\"notifyTransfers\":true,\"notifyLongWait\":true,\"longWaitSeconds\":120,\"notifyReturningVisitors\":true,"
                + "\"notifyVipVisitors\":true,\"vipMarker\":\"\",\"invitationMessage\":\"\"}");
        Path bad = files.resolve("快捷回复.csv");
        Files.writeString(bad, String.join("\r\n",
                "group,shortcut,title,body,category",
                "Nowhere,hi,Hello,Hello there,",
                ",bad shortcut,,x,",
                ",my-sign,Sign,Regards,",
                ",my-sign,Sign again,Regards,"), StandardCharsets.UTF_8);

        Path badHeader = files.resolve("表头.csv");
        Files.writeString(badHeader, String.join("\r\n", "shortcut,body,colour", "hi,Hello there,red"), StandardCharsets.UTF_8);

        try (WorkstationDriver supervisor = WorkstationDriver.start(home, server.baseUrl(), "carol", "switchboard")) {
            Stage window = WorkstationDriver.waitForMainWindowOf("Carol 陈静");
            robot.clickOn((Node) find(robot, window, "#nav-ADMIN"));
            robot.clickOn((Node) find(robot, window, "#adminSection-imports"));
            Button preview = find(robot, window, "#importPreview");
            waitUntil("the section in Chinese", () -> "预览".equals(onFx(preview::getText)));
            TableView<ImportRow> rows = find(robot, window, "#importRows");
            // a header the backend refuses as a whole: said in Chinese next to the file, each column on its line
            Label fileError = find(robot, window, "#fileError");
            choose(find(robot, window, "#importFile"), badHeader);
            robot.clickOn(preview);
            waitUntil("the header refused", () -> !onFx(fileError::getText).isEmpty());
            assertThat(onFx(fileError::getText).lines().toList()).containsExactly(
                    "无法识别列“colour”。可用的列为：group, shortcut, title, body, category", "缺少列“title”。");

            choose(find(robot, window, "#importFile"), bad);
            robot.clickOn(preview);
            waitUntil("every row previewed", () -> onFx(() -> rows.getItems().size()) == 4);

            assertThat(onFx(() -> details(rows, 0))).isEqualTo("group：没有这个分组：Nowhere");
            assertThat(onFx(() -> details(rows, 1))).isEqualTo("shortcut：1 到 40 个字母、数字、“_”或“-”；title：1 到 100 个字符");
            assertThat(onFx(() -> rows.getItems().get(2).action())).isEqualTo(ImportAction.CREATE);
            assertThat(onFx(() -> details(rows, 3))).isEqualTo("shortcut：与第 4 行重复");
        }
    }

    private static void choose(TextField file, Path path) {
        onFx(() -> {
            file.setText(path.toString());
            return null;
        });
    }

    private static String details(TableView<ImportRow> rows, int index) {
        return rows.getColumns().get(3).getCellData(index).toString();
    }
}
