package dev.switchboard.app.groups;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The business-hours tab: whether the group keeps hours at all, its time zone, the week's periods
 * (several a day), holidays and special days, one row each with a remove button, and under it all
 * the schedule's errors, each naming its row. The rows follow the model's lists.
 */
final class ScheduleView {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().filter(zone -> zone.contains("/")).sorted().toList();

    private final ScheduleModel model;
    private final I18n i18n;
    private final GroupErrors names;
    private final CheckBox keep = new CheckBox();
    private final Label zoneLabel = new Label();
    private final ComboBox<String> zone = new ComboBox<>(FXCollections.observableArrayList(ZONES));
    private final Label weeklyTitle = title();
    private final Label holidaysTitle = title();
    private final Label specialTitle = title();
    private final VBox weeklyRows = new VBox(6);
    private final VBox holidayRows = new VBox(6);
    private final VBox specialRows = new VBox(6);
    private final Button addPeriod = button("hoursAddPeriod");
    private final Button addHoliday = button("hoursAddHoliday");
    private final Button addSpecial = button("hoursAddSpecial");
    private final VBox details;
    private final VBox root;
    private Disposer rowsDisposer = new Disposer();

    ScheduleView(ScheduleModel model, I18n i18n, GroupErrors names, Label error) {
        this.model = model;
        this.i18n = i18n;
        this.names = names;
        keep.setId("hoursKeep");
        zone.setId("hoursZone");
        zone.setEditable(true);
        zone.setPrefWidth(240);
        details = new VBox(10, new HBox(8, zoneLabel, zone), weeklyTitle, weeklyRows, addPeriod, holidaysTitle, holidayRows, addHoliday,
                specialTitle, specialRows, addSpecial);
        ((HBox) details.getChildren().get(0)).setAlignment(Pos.CENTER_LEFT);
        root = new VBox(12, keep, error, details);
        root.setId("scheduleEditor");
        root.setPadding(new Insets(12));
    }

    VBox root() {
        return root;
    }

    void bind(Disposer disposer, ObservableBooleanValue editable) {
        disposer.bind(keep.textProperty(), i18n.text("groups.hours.keep"));
        disposer.bind(zoneLabel.textProperty(), i18n.text("groups.hours.zone"));
        disposer.bind(weeklyTitle.textProperty(), i18n.text("groups.hours.weekly"));
        disposer.bind(holidaysTitle.textProperty(), i18n.text("groups.hours.holidays"));
        disposer.bind(specialTitle.textProperty(), i18n.text("groups.hours.special"));
        disposer.bind(addPeriod.textProperty(), i18n.text("groups.hours.addPeriod"));
        disposer.bind(addHoliday.textProperty(), i18n.text("groups.hours.addHoliday"));
        disposer.bind(addSpecial.textProperty(), i18n.text("groups.hours.addSpecial"));
        Controls.twoWay(disposer, keep.selectedProperty(), model.keepsHours);
        Controls.twoWay(disposer, zone.valueProperty(), model.timeZone);
        disposer.observe(model.keepsHours, keeps -> {
            details.setVisible(keeps);
            details.setManaged(keeps);
        });
        disposer.observe(editable, can -> {
            root.setDisable(!can);
        });
        addPeriod.setOnAction(event -> model.addPeriod());
        addHoliday.setOnAction(event -> model.holidays.add(new ScheduleModel.HolidayRow()));
        addSpecial.setOnAction(event -> model.specialDays.add(new ScheduleModel.SpecialRow()));
        disposer.listenList(model.weekly, change -> rebuild());
        disposer.listenList(model.holidays, change -> rebuild());
        disposer.listenList(model.specialDays, change -> rebuild());
        disposer.listen(i18n.localeProperty(), (observable, before, after) -> rebuild());
        disposer.onDispose(() -> rowsDisposer.dispose());
        rebuild();
    }

