package dev.switchboard.app.groups;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.automation.AutoMessageSettings;
import dev.switchboard.shared.automation.LocalizedText;
import dev.switchboard.shared.groups.GroupSetup;
import dev.switchboard.shared.hours.BusinessHours;
import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/** A group's setup in words, for the two versions of a stale save, and what keeps a group from being deleted. */
final class SetupText {

    private final I18n i18n;
    private final GroupErrors days;
    private final LongFunction<String> agentName;

    SetupText(I18n i18n, GroupErrors days, LongFunction<String> agentName) {
        this.i18n = i18n;
        this.days = days;
        this.agentName = agentName;
    }

    /** One line a part: name, description, how chats are taken, members, hours, wrap-up, automatic messages. */
    String describe(GroupSetup setup) {
        List<String> lines = new ArrayList<>();
        lines.add(i18n.get("groups.field.name") + ": " + setup.name());
        lines.add(i18n.get("groups.field.description") + ": " + (setup.description() == null ? "" : setup.description()));
        lines.add(i18n.get("groups.field.strategy") + ": " + strategy(setup));
        lines.add(i18n.get("groups.text.times", setup.acceptTimeoutSeconds(), setup.maxWaitSeconds()));
        lines.add(i18n.get("groups.tab.members") + ": " + setup.members().stream()
                .map(member -> i18n.get("groups.text.member", agentName.apply(member.agentId()), member.skill()))
                .collect(Collectors.joining(", ")));
        lines.add(i18n.get("groups.tab.hours") + ": " + hours(setup.businessHours()));
        lines.add(i18n.get("groups.field.wrapUpMode") + ": " + (setup.wrapUp() == null || setup.wrapUp().mode() == null ? ""
                : i18n.get("groups.wrapUp." + setup.wrapUp().mode().name()) + ", " + setup.wrapUp().timeLimitSeconds() + " s"));
        lines.add(i18n.get("groups.tab.messages") + ": " + messages(setup.autoMessages()));
        return String.join("\n", lines);
    }

    /** "2 members, 1 open chat" from a refused deletion's fields. */
    String blockers(List<FieldError> blockers) {
        return blockers.stream().map(blocker -> i18n.get("groups.blocker." + blocker.field(), count(blocker.message())))
                .collect(Collectors.joining(i18n.get("groups.text.separator")));
    }

    private String strategy(GroupSetup setup) {
        return setup.strategy() == null ? "" : i18n.get("groups.strategy." + setup.strategy().name());
    }

    private String hours(BusinessHours hours) {
        if (hours == null) {
            return i18n.get("groups.hours.alwaysOpen");
        }
        List<String> parts = new ArrayList<>();
        parts.add(hours.timeZone());
        hours.weekly().forEach(period -> parts.add(i18n.get("groups.hours.periodLabel", days.dayName(period.day()), period.opens(), period.closes())));
        hours.holidays().forEach(holiday -> parts.add(i18n.get("groups.hours.holidayLabel", String.valueOf(holiday.date()))));
        hours.specialDays().forEach(day -> parts.add(i18n.get("groups.hours.specialLabel", String.valueOf(day.date()), day.opens(), day.closes())));
        return String.join("; ", parts);
    }

    private String messages(AutoMessageSettings settings) {
        if (settings == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        text("welcome", settings.welcome(), parts);
        time("queueReassuranceSeconds", settings.queueReassuranceSeconds(), parts);
        text("queueReassurance", settings.queueReassurance(), parts);
        time("agentReminderSeconds", settings.agentReminderSeconds(), parts);
        time("visitorIdleReminderSeconds", settings.visitorIdleReminderSeconds(), parts);
        text("visitorIdleReminder", settings.visitorIdleReminder(), parts);
        time("idleCloseMinutes", settings.idleCloseMinutes(), parts);
        text("idleClose", settings.idleClose(), parts);
        text("outsideHours", settings.outsideHours(), parts);
        return String.join("; ", parts);
    }

    private void text(String name, LocalizedText text, List<String> parts) {
        if (text != null && !text.isEmpty()) {
            parts.add(i18n.get("groups.auto." + name) + " \u201c" + text.forLanguage(i18n.locale().toLanguageTag()) + "\u201d");
        }
    }

    private void time(String name, Integer value, List<String> parts) {
        if (value != null) {
            parts.add(i18n.get("groups.auto." + name) + " " + value);
        }
    }

    private static int count(String message) {
        try {
            return Integer.parseInt(message);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
