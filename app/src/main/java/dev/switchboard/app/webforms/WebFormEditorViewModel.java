package dev.switchboard.app.webforms;

import dev.switchboard.app.admin.VersionedEditor;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketField;
import dev.switchboard.shared.tickets.forms.NewWebForm;
import dev.switchboard.shared.tickets.forms.WebForm;
import dev.switchboard.shared.tickets.forms.WebFormRules;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form of one web form: its key (its address {@code /forms/<key>}), site, title, the category
 * and group its tickets get, which of the category's custom fields it asks, on or off. Checked by
 * the shared rules before sending; refusals next to the fields, everything typed kept; a stale
 * version shows both ({@link VersionedEditor}). The sites, categories and fields to choose from
 * are read when the section opens. FX thread.
 */
public final class WebFormEditorViewModel extends VersionedEditor<WebForm, NewWebForm> {

    private final WebFormsApi api;
    private final Executor fx;
    private final WebFormWords words;
    private final ReadOnlyObjectProperty<TeamSnapshot> team;

    private final StringProperty key = new SimpleStringProperty("");
    private final ObservableList<String> sites = FXCollections.observableArrayList("default");
    private final ObjectProperty<String> site = new SimpleObjectProperty<>("default");
    private final StringProperty title = new SimpleStringProperty("");
    private final Map<Long, TicketCategory> categoriesById = new LinkedHashMap<>();
    private final ObservableList<Long> categories = FXCollections.observableArrayList();
    private final ObjectProperty<Long> category = new SimpleObjectProperty<>();
    private final List<TicketField> allFields = new java.util.ArrayList<>();
    private boolean fieldsRead;
    private final ObservableList<TicketField> applicableFields = FXCollections.observableArrayList();
    /** The keys the form asks, in the order chosen. */
    private final ObservableList<String> fieldKeys = FXCollections.observableArrayList();
    private final Map<String, BooleanProperty> asked = new HashMap<>();
    private final ObjectProperty<Group> group = new SimpleObjectProperty<>();
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper publicUrl = new ReadOnlyStringWrapper("");

    WebFormEditorViewModel(WebFormsApi api, I18n i18n, ReadOnlyObjectProperty<TeamSnapshot> team, Executor fx, Consumer<WebForm> saved) {
        super(i18n, fx, new Items<>(api::list, api::create, api::replace, WebForm::id, WebForm::version), "webForms.error.gone", saved);
        this.api = api;
        this.fx = fx;
        this.words = new WebFormWords(i18n);
        this.team = team;
        categories.add(null);
        category.addListener((observable, before, after) -> showApplicableFields());
    }

    public StringProperty keyProperty() {
        return key;
    }

    public ObservableList<String> sites() {
        return sites;
    }

    public ObjectProperty<String> siteProperty() {
        return site;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** The categories to choose from, by id (null: none). */
    public ObservableList<Long> categories() {
        return categories;
    }

    public ObjectProperty<Long> categoryProperty() {
        return category;
    }

    public TicketCategory category(Long id) {
        return id == null ? null : categoriesById.get(id);
    }

    /** The custom fields the chosen category's tickets have: those the form may ask. */
    public ObservableList<TicketField> applicableFields() {
        return applicableFields;
    }

    /** Whether the form asks field {@code fieldKey}; ticking it adds the field at the end. */
    public BooleanProperty askedProperty(String fieldKey) {
        return asked.computeIfAbsent(fieldKey, k -> {
            BooleanProperty ask = new SimpleBooleanProperty(fieldKeys.contains(k));
            ask.addListener((observable, before, after) -> {
                if (after && !fieldKeys.contains(k)) {
                    fieldKeys.add(k);
                } else if (!after) {
                    fieldKeys.remove(k);
                }
            });
            return ask;
        });
    }

    public ObjectProperty<Group> groupProperty() {
        return group;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** Where visitors fill the form being changed; empty for a new one (it has no address until saved). */
    public ReadOnlyStringProperty publicUrlProperty() {
        return publicUrl.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TeamSnapshot> team() {
        return team;
    }

    /** Reads the sites, categories and custom fields to choose from. */
    void readChoices() {
        api.sites().thenAccept(ids -> fx.execute(() -> {
            String chosen = site.get();
            sites.setAll(ids);
            if (chosen != null && !sites.contains(chosen)) {
                sites.add(chosen);
            }
            site.set(chosen);
        }));
        api.categories().thenAccept(read -> fx.execute(() -> {
            Long chosen = category.get();
            categoriesById.clear();
            read.forEach(c -> categoriesById.put(c.id(), c));
            categories.setAll(read.stream().filter(TicketCategory::enabled).map(TicketCategory::id).toList());
            categories.add(0, null);
            category.set(chosen);
        }));
        api.fields().thenAccept(read -> fx.execute(() -> {
            allFields.clear();
            allFields.addAll(read);
            fieldsRead = true;
            showApplicableFields();
        }));
    }

    @Override
    protected void fill(WebForm form) {
        key.set(form == null ? "" : form.key());
        if (form != null && !sites.contains(form.site())) {
            sites.add(form.site());
        }
        site.set(form == null ? sites.stream().findFirst().orElse("default") : form.site());
        title.set(form == null ? "" : form.title());
        category.set(form == null ? null : form.categoryId());
        fieldKeys.setAll(form == null ? List.of() : form.fieldKeys());
        asked.forEach((fieldKey, ask) -> ask.set(fieldKeys.contains(fieldKey)));
        group.set(form == null || form.groupId() == null || team.get() == null ? null : team.get().groups().get(form.groupId()));
        enabled.set(form == null || form.enabled());
        publicUrl.set(form == null ? "" : api.publicUrl(form.key()));
    }

    @Override
    protected NewWebForm request(Long version) {
        return new NewWebForm(key.get().strip(), site.get(), title.get().strip(), category.get(), askedKeys(),
                group.get() == null ? null : group.get().id(), enabled.get(), version);
    }

    @Override
    protected NewWebForm asRequest(WebForm form) {
        return new NewWebForm(form.key(), form.site(), form.title(), form.categoryId(), form.fieldKeys(), form.groupId(), form.enabled(),
                form.version());
    }

    @Override
    protected List<FieldError> check(NewWebForm request, boolean replacing) {
        return WebFormRules.check(request, replacing).stream().map(words::word).toList();
    }

    @Override
    protected FieldError word(FieldError error) {
        return words.word(error);
    }

    @Override
    protected String describe(NewWebForm request) {
        return words.describe(request, categoriesById, team.get() == null ? Map.of() : team.get().groups());
    }

    /** The chosen keys that apply to the chosen category (a field of another category is not asked); all of them until the fields are read. */
    private List<String> askedKeys() {
        if (!fieldsRead) {
            return List.copyOf(fieldKeys);
        }
        Set<String> applicable = new HashSet<>(applicableFields.stream().map(TicketField::key).toList());
        return fieldKeys.stream().filter(applicable::contains).toList();
    }

    /** The enabled fields of every ticket, and those of the chosen category and the categories above it. */
    private void showApplicableFields() {
        Set<Long> lineage = new HashSet<>();
        for (Long id = category.get(); id != null && lineage.add(id); ) {
            TicketCategory c = categoriesById.get(id);
            id = c == null ? null : c.parentId();
        }
        applicableFields.setAll(allFields.stream().filter(f -> f.enabled() && (f.categoryId() == null || lineage.contains(f.categoryId()))).toList());
    }
}
