package dev.switchboard.app.tickets.fields;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.FieldType;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketField;
import dev.switchboard.shared.tickets.TicketPatch;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The custom fields of a form: which apply, what the agent typed, the shared rules' errors, what a save sends. */
class CustomFieldEditsTest {

    private static final TicketCategory FAULT = new TicketCategory(3, null, "Fault", "故障", 3, true, 1);
    private static final TicketCategory ROBOT = new TicketCategory(7, 3L, "Robots", "机器人", 1, true, 1);
    private static final TicketCategory INQUIRY = new TicketCategory(1, null, "Inquiry", "咨询", 1, true, 1);
    private static final TicketField SERIAL = field(1, "serial", FieldType.TEXT, List.of(), true, 3L);
    private static final TicketField UNITS = field(2, "units", FieldType.NUMBER, List.of(), false, null);
    private static final TicketField BOUGHT = field(3, "bought", FieldType.DATE, List.of(), false, 3L);
    private static final TicketField MODEL = field(4, "model", FieldType.DROPDOWN, List.of("A3", "A7"), false, null);
    private static final TicketField PARTS = field(5, "parts", FieldType.MULTI_SELECT, List.of("brush", "battery"), false, null);
    private static final TicketField WARRANTY = field(6, "warranty", FieldType.CHECKBOX, List.of(), true, null);

    @Test
    void aRequiredFieldOfTheCategoryAboveIsMissingAndTheTypedTextStays() {
        CustomFieldEdits form = form(true);
        form.categoryId().set(ROBOT.id());
        assertThat(form.applicable()).extracting(TicketField::key).containsExactly("serial", "units", "bought", "model", "parts", "warranty");
        form.input("units").text.set("twelve");
        form.input("bought").text.set("2026-13-01");

        List<FieldError> errors = CustomFieldWords.word(form.checkNew(), form, new I18n(Locale.ENGLISH));

        assertThat(errors).containsExactlyInAnyOrder(new FieldError("customFields.serial", "Required"),
                new FieldError("customFields.units", "A number, such as 42 or 3.5"),
                new FieldError("customFields.bought", "A day as yyyy-MM-dd, such as 2026-12-07"));
        assertThat(form.input("units").text.get()).as("kept as typed").isEqualTo("twelve");
        assertThat(form.values()).as("a new ticket's checkbox is a value: unticked").containsEntry("warranty", false);
    }

    @Test
    void anotherCategoryHidesItsFieldsAndBringsBackWhatWasTypedWhenChosenAgain() {
        CustomFieldEdits form = form(true);
        form.categoryId().set(FAULT.id());
        form.input("serial").text.set("SN-42");
        form.categoryId().set(INQUIRY.id());
        assertThat(form.applicable()).extracting(TicketField::key).doesNotContain("serial", "bought");
        assertThat(form.checkNew()).as("a field of another category is not asked for").isEmpty();
        assertThat(form.values()).doesNotContainKey("serial");
        form.categoryId().set(FAULT.id());
        assertThat(form.values()).containsEntry("serial", "SN-42");
    }

    @Test
    void aSaveSendsOnlyWhatDiffersFromTheVersionReadAndClearsWithNull() {
        CustomFieldEdits form = form(false);
        form.categoryId().set(FAULT.id());
        form.show(Map.of("serial", "SN-1", "units", 2, "parts", List.of("brush"), "warranty", true));
        assertThat(form.changes()).as("2 typed as it shows is the same 2").isEmpty();
        assertThat(form.addTo(null, 4)).isNull();

        form.input("units").text.set("2.50");
        form.input("parts").chosen.add("battery");
        form.input("serial").text.set("");
        TicketPatch patch = form.addTo(null, 4);

        assertThat(patch.version()).isEqualTo(4);
        assertThat(patch.customFields()).containsEntry("units", 2.5).containsEntry("parts", List.of("brush", "battery"))
                .containsEntry("serial", null).hasSize(3);
        assertThat(form.checkChanges()).as("clearing a required field").containsExactly(new FieldError("customFields.serial", "required"));
        form.input("model").text.set("A9");
        assertThat(CustomFieldWords.word(form.checkChanges(), form, new I18n(Locale.SIMPLIFIED_CHINESE)))
                .contains(new FieldError("customFields.model", "可选：A3, A7"));
    }

    private static CustomFieldEdits form(boolean creating) {
        CustomFieldEdits form = new CustomFieldEdits(creating);
        form.categories().set(Map.of(FAULT.id(), FAULT, ROBOT.id(), ROBOT, INQUIRY.id(), INQUIRY));
        form.definitions().set(List.of(SERIAL, UNITS, BOUGHT, MODEL, PARTS, WARRANTY));
        return form;
    }

    private static TicketField field(long id, String key, FieldType type, List<String> options, boolean required, Long categoryId) {
        return new TicketField(id, key, key, key, type, options, required, categoryId, (int) id, true, 1);
    }
}
