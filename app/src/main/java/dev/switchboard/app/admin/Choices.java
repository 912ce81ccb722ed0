package dev.switchboard.app.admin;

import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Group;
import java.util.ArrayList;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** How the choice boxes word their items in the reader's language, "any" (null) included, and offer the team's groups. */
public final class Choices {

    private Choices() {
    }

    public static <T> StringConverter<T> words(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        };
    }

    /** A button cell that words null (any) too, as a ComboBox's own leaves it blank. */
    public static <T> ListCell<T> cell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? converter.toString(null) : converter.toString(item));
            }
        };
    }

    /** Words {@code box}'s items, null ("any") too, in the reader's language: now, and again whenever the language changes. */
    public static <T> void wordAs(Disposer disposer, I18n i18n, ComboBox<T> box, Function<T, String> text) {
        StringConverter<T> converter = words(text);
        disposer.observe(i18n.localeProperty(), locale -> {
            box.setConverter(converter);
            box.setButtonCell(cell(converter));
        });
    }

    /** Offers the team's groups by name, as synced; the group {@code chosen} stays chosen, as it is now, when the team changes. */
    public static void groups(Disposer disposer, ComboBox<Group> box, ObservableValue<TeamSnapshot> team, Property<Group> chosen) {
        box.setConverter(words(group -> group == null ? "" : group.name()));
        disposer.observe(team, snapshot -> {
            Group before = chosen.getValue();
            box.getItems().setAll(new ArrayList<>(snapshot.groups().values()));
            chosen.setValue(before == null ? null : snapshot.groups().get(before.id()));
        });
    }

    /**
     * Like {@link #groups}, with "none" (null, worded {@code none}) first. The items are set in one
     * go with null among them, so the box never picks a group of its own while they change.
     */
    public static void groupsOrNone(Disposer disposer, I18n i18n, ComboBox<Group> box, ObservableValue<TeamSnapshot> team, Property<Group> chosen,
                                    String noneKey) {
        wordAs(disposer, i18n, box, group -> group == null ? i18n.get(noneKey) : group.name());
        disposer.observe(team, snapshot -> {
            Group before = chosen.getValue();
            java.util.List<Group> items = new ArrayList<>();
            items.add(null);
            items.addAll(snapshot.groups().values());
            box.getItems().setAll(items);
            chosen.setValue(before == null ? null : snapshot.groups().get(before.id()));
        });
    }
}
