package dev.switchboard.app.groups;

import dev.switchboard.shared.automation.AutoMessageSettings;
import dev.switchboard.shared.automation.LocalizedText;
import dev.switchboard.shared.problem.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A group's automatic messages as typed: each text in Chinese and English, each time as text. A
 * field left empty is inherited from the site (null); a time of 0 switches it off. Keys are the
 * fields' JSON paths in a group's setup, so that the backend's errors find them. FX thread.
 */
final class AutoMessagesModel {

    static final String PREFIX = "autoMessages.";
    static final List<String> TEXTS = List.of("welcome", "queueReassurance", "visitorIdleReminder", "idleClose", "outsideHours");
    static final List<String> TIMES = List.of("queueReassuranceSeconds", "agentReminderSeconds", "visitorIdleReminderSeconds", "idleCloseMinutes");

    private final Map<String, StringProperty> fields = new LinkedHashMap<>();

    AutoMessagesModel() {
        for (String text : TEXTS) {
            fields.put(PREFIX + text + ".zh", new SimpleStringProperty(""));
            fields.put(PREFIX + text + ".en", new SimpleStringProperty(""));
        }
        TIMES.forEach(time -> fields.put(PREFIX + time, new SimpleStringProperty("")));
    }

    /** The typed text of {@code field}, e.g. {@code autoMessages.welcome.zh} or {@code autoMessages.idleCloseMinutes}. */
    StringProperty field(String field) {
        StringProperty property = fields.get(field);
        if (property == null) {
            throw new IllegalArgumentException("no automatic-message field " + field);
        }
        return property;
    }

    void load(AutoMessageSettings settings) {
        AutoMessageSettings shown = settings == null ? AutoMessageSettings.NONE : settings;
        text("welcome", shown.welcome());
        text("queueReassurance", shown.queueReassurance());
        text("visitorIdleReminder", shown.visitorIdleReminder());
        text("idleClose", shown.idleClose());
        text("outsideHours", shown.outsideHours());
        time("queueReassuranceSeconds", shown.queueReassuranceSeconds());
        time("agentReminderSeconds", shown.agentReminderSeconds());
        time("visitorIdleReminderSeconds", shown.visitorIdleReminderSeconds());
        time("idleCloseMinutes", shown.idleCloseMinutes());
    }

    /** The settings as typed; a time that is not a whole number is added to {@code errors} and left out. */
    AutoMessageSettings settings(List<FieldError> errors) {
        return new AutoMessageSettings(text("welcome"), number("queueReassuranceSeconds", errors), text("queueReassurance"),
                number("agentReminderSeconds", errors), number("visitorIdleReminderSeconds", errors), text("visitorIdleReminder"),
                number("idleCloseMinutes", errors), text("idleClose"), text("outsideHours"));
    }

    private void text(String name, LocalizedText text) {
        field(PREFIX + name + ".zh").set(text == null || text.zh() == null ? "" : text.zh());
        field(PREFIX + name + ".en").set(text == null || text.en() == null ? "" : text.en());
    }

    private void time(String name, Integer value) {
        field(PREFIX + name).set(value == null ? "" : value.toString());
    }

    private LocalizedText text(String name) {
        String zh = field(PREFIX + name + ".zh").get();
        String en = field(PREFIX + name + ".en").get();
        boolean noZh = zh == null || zh.isBlank();
        boolean noEn = en == null || en.isBlank();
        return noZh && noEn ? null : new LocalizedText(noZh ? null : zh.strip(), noEn ? null : en.strip());
    }

    private Integer number(String name, List<FieldError> errors) {
        return Numbers.parse(field(PREFIX + name).get(), PREFIX + name, errors);
    }
}
