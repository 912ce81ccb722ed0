package dev.switchboard.app.sites;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.admin.StaleEdit;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sites.SiteRules;
import dev.switchboard.shared.sites.WidgetColors;
import dev.switchboard.shared.visitors.SiteSettings;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The site being edited (or created): its {@link SiteForm}, the pre-chat field chosen in it, the
 * shared rules checked before sending, field errors next to the fields, a stale save's two
 * versions, the embed tag, and the preview in a browser. Nothing typed is lost on an error. FX thread.
 */
public final class SiteEditorViewModel {

    private final SitesApi api;
    private final SiteDirectory directory;
    private final BrowserOpener browser;
    private final I18n i18n;
    private final Executor fx;
    private final SiteForm form = new SiteForm();
    private final FormErrors errors;
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<StaleEdit> stale = new SimpleObjectProperty<>();
    private final ObjectProperty<FieldDraft> selectedField = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper snippet = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewLink = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final BooleanProperty previewEnglish = new SimpleBooleanProperty();
    private final BooleanProperty previewOffline = new SimpleBooleanProperty();
    private SiteSettings loaded;
    private SiteSettings current;
    private Consumer<SiteSettings> onSaved = site -> { };

    SiteEditorViewModel(SitesApi api, SiteDirectory directory, BrowserOpener browser, I18n i18n, Executor fx) {
        this.api = api;
        this.directory = directory;
        this.browser = browser;
        this.i18n = i18n;
        this.fx = fx;
        this.errors = new FormErrors(i18n);
        previewEnglish.set(!"zh".equals(i18n.locale().getLanguage()));
    }

    /** Edits {@code site} as saved, forgetting what was typed before. */
    public void edit(SiteSettings site) {
        loaded = site;
        creating.set(false);
        reset(site);
        snippet.set("");
        api.embed(site.id()).whenCompleteAsync((embed, failure) -> {
            if (failure == null && loaded != null && loaded.id().equals(site.id())) {
                snippet.set(embed.snippet());
            }
        }, fx);
    }

    /** Starts a new site: the widget's own look, every origin to be listed, no form. */
    public void create() {
        loaded = null;
        creating.set(true);
        snippet.set("");
        reset(new SiteSettings("", "", List.of(), false));
    }

    /** Whether what the form holds differs from what was loaded. */
    public boolean dirty() {
        return loaded == null ? !form.keyProperty().get().isBlank() || !form.nameProperty().get().isBlank()
                : !form.toSettings(loaded.version()).equals(comparable(loaded));
    }

    /** The site the form shows, as saved (null while creating). */
    public SiteSettings loaded() {
        return loaded;
    }

    /** Checks the shared rules, then creates or saves; refusals go next to their fields, a stale save shows both versions. */
    public void save() {
        SiteSettings draft = form.toSettings(loaded == null ? null : loaded.version());
        List<FieldError> found = creating.get() ? SiteRules.checkNew(draft) : SiteRules.check(draft);
        stale.set(null);
        notice.set("");
        if (!found.isEmpty()) {
            show(found);
            return;
        }
        errors.clear();
        busy.set(true);
        CompletableFuture<SiteSettings> saving = creating.get() ? api.create(draft) : api.update(loaded.id(), draft);
        saving.whenCompleteAsync((saved, failure) -> {
            busy.set(false);
            if (failure == null) {
                directory.put(saved);
                edit(saved);
                notice.set(i18n.get("sites.saved"));
                onSaved.accept(saved);
            } else {
                refused(failure, draft);
            }
        }, fx);
    }

    /** After a stale save: the admin's changes again, on top of the current version. */
    public void reapply() {
        if (current != null) {
            loaded = current;
            stale.set(null);
            save();
        }
    }

    /** After a stale save: the current version, dropping what the admin typed. */
    public void takeTheirs() {
        if (current != null) {
            edit(current);
            directory.put(current);
        }
    }

    /** Opens the real widget with what the form holds (saved or not) on the backend's preview page. */
    public void openPreview() {
        if (loaded == null) {
            return;
        }
        SiteSettings draft = form.toSettings(null);
        List<FieldError> found = SiteRules.check(draft);
        if (!found.isEmpty()) {
            show(found);
            return;
        }
        errors.clear();
        api.preview(loaded.id(), draft).whenCompleteAsync((preview, failure) -> {
            if (failure != null) {
                refused(failure, null);
                return;
            }
            String url = preview.url() + (previewEnglish.get() ? "&lang=en" : "") + (previewOffline.get() ? "&offline=1" : "");
            previewLink.set(url);
            browser.open(url).whenCompleteAsync((opened, ignored) -> notice.set(i18n.get(
                    Boolean.TRUE.equals(opened) ? "sites.preview.opened" : "sites.preview.copyLink")), fx);
        }, fx);
    }

