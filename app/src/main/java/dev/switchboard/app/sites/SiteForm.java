package dev.switchboard.app.sites;

import dev.switchboard.shared.automation.LocalizedText;
import dev.switchboard.shared.sites.SiteRules;
import dev.switchboard.shared.sites.WidgetColors;
import dev.switchboard.shared.sites.WidgetLook;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.shared.visitors.SiteSettings;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Everything of one site as the editor holds it while the administrator types: filled from a
 * site, read back as the site to save or preview. Origins are typed one per line; the lines that
 * hold one are sent, normalized as browsers send origins. FX thread.
 */
public final class SiteForm {

    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty origins = new SimpleStringProperty("");
    private final BooleanProperty typingPreview = new SimpleBooleanProperty();
    private final StringProperty color = new SimpleStringProperty(WidgetLook.DEFAULT.color());
    private final StringProperty colorEnd = new SimpleStringProperty(WidgetLook.DEFAULT.colorEnd());
    private final StringProperty textColor = new SimpleStringProperty(WidgetLook.DEFAULT.textColor());
    private final ObjectProperty<WidgetLook.Position> position = new SimpleObjectProperty<>(WidgetLook.Position.BOTTOM_RIGHT);
    private final IntegerProperty offsetX = new SimpleIntegerProperty(20);
    private final IntegerProperty offsetY = new SimpleIntegerProperty(20);
    private final StringProperty greetingZh = new SimpleStringProperty("");
    private final StringProperty greetingEn = new SimpleStringProperty("");
    private final StringProperty offlineZh = new SimpleStringProperty("");
    private final StringProperty offlineEn = new SimpleStringProperty("");
    private final ObservableList<FieldDraft> fields = FXCollections.observableArrayList(field -> new javafx.beans.Observable[] {
            field.keyProperty(), field.typeProperty(), field.labelProperty(), field.labelZhProperty(), field.requiredProperty(),
            field.optionsProperty(), field.routingProperty()});

    /** Fills the form from {@code site}; a new site starts from the widget's own look and no form. */
    void fill(SiteSettings site) {
        WidgetLook look = site.look() == null ? WidgetLook.DEFAULT : site.look();
        key.set(site.id() == null ? "" : site.id());
        name.set(site.name() == null ? "" : site.name());
        origins.set(site.allowedOrigins() == null ? "" : String.join("\n", site.allowedOrigins()));
        typingPreview.set(Boolean.TRUE.equals(site.typingPreview()));
        color.set(look.color());
        colorEnd.set(look.colorEnd());
        textColor.set(look.textColor());
        position.set(look.position() == null ? WidgetLook.Position.BOTTOM_RIGHT : look.position());
        offsetX.set(look.offsetX() == null ? 20 : look.offsetX());
        offsetY.set(look.offsetY() == null ? 20 : look.offsetY());
        greetingZh.set(text(look.greeting(), true));
        greetingEn.set(text(look.greeting(), false));
        offlineZh.set(text(look.offlineMessage(), true));
        offlineEn.set(text(look.offlineMessage(), false));
        List<FieldDraft> drafts = new ArrayList<>();
        (site.prechat() == null ? PrechatForm.NONE : site.prechat()).fields().forEach(field -> drafts.add(FieldDraft.of(field)));
        fields.setAll(drafts);
    }

    /** The site as typed, at {@code version} (null for a new one). */
    SiteSettings toSettings(Long version) {
        WidgetLook look = new WidgetLook(color.get(), colorEnd.get(), textColor.get(), position.get(), offsetX.get(), offsetY.get(),
                new LocalizedText(greetingZh.get(), greetingEn.get()), new LocalizedText(offlineZh.get(), offlineEn.get()));
        PrechatForm form = new PrechatForm(fields.stream().map(FieldDraft::toField).toList());
        return new SiteSettings(key.get().strip(), name.get(), originList(), typingPreview.get(), look, form, version);
    }

    /** The origins typed, one per non-blank line, as browsers send them. */
    List<String> originList() {
        return originLines().stream().map(line -> SiteRules.normalizedOrigin(origins.get().split("\\R", -1)[line])).toList();
    }

    /** The numbers (from 0) of the lines that hold an origin: the n-th origin sent is on line {@code originLines().get(n)}. */
    List<Integer> originLines() {
        String[] lines = origins.get().split("\\R", -1);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                numbers.add(i);
            }
        }
        return numbers;
    }

    /** How readable the text colour is on the colours behind it: the lower contrast ratio of the two; 0 while a colour is not valid. */
    double contrast() {
        if (!WidgetColors.isColor(textColor.get()) || !WidgetColors.isColor(color.get()) || !WidgetColors.isColor(colorEnd.get())) {
            return 0;
        }
        return Math.min(WidgetColors.contrast(textColor.get(), color.get()), WidgetColors.contrast(textColor.get(), colorEnd.get()));
    }

    private static String text(LocalizedText text, boolean zh) {
        String value = text == null ? null : zh ? text.zh() : text.en();
        return value == null ? "" : value;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The allowed origins, one per line. */
    public StringProperty originsProperty() {
        return origins;
    }

    public BooleanProperty typingPreviewProperty() {
        return typingPreview;
    }

    public StringProperty colorProperty() {
        return color;
    }

    public StringProperty colorEndProperty() {
        return colorEnd;
    }

    public StringProperty textColorProperty() {
        return textColor;
    }

    public ObjectProperty<WidgetLook.Position> positionProperty() {
        return position;
    }

    public IntegerProperty offsetXProperty() {
        return offsetX;
    }

    public IntegerProperty offsetYProperty() {
        return offsetY;
    }

    public StringProperty greetingZhProperty() {
        return greetingZh;
    }

    public StringProperty greetingEnProperty() {
        return greetingEn;
    }

    public StringProperty offlineZhProperty() {
        return offlineZh;
    }

    public StringProperty offlineEnProperty() {
        return offlineEn;
    }

    /** The pre-chat fields in their order; a change of any of their values is a change of the list. */
    public ObservableList<FieldDraft> fields() {
        return fields;
    }
}
