package dev.switchboard.server.hours;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.hours.BusinessHours;
import dev.switchboard.shared.hours.Holiday;
import dev.switchboard.shared.hours.SpecialDay;
import dev.switchboard.shared.hours.WeeklyPeriod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Business hours per group: {@code /api/v1/business-hours}. Publishes {@link BusinessHoursService},
 * whose calendars automatic messages (and later SLAs) ask.
 */
public final class BusinessHoursFeature implements BackendFeature {

    /** The demo's groups that keep business hours; VIP is served around the clock. */
    private static final List<String> DEMO_GROUPS = List.of("售前 Pre-sales", "售后 After-sales");

    private final boolean demo;

    /** @param demo give the demo's groups hours of 9:00 to 21:00 in Shanghai, every day, with a few holidays */
    public BusinessHoursFeature(boolean demo) {
        this.demo = demo;
    }

    @Override
    public void install(FeatureContext context) {
        BusinessHoursService hours = new BusinessHoursService(context.jdbi(), context.clock(), context.require(AuditLog.class),
                context.require(ChangeLog.class));
        if (demo) {
            for (String name : DEMO_GROUPS) {
                context.jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM agent_group WHERE name = :name")
                        .bind("name", name).mapTo(Long.class).findOne()).ifPresent(id -> hours.seed(id, demoHours()));
            }
        }
        context.routes(new BusinessHoursRoutes(hours, context.require(Callers.class)));
        context.publish(BusinessHoursService.class, hours);
    }

    static BusinessHours demoHours() {
        List<WeeklyPeriod> everyDay = Arrays.stream(DayOfWeek.values()).map(day -> new WeeklyPeriod(day, "09:00", "21:00")).toList();
        List<Holiday> holidays = List.of(
                new Holiday(LocalDate.of(2027, 1, 1), "元旦 New Year's Day"),
                new Holiday(LocalDate.of(2027, 2, 6), "春节 Spring Festival"),
                new Holiday(LocalDate.of(2027, 2, 7), "春节 Spring Festival"),
                new Holiday(LocalDate.of(2027, 2, 8), "春节 Spring Festival"),
                new Holiday(LocalDate.of(2027, 5, 1), "劳动节 Labour Day"),
                new Holiday(LocalDate.of(2027, 10, 1), "国庆节 National Day"));
        List<SpecialDay> special = List.of(new SpecialDay(LocalDate.of(2027, 2, 9), "10:00", "16:00", "春节 short day"));
        return new BusinessHours("Asia/Shanghai", everyDay, holidays, special);
    }
}