    public void addField() {
        FieldDraft field = new FieldDraft(null);
        int n = form.fields().size() + 1;
        while (hasKey("field" + n)) {
            n++;
        }
        field.keyProperty().set("field" + n);
        field.labelProperty().set(i18n.get("sites.field.newLabel"));
        form.fields().add(field);
        selectedField.set(field);
    }

    public void removeField() {
        FieldDraft field = selectedField.get();
        if (field != null) {
            int at = form.fields().indexOf(field);
            form.fields().remove(field);
            selectedField.set(form.fields().isEmpty() ? null : form.fields().get(Math.min(at, form.fields().size() - 1)));
        }
    }

    /** Moves {@code field} to {@code index} (drag and drop, or the keys); the errors of the old order go. */
    public void moveField(FieldDraft field, int index) {
        int from = form.fields().indexOf(field);
        if (from < 0 || index < 0 || index >= form.fields().size() || index == from) {
            return;
        }
        form.fields().remove(from);
        form.fields().add(index, field);
        selectedField.set(field);
        errors.clear();
    }

    /** The lower contrast of the text colour on the two background colours, as people read it. */
    public StringBinding contrastText() {
        return Bindings.createStringBinding(() -> {
            double ratio = form.contrast();
            if (ratio == 0) {
                return "";
            }
            String shown = String.format(Locale.ROOT, "%.1f", ratio);
            return ratio < WidgetColors.READABLE ? i18n.get("sites.contrast.low", shown) : i18n.get("sites.contrast.ok", shown);
        }, form.colorProperty(), form.colorEndProperty(), form.textColorProperty(), i18n.localeProperty());
    }

    public boolean contrastTooLow() {
        double ratio = form.contrast();
        return ratio > 0 && ratio < WidgetColors.READABLE;
    }

    private void refused(Throwable failure, SiteSettings draft) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ProblemException problem && problem.is(ProblemType.CONFLICT) && draft != null && loaded != null) {
            errors.show(failure);
            api.get(loaded.id()).whenCompleteAsync((theirs, missing) -> {
                if (theirs != null) {
                    current = theirs;
                    stale.set(new StaleEdit(SiteDescription.of(theirs, i18n), SiteDescription.of(draft, i18n)));
                }
            }, fx);
        } else if (cause instanceof ProblemException problem && problem.is(ProblemType.CONFLICT) && creating.get()) {
            show(List.of(new FieldError("id", i18n.get("sites.error.keyTaken"))));
        } else if (cause instanceof ProblemException problem && problem.problem().errors() != null && !problem.problem().errors().isEmpty()) {
            show(problem.problem().errors());
        } else {
            errors.show(failure);
        }
    }

    /** Shows errors next to the fields: an origin's on its line of the origins, a pre-chat field's in that field's editor. */
    private void show(List<FieldError> found) {
        for (int i = 0; i < form.fields().size(); i++) {
            for (String part : List.of("key", "type", "label", "labelZh", "options", "pattern")) {
                errors.field("prechat.fields[" + i + "]." + part);
            }
        }
        List<Integer> lines = form.originLines();
        errors.show(found.stream().map(error -> SiteErrors.placed(error, lines, i18n)).toList());
    }

    private void reset(SiteSettings site) {
        errors.clear();
        stale.set(null);
        current = null;
        notice.set("");
        previewLink.set("");
        form.fill(site);
        selectedField.set(form.fields().isEmpty() ? null : form.fields().get(0));
    }

    private boolean hasKey(String key) {
        return form.fields().stream().anyMatch(field -> field.keyProperty().get().equals(key));
    }

    /** The saved site as the form would send it back unchanged. */
    private static SiteSettings comparable(SiteSettings site) {
        SiteForm copy = new SiteForm();
        copy.fill(site);
        return copy.toSettings(site.version());
    }

    void onSaved(Consumer<SiteSettings> listener) {
        onSaved = listener;
    }

    public SiteForm form() {
        return form;
    }

    public FormErrors errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObjectProperty<StaleEdit> staleProperty() {
        return stale;
    }

    public ObjectProperty<FieldDraft> selectedFieldProperty() {
        return selectedField;
    }

    public ReadOnlyStringProperty snippetProperty() {
        return snippet.getReadOnlyProperty();
    }

    /** The preview page's address once one was made: to copy where no browser opened. */
    public ReadOnlyStringProperty previewLinkProperty() {
        return previewLink.getReadOnlyProperty();
    }

    /** What just happened (saved, preview opened), for a line under the buttons. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The language the preview shows: English, else Chinese. */
    public BooleanProperty previewEnglishProperty() {
        return previewEnglish;
    }

    /** Whether the preview shows the widget as when nobody is online. */
    public BooleanProperty previewOfflineProperty() {
        return previewOffline;
    }

}