    /** The rows again, after one was added or removed (or the language changed the day names). */
    private void rebuild() {
        rowsDisposer.dispose();
        rowsDisposer = new Disposer();
        weeklyRows.getChildren().setAll(model.weekly.stream().map(row -> weeklyRow(row, model.weekly.indexOf(row))).toList());
        holidayRows.getChildren().setAll(model.holidays.stream().map(row -> holidayRow(row, model.holidays.indexOf(row))).toList());
        specialRows.getChildren().setAll(model.specialDays.stream().map(row -> specialRow(row, model.specialDays.indexOf(row))).toList());
    }

    private Node weeklyRow(ScheduleModel.WeeklyRow row, int index) {
        ComboBox<DayOfWeek> day = new ComboBox<>(FXCollections.observableArrayList(DayOfWeek.values()));
        day.setId("periodDay-" + index);
        day.setConverter(new StringConverter<>() {
            @Override
            public String toString(DayOfWeek value) {
                return names.dayName(value);
            }

            @Override
            public DayOfWeek fromString(String text) {
                return null;
            }
        });
        TextField opens = Controls.field("periodOpens-" + index, 5);
        TextField closes = Controls.field("periodCloses-" + index, 5);
        Controls.twoWay(rowsDisposer, day.valueProperty(), row.day);
        Controls.twoWay(rowsDisposer, opens.textProperty(), row.opens);
        Controls.twoWay(rowsDisposer, closes.textProperty(), row.closes);
        Label night = new Label();
        night.getStyleClass().add(Styles.TEXT_MUTED);
        rowsDisposer.bind(night.textProperty(), i18n.text(() -> dev.switchboard.shared.hours.BusinessHoursRules.overnight(row.opens.get(),
                row.closes.get()) ? i18n.get("groups.hours.nextDay") : "", row.opens, row.closes, i18n.localeProperty()));
        return line(day, opens, new Label("–"), closes, night, remove("periodRemove-" + index, () -> model.weekly.remove(row)));
    }

    private Node holidayRow(ScheduleModel.HolidayRow row, int index) {
        TextField date = Controls.field("holidayDate-" + index, 10);
        date.setPromptText("2027-01-01");
        TextField name = Controls.field("holidayName-" + index, 16);
        rowsDisposer.bind(name.promptTextProperty(), i18n.text("groups.hours.name"));
        Controls.twoWay(rowsDisposer, date.textProperty(), row.date);
        Controls.twoWay(rowsDisposer, name.textProperty(), row.name);
        return line(date, name, remove("holidayRemove-" + index, () -> model.holidays.remove(row)));
    }

    private Node specialRow(ScheduleModel.SpecialRow row, int index) {
        TextField date = Controls.field("specialDate-" + index, 10);
        date.setPromptText("2027-02-07");
        TextField opens = Controls.field("specialOpens-" + index, 5);
        TextField closes = Controls.field("specialCloses-" + index, 5);
        TextField name = Controls.field("specialName-" + index, 16);
        rowsDisposer.bind(name.promptTextProperty(), i18n.text("groups.hours.name"));
        Controls.twoWay(rowsDisposer, date.textProperty(), row.date);
        Controls.twoWay(rowsDisposer, opens.textProperty(), row.opens);
        Controls.twoWay(rowsDisposer, closes.textProperty(), row.closes);
        Controls.twoWay(rowsDisposer, name.textProperty(), row.name);
        return line(date, opens, new Label("–"), closes, name, remove("specialRemove-" + index, () -> model.specialDays.remove(row)));
    }

    private Button remove(String id, Runnable action) {
        Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
        remove.setId(id);
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        rowsDisposer.bind(remove.accessibleTextProperty(), i18n.text("groups.remove"));
        remove.setOnAction(event -> action.run());
        return remove;
    }

    private static HBox line(Node... nodes) {
        HBox line = new HBox(8, nodes);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static Label title() {
        Label label = new Label();
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static Button button(String id) {
        Button button = new Button(null, new FontIcon(Material2AL.ADD));
        button.setId(id);
        return button;
    }
}
