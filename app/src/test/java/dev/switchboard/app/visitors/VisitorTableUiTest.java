package dev.switchboard.app.visitors;

import static dev.switchboard.app.testing.VisitorBuilder.T0;
import static dev.switchboard.app.testing.VisitorBuilder.visitor;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.platform.AppTheme;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.ThemeManager;
import dev.switchboard.app.settings.VisitorPreferences;
import dev.switchboard.app.testing.FakeVisitorService;
import dev.switchboard.app.testing.ManualScheduler;
import dev.switchboard.app.testing.MutableClock;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.shared.visitors.VisitorBatch;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The visitor table as the agent's mouse meets it: sorting by the headers, the selected row, rows that hold still under the pointer. */
class VisitorTableUiTest {

    private final FxRobot robot = new FxRobot();
    private final MutableClock clock = new MutableClock(T0.plusSeconds(600));
    private final VisitorFeed feed = new VisitorFeed(Platform::runLater, clock);
    private final ThemeManager themes = new ThemeManager(AppTheme.LIGHT);
    private Stage stage;
    private TableView<VisitorRow> table;

    @BeforeAll
    static void toolkit() throws Exception {
        WorkstationDriver.initToolkit();
    }

    @BeforeEach
    void showTheVisitorsPage() {
        ManualScheduler scheduler = new ManualScheduler();
        VisitorsViewModel model = new VisitorsViewModel(feed, new I18n(Locale.ENGLISH), new VisitorsViewModel.Services(
                new FakeVisitorService(), () -> VisitorPreferences.DEFAULTS,
                new NotificationCenter(scheduler, Runnable::run, () -> false, () -> { }), clock, ZoneOffset.UTC, scheduler, Platform::runLater,
                FXCollections.observableArrayList()));
        // v0 has been on the site longest: the default order puts it first
        accept(IntStream.range(0, 8).mapToObj(i -> visitor("v" + i).started(T0.plusSeconds(i * 10L), T0.plusSeconds(i * 10L)).build())
                .toList(), true);
        onFx(() -> {
            VisitorsView view = new VisitorsView(model, themes);
            stage = new Stage();
            Scene scene = new Scene(view.root(), 1100, 700);
            themes.register(scene);
            stage.setScene(scene);
            stage.show();
            view.activate();
            return null;
        });
        table = robot.from(stage.getScene().getRoot()).lookup("#visitorsTable").query();
        waitUntil("the visitors shown", () -> onFx(() -> table.getItems().size()) == 8);
    }

