package dev.switchboard.app.tickets.together;

import dev.switchboard.app.admin.Choices;
import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.together.SavedView;
import dev.switchboard.shared.tickets.together.SavedViewInput;
import dev.switchboard.shared.tickets.together.SavedViewRules;
import dev.switchboard.shared.tickets.together.ViewConditions;
import dev.switchboard.shared.tickets.together.ViewVisibility;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Saved views beside the built-in queues: choosing one lists what its conditions find (the queue's
 * choice comes back with "back to the queue" or by choosing a queue); "Save as view" keeps the list's
 * current filter under a name, for the agent alone or — supervisors for their groups, administrators
 * for anyone — shared (Enter in the name saves too). Ids: {@code ticketViews}, {@code ticketViewClear}, {@code ticketViewName},
 * {@code ticketViewShare}, {@code ticketViewSave}, {@code ticketViewError}. FX thread.
 */
public final class SavedViewsBar extends View<FlowPane> {

    /** Who a view is saved for: the words, and the visibility with its role or group. */
    public record Share(String label, ViewVisibility visibility, Role role, Long groupId) {
    }

    /** The view's sort and columns when saved from the list as it is. */
    private static final String SORT = "-updatedAt";
    private static final List<String> COLUMNS = List.of("number", "subject", "requester", "status", "priority", "assignee", "group", "updatedAt");

    private final TogetherApi api;
    private final I18n i18n;
    private final Executor fx;
    private final long me;
    private final Supplier<ViewConditions> currentFilter;
    private final Supplier<List<Share>> shares;
    private final Consumer<ListScope> show;
    private final ComboBox<SavedView> views = new ComboBox<>();
    private final Button clear = new Button(null, new FontIcon(Material2AL.CLEAR));
    private final TextField name = new TextField();
    private final ComboBox<Share> share = new ComboBox<>();
    private final Button save = new Button(null, new FontIcon(Material2AL.BOOKMARK_BORDER));
    private final Label error = new Label();
    private final FormErrors errors;
    /** Wraps on a narrow window rather than pushing "Save" out of it. */
    private final FlowPane root = new FlowPane(6, 6);

    /**
     * @param currentFilter the conditions of what the list shows now
     * @param show          lists a saved view's tickets (null: the queue's again)
     */
    public SavedViewsBar(TogetherApi api, I18n i18n, Executor fx, long me, Supplier<ViewConditions> currentFilter,
                         Supplier<List<Share>> shares, Consumer<ListScope> show) {
        this.api = api;
        this.i18n = i18n;
        this.fx = fx;
        this.me = me;
        this.currentFilter = currentFilter;
        this.shares = shares;
        this.show = show;
        this.errors = new FormErrors(i18n);
        views.setId("ticketViews");
        clear.setId("ticketViewClear");
        name.setId("ticketViewName");
        name.setPrefColumnCount(10);
        share.setId("ticketViewShare");
        save.setId("ticketViewSave");
        error.setId("ticketViewError");
        error.getStyleClass().add("text-danger");
        views.setConverter(Choices.words(view -> view == null ? "" : view.name()));
        share.setConverter(Choices.words(choice -> choice == null ? "" : choice.label()));
        views.valueProperty().addListener((observable, before, chosen) -> show.accept(chosen == null ? null : scope(chosen)));
        clear.setOnAction(event -> views.setValue(null));
        save.setOnAction(event -> saveCurrent());
        name.setOnAction(event -> saveCurrent());
        root.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().setAll(views, clear, name, share, save, error);
    }

    @Override
    public FlowPane root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        disposer.bind(views.promptTextProperty(), i18n.text("tickets.views.prompt"));
        disposer.bind(name.promptTextProperty(), i18n.text("tickets.views.name"));
        disposer.bind(save.textProperty(), i18n.text("tickets.views.save"));
        // a form without labels: what is wrong with the name shows beside the other messages
        disposer.bind(error.textProperty(), javafx.beans.binding.Bindings.concat(errors.general(), errors.field("name")));
        List<Share> choices = shares.get();
        share.getItems().setAll(choices);
        share.setValue(choices.get(0));
        share.setVisible(choices.size() > 1);
        share.setManaged(choices.size() > 1);
        reload(null);
    }

    /** Back to the queue: the queue was chosen. */
    public void leaveView() {
        views.setValue(null);
    }

    private void saveCurrent() {
        Share chosen = share.getValue();
        SavedViewInput input = new SavedViewInput(name.getText() == null ? null : name.getText().strip(), currentFilter.get(), COLUMNS, SORT,
                null, chosen.visibility(), chosen.role(), chosen.groupId(), null);
        List<FieldError> invalid = SavedViewRules.check(input);
        if (!invalid.isEmpty()) {
            errors.show(invalid);
            name.requestFocus();
            return;
        }
        api.create(input).whenCompleteAsync((made, failure) -> {
            if (failure != null) {
                errors.show(failure);
                return;
            }
            errors.clear();
            name.clear();
            reload(made.id());
        }, fx);
    }

    private void reload(Long choose) {
        CompletableFuture<List<SavedView>> read = api.views();
        read.whenCompleteAsync((found, failure) -> {
            if (failure != null) {
                errors.show(failure);
                return;
            }
            SavedView chosen = views.getValue();
            views.getItems().setAll(found);
            Long keep = choose != null ? choose : chosen == null ? null : chosen.id();
            views.setValue(found.stream().filter(view -> keep != null && view.id() == keep).findFirst().orElse(null));
        }, fx);
    }

    private ListScope scope(SavedView view) {
        return new ListScope() {
            @Override
            public CompletableFuture<List<Ticket>> read() {
                return api.tickets(view.conditions(), view.sort());
            }

            @Override
            public boolean holds(Ticket ticket) {
                return ViewMatcher.matches(view.conditions(), ticket, me);
            }
        };
    }
}
