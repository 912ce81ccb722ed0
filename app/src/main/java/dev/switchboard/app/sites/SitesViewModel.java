package dev.switchboard.app.sites;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.visitors.SiteSettings;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Sites section: the sites (searched by name, key or origin), the one chosen and its editor,
 * a new site, and deleting one after the administrator confirmed it. Follows the directory, which
 * the change log keeps current, and asks the server for the list whenever the section opens. FX thread.
 */
public final class SitesViewModel {

    private final SitesApi api;
    private final SiteDirectory directory;
    private final Executor fx;
    private final I18n i18n;
    private final SiteEditorViewModel editor;
    private final ObservableList<SiteSettings> sites = FXCollections.observableArrayList();
    private final FilteredList<SiteSettings> shown = new FilteredList<>(sites);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<SiteSettings> selected = new SimpleObjectProperty<>();
    private final BooleanProperty confirmingDelete = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper listError = new ReadOnlyStringWrapper("");
    private Runnable stopFollowing = () -> { };
    /** The administrator asked for a new site: the list changing does not take the form away. */
    private boolean creatingOnPurpose;

    SitesViewModel(SitesApi api, SiteDirectory directory, SiteEditorViewModel editor, I18n i18n, Executor fx) {
        this.api = api;
        this.directory = directory;
        this.editor = editor;
        this.i18n = i18n;
        this.fx = fx;
        search.addListener((observable, before, text) -> shown.setPredicate(site -> matches(site, text)));
        selected.addListener((observable, before, site) -> {
            confirmingDelete.set(false);
            if (site != null) {
                creatingOnPurpose = false;
            }
            // the site as the editor has it already (its own save, come back through the change log) is left alone, and so
            // is what the administrator is typing: a save on an older version shows both versions
            if (site != null && !site.equals(editor.loaded())
                    && (editor.loaded() == null || !editor.loaded().id().equals(site.id()) || !editor.dirty())) {
                editor.edit(site);
            }
        });
        editor.onSaved(saved -> {
            creatingOnPurpose = false;
            sites.setAll(directory.all());
            selected.set(find(saved.id()));
        });
    }

    public void activate() {
        stopFollowing = directory.onChange(() -> fx.execute(this::fromDirectory));
        fromDirectory();
        api.list().whenCompleteAsync((list, failure) -> {
            if (failure != null) {
                listError.set(i18n.get("admin.error.unreachable"));
            } else {
                listError.set("");
                directory.replaceAll(list);
            }
        }, fx);
    }

    public void deactivate() {
        stopFollowing.run();
    }

    /** Starts a new site in the editor. */
    public void newSite() {
        selected.set(null);
        creatingOnPurpose = true;
        editor.create();
    }

    /** The first step of deleting: the view asks the administrator to confirm. */
    public void askToDelete() {
        confirmingDelete.set(selected.get() != null);
    }

    public void delete() {
        SiteSettings site = selected.get();
        confirmingDelete.set(false);
        if (site == null) {
            return;
        }
        api.delete(site.id()).whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                editor.errors().show(failure);
            } else {
                newSite();
                directory.apply(List.of(new Change(0, SiteSettings.ENTITY, site.id(), ChangeOp.DELETE, null, null)));
            }
        }, fx);
    }

    /** The directory changed (the list read, a save here, a change by another administrator). */
    private void fromDirectory() {
        String chosen = selected.get() == null ? null : selected.get().id();
        sites.setAll(directory.all());
        if (chosen != null) {
            SiteSettings again = find(chosen);
            if (again == null) {
                newSite(); // deleted, here or elsewhere
            } else {
                selected.set(again);
            }
        } else if (!creatingOnPurpose && !sites.isEmpty()) {
            selected.set(sites.get(0));
        }
    }

    private SiteSettings find(String id) {
        return sites.stream().filter(site -> site.id().equals(id)).findFirst().orElse(null);
    }

    private static boolean matches(SiteSettings site, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return site.id().toLowerCase(Locale.ROOT).contains(wanted) || site.name().toLowerCase(Locale.ROOT).contains(wanted)
                || (site.allowedOrigins() != null && site.allowedOrigins().stream().anyMatch(origin -> origin.contains(wanted)));
    }

    /** The sites the search lets through; the view sorts them by the column the administrator picks. */
    public ObservableList<SiteSettings> shownSites() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<SiteSettings> selectedProperty() {
        return selected;
    }

    public BooleanProperty confirmingDeleteProperty() {
        return confirmingDelete;
    }

    public ReadOnlyStringProperty listErrorProperty() {
        return listError.getReadOnlyProperty();
    }

    public SiteEditorViewModel editor() {
        return editor;
    }
}
