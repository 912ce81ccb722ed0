package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.reveal;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.app.testing.AdminRest;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * "Remind me on" on a pending ticket, against a real backend: offered only while the status waits;
 * an unreadable time and a time already past are refused under the field with what was typed kept;
 * a day and a time in the agent's zone are stored as that moment, shown in the list in local time,
 * and taken off again.
 */
class TicketReminderUiTest {

    private final FxRobot robot = new FxRobot();

    @Test
    void anAgentSetsAReminderOnAPendingTicketAndTakesItOff(@TempDir Path serverData, @TempDir Path home) throws Exception {
        WorkstationDriver.initToolkit();
        SwitchboardServer server = SwitchboardServer.start(ServerConfig.forTests(serverData));
        try (server) {
            AdminRest rest = AdminRest.signIn(server.baseUrl());
            long adminId = rest.call("GET", "/api/v1/auth/me", null).path("id").asLong();
            JsonNode made = rest.call("POST", "/api/v1/tickets", "{\"subject\":\"等客户回电 waiting for a call back\",\"requester\":{\"email\":"
                    + "\"zhou@example.cn\"},\"assigneeId\":" + adminId + "}");
            long id = made.path("id").asLong();
            String number = made.path("number").asText();
            try (WorkstationDriver workstation = WorkstationDriver.start(home, server.baseUrl(), "admin", "switchboard")) {
                Stage main = WorkstationDriver.waitForMainWindowOf("Administrator");
                robot.clickOn((Node) find(robot, main, "#nav-TICKETS"));
                waitUntil("the ticket listed", () -> onFx(() -> main.getScene().getRoot().lookup("#ticketRow-" + number) != null));
                robot.clickOn((Node) find(robot, (Node) find(robot, main, "#ticketRow-" + number), ".table-cell"));
                Label shown = find(robot, main, "#ticketNumber");
                waitUntil("the ticket open", () -> onFx(shown::getText).equals(number));
                TextField time = find(robot, main, "#ticketReminderTime");
                DatePicker date = find(robot, main, "#ticketReminderDate");
                assertThat(onFx(() -> shown(time))).as("not offered for a new ticket").isFalse();

                rest.call("PATCH", "/api/v1/tickets/" + id, "{\"version\":1,\"status\":\"pending\"}");
                ComboBox<String> status = find(robot, main, "#ticketStatus");
                waitUntil("pending shown", () -> "pending".equals(onFx(status::getValue)));
                waitUntil("offered while it waits", () -> onFx(() -> shown(time)));

                LocalDate tomorrow = LocalDate.now(ZoneId.systemDefault()).plusDays(1);
                onFx(() -> {
                    date.setValue(tomorrow);
                    return null;
                });
                type(time, "25:00");
                press(main, "#ticketSave");
                Label error = find(robot, main, "#pendingUntilError");
                waitUntil("an unreadable time refused under the field", () -> onFx(error::isVisible));
                assertThat(onFx(error::getText)).isEqualTo("A time of day such as 9:30 or 14:00");
                assertThat((String) onFx(time::getText)).as("kept as typed").isEqualTo("25:00");

                onFx(() -> {
                    date.setValue(tomorrow.minusDays(2));
                    return null;
                });
                type(time, "9:30");
                press(main, "#ticketSave");
                waitUntil("a time past refused", () -> onFx(error::getText).equals("Choose a time later than now"));
                assertThat(rest.call("GET", "/api/v1/tickets/" + id, null).path("pendingUntil").isNull()).as("nothing sent").isTrue();

                onFx(() -> {
                    date.setValue(tomorrow);
                    return null;
                });
                press(main, "#ticketSave");
                Instant wanted = tomorrow.atTime(LocalTime.of(9, 30)).atZone(ZoneId.systemDefault()).toInstant();
                waitUntil("stored as that moment", () -> {
                    JsonNode stored = rest.call("GET", "/api/v1/tickets/" + id, null).path("pendingUntil");
                    return stored.isTextual() && Instant.parse(stored.asText()).equals(wanted);
                });
                waitUntil("the message gone", () -> !onFx(error::isVisible));
                String local = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.ENGLISH)
                        .format(wanted.atZone(ZoneId.systemDefault()));
                waitUntil("in the list in local time (" + local + ")", () -> onFx(() -> main.getScene().getRoot().lookup("#ticketRow-" + number)
                        .lookupAll(".table-cell").stream().anyMatch(cell -> local.equals(((Labeled) cell).getText()))));
                assertThat((String) onFx(time::getText)).isEqualTo("09:30");

                press(main, "#ticketReminderClear");
                press(main, "#ticketSave");
                waitUntil("taken off", () -> rest.call("GET", "/api/v1/tickets/" + id, null).path("pendingUntil").isNull());
                assertThat(rest.call("GET", "/api/v1/tickets/" + id, null).path("status").asText()).isEqualTo("pending");
            }
        }
    }

    /** Whether {@code node} shows: it and every parent visible (the form hides a row by its cell). */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void type(TextField field, String text) {
        onFx(() -> {
            field.clear();
            return null;
        });
        reveal(field);
        robot.clickOn(field).write(text);
    }

    private void press(Stage main, String query) {
        Node button = find(robot, main, query);
        reveal(button);
        robot.clickOn(button);
    }
}