    @AfterEach
    void close() {
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    @Test
    void aClickOnTheSortedColumnReversesItEveryTimeInsteadOfDroppingTheSort() {
        TableColumn<VisitorRow, ?> onSite = column(VisitorColumn.ON_SITE);
        assertThat(sortOf(onSite)).as("longest on the site first").isEqualTo(TableColumn.SortType.DESCENDING);

        robot.clickOn(header(onSite));
        waitUntil("shortest on the site first", () -> shownIds().get(0).equals("v7"));
        assertThat(onFx(() -> table.getSortOrder())).containsExactly(onSite);
        assertThat(sortOf(onSite)).isEqualTo(TableColumn.SortType.ASCENDING);

        robot.clickOn(header(onSite));
        waitUntil("longest on the site first again", () -> shownIds().get(0).equals("v0"));
        assertThat(sortOf(onSite)).isEqualTo(TableColumn.SortType.DESCENDING);

        robot.clickOn(header(onSite));
        waitUntil("and back", () -> shownIds().get(0).equals("v7"));
        assertThat(onFx(() -> table.getSortOrder())).containsExactly(onSite);
    }

    @Test
    void theSelectedRowStandsOutFromBothStripesInBothThemes() {
        robot.clickOn(row(3));
        for (AppTheme theme : AppTheme.values()) {
            onFx(() -> {
                themes.setTheme(theme);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            Color selected = shownColour(row(3));
            for (int other : new int[] {2, 4}) {
                Color unselected = shownColour(row(other));
                assertThat(distance(selected, unselected)).as(theme + ": row 3 selected against row " + other + " (" + selected + " / "
                        + unselected + ")").isGreaterThan(0.15);
            }
        }
    }

    @Test
    void rowsHoldStillUnderThePointerSoThatASecondClickPicksTheVisitorAimedAt() {
        robot.clickOn(row(2));
        waitUntil("v2 selected", () -> selectedId().equals("v2"));
        Node aimedAt = row(4);
        String aimedAtId = onFx(() -> ((TableRow<?>) aimedAt).getItem() instanceof VisitorRow visitor ? visitor.id() : null);
        robot.moveTo(aimedAt);

        // someone who has been on the site longer than everybody arrives, and v5 moves on: both would shift rows
        long applied = onFx(() -> feed.appliedProperty().get());
        accept(List.of(visitor("early").started(T0.minusSeconds(60), T0).build(),
                visitor("v5").started(T0.plusSeconds(50), T0.plusSeconds(300)).pages(2).version(2).build()), false);
        waitUntil("the news applied", () -> onFx(() -> feed.appliedProperty().get()) > applied);
        assertThat(shownIds()).as("nobody moves under the pointer").containsExactly("v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7");

        robot.clickOn(aimedAt);
        waitUntil("the second click picked " + aimedAtId, () -> selectedId().equals(aimedAtId));

        robot.moveTo(robot.from(stage.getScene().getRoot()).lookup("#visitorsSummary").<Node>query());
        waitUntil("the newcomer in place once the pointer left", () -> shownIds().get(0).equals("early"));
        assertThat(selectedId()).as("the selection stays with the visitor").isEqualTo(aimedAtId);
    }

    private void accept(List<VisitorSummary> visitors, boolean snapshot) {
        feed.accept(new VisitorBatch(visitors, List.of()), snapshot);
    }

    private List<String> shownIds() {
        return onFx(() -> table.getItems().stream().map(VisitorRow::id).toList());
    }

    private String selectedId() {
        return onFx(() -> table.getSelectionModel().getSelectedItem() == null ? "" : table.getSelectionModel().getSelectedItem().id());
    }

    private TableColumn<VisitorRow, ?> column(VisitorColumn which) {
        return onFx(() -> table.getColumns().stream().filter(column -> column.getUserData() == which).findFirst().orElseThrow());
    }

    private TableColumn.SortType sortOf(TableColumn<VisitorRow, ?> column) {
        return onFx(column::getSortType);
    }

    private Node header(TableColumn<VisitorRow, ?> column) {
        return onFx(() -> robot.from(table).lookup(".column-header").queryAll().stream()
                .filter(node -> node instanceof TableColumnHeader header && header.getTableColumn() == column).findFirst().orElseThrow());
    }

    /** The drawn row at this index of the table. */
    private Node row(int index) {
        return onFx(() -> robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(node -> node instanceof TableRow<?> row && row.getIndex() == index && !row.isEmpty()).findFirst().orElseThrow());
    }

    /** The colour a row shows in its middle: its background layers, each painted over the ones below. */
    private static Color shownColour(Node row) {
        return onFx(() -> {
            TableRow<?> tableRow = (TableRow<?>) row;
            Point2D middle = new Point2D(tableRow.getWidth() / 2, tableRow.getHeight() / 2);
            double red = 0;
            double green = 0;
            double blue = 0;
            for (BackgroundFill fill : tableRow.getBackground().getFills()) {
                boolean covers = fill.getInsets().getLeft() < middle.getX() && fill.getInsets().getTop() < middle.getY();
                if (covers && fill.getFill() instanceof Color colour) {
                    double alpha = colour.getOpacity();
                    red = colour.getRed() * alpha + red * (1 - alpha);
                    green = colour.getGreen() * alpha + green * (1 - alpha);
                    blue = colour.getBlue() * alpha + blue * (1 - alpha);
                }
            }
            return Color.color(red, green, blue);
        });
    }

    private static double distance(Color a, Color b) {
        return Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
                + Math.pow(a.getBlue() - b.getBlue(), 2));
    }
}
