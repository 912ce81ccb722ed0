package dev.switchboard.app.groups;

import dev.switchboard.shared.hours.BusinessHours;
import dev.switchboard.shared.hours.Holiday;
import dev.switchboard.shared.hours.SpecialDay;
import dev.switchboard.shared.hours.WeeklyPeriod;
import dev.switchboard.shared.problem.FieldError;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A group's business hours as the editor holds them while typed: whether it keeps any (without,
 * always open), the time zone, the week's periods, holidays and special days, each a row of text the
 * admin types; {@link #hours} reads them back, naming what does not parse. FX thread.
 */
final class ScheduleModel {

    /** The zone a group gets when it starts keeping hours: most call centres using this work in China. */
    static final String DEFAULT_ZONE = "Asia/Shanghai";

    /** A period of the week as typed. */
    static final class WeeklyRow {
        final ObjectProperty<DayOfWeek> day = new SimpleObjectProperty<>(DayOfWeek.MONDAY);
        final StringProperty opens = new SimpleStringProperty("09:00");
        final StringProperty closes = new SimpleStringProperty("18:00");
    }

    /** A closed date as typed ({@code yyyy-MM-dd}). */
    static final class HolidayRow {
        final StringProperty date = new SimpleStringProperty("");
        final StringProperty name = new SimpleStringProperty("");
    }

    /** A date open on other hours, one period a row, as typed. */
    static final class SpecialRow {
        final StringProperty date = new SimpleStringProperty("");
        final StringProperty opens = new SimpleStringProperty("10:00");
        final StringProperty closes = new SimpleStringProperty("16:00");
        final StringProperty name = new SimpleStringProperty("");
    }

    final BooleanProperty keepsHours = new SimpleBooleanProperty();
    final StringProperty timeZone = new SimpleStringProperty(DEFAULT_ZONE);
    final ObservableList<WeeklyRow> weekly = FXCollections.observableArrayList();
    final ObservableList<HolidayRow> holidays = FXCollections.observableArrayList();
    final ObservableList<SpecialRow> specialDays = FXCollections.observableArrayList();

    /** Shows {@code hours} (null: always open), replacing whatever was typed. */
    void load(BusinessHours hours) {
        keepsHours.set(hours != null);
        timeZone.set(hours == null ? DEFAULT_ZONE : hours.timeZone());
        List<WeeklyRow> periods = new ArrayList<>();
        List<HolidayRow> closed = new ArrayList<>();
        List<SpecialRow> special = new ArrayList<>();
        if (hours != null) {
            hours.weekly().stream().sorted(Comparator.comparing(WeeklyPeriod::day).thenComparing(WeeklyPeriod::opens)).forEach(period -> {
                WeeklyRow row = new WeeklyRow();
                row.day.set(period.day());
                row.opens.set(period.opens());
                row.closes.set(period.closes());
                periods.add(row);
            });
            hours.holidays().forEach(holiday -> {
                HolidayRow row = new HolidayRow();
                row.date.set(holiday.date().toString());
                row.name.set(holiday.name() == null ? "" : holiday.name());
                closed.add(row);
            });
            hours.specialDays().forEach(day -> {
                SpecialRow row = new SpecialRow();
                row.date.set(day.date().toString());
                row.opens.set(day.opens());
                row.closes.set(day.closes());
                row.name.set(day.name() == null ? "" : day.name());
                special.add(row);
            });
        }
        weekly.setAll(periods);
        holidays.setAll(closed);
        specialDays.setAll(special);
    }

    /** A new period: the day after the last one's, with its times, so that typing a week is quick. */
    void addPeriod() {
        WeeklyRow row = new WeeklyRow();
        if (!weekly.isEmpty()) {
            WeeklyRow last = weekly.get(weekly.size() - 1);
            row.day.set(last.day.get() == null ? DayOfWeek.MONDAY : last.day.get().plus(1));
            row.opens.set(last.opens.get());
            row.closes.set(last.closes.get());
        }
        weekly.add(row);
    }

    /**
     * The hours as typed, null while the group keeps none; dates that do not parse are added to
     * {@code errors} (as the backend would name them) and left out.
     */
    BusinessHours hours(List<FieldError> errors) {
        if (!keepsHours.get()) {
            return null;
        }
        List<WeeklyPeriod> periods = weekly.stream().map(row -> new WeeklyPeriod(row.day.get(), row.opens.get(), row.closes.get())).toList();
        List<Holiday> closed = new ArrayList<>();
        for (int i = 0; i < holidays.size(); i++) {
            HolidayRow row = holidays.get(i);
            closed.add(new Holiday(date(row.date.get(), "businessHours.holidays[" + i + "].date", errors), blankToNull(row.name.get())));
        }
        List<SpecialDay> special = new ArrayList<>();
        for (int i = 0; i < specialDays.size(); i++) {
            SpecialRow row = specialDays.get(i);
            special.add(new SpecialDay(date(row.date.get(), "businessHours.specialDays[" + i + "].date", errors), row.opens.get(),
                    row.closes.get(), blankToNull(row.name.get())));
        }
        return new BusinessHours(timeZone.get() == null ? null : timeZone.get().strip(), periods, closed, special);
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "a date such as 2027-01-01"));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
