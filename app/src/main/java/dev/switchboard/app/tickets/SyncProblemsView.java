package dev.switchboard.app.tickets;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.tickets.offline.SyncProblem;
import dev.switchboard.shared.tickets.sync.TicketMutationOutcome;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The merge view of synced edits the backend did not take as they were: per conflict, each field
 * with the agent's value and the backend's side by side and the two choices; per refusal, what was
 * typed and why, to read and dismiss. Ids: {@code syncProblems}, per problem {@code syncProblem-<mutationId>}
 * with {@code problemMine-<field>}, {@code problemTheirs-<field>}, {@code problemReapply-<mutationId>},
 * {@code problemKeepTheirs-<mutationId>}, {@code problemDismiss-<mutationId>}.
 */
final class SyncProblemsView extends View<VBox> {

    private final SyncProblemsModel model;
    private final I18n i18n;
    private final VBox list = new VBox(10);
    private final Label error = new Label();
    private final VBox root;

    SyncProblemsView(SyncProblemsModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(260);
        error.getStyleClass().add(Styles.DANGER);
        error.managedProperty().bind(error.visibleProperty());
        root = new VBox(6, error, scroll);
        root.setId("syncProblems");
        root.setPadding(new Insets(6, 12, 0, 12));
    }

    @Override
    public VBox root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        ListChangeListener<SyncProblem> redraw = change -> show();
        model.problems().addListener(redraw);
        disposer.onDispose(() -> model.problems().removeListener(redraw));
        disposer.bind(error.textProperty(), model.errorProperty());
        disposer.bind(error.visibleProperty(), model.errorProperty().isNotEmpty());
        disposer.invalidated(i18n.localeProperty(), observable -> show());
        show();
    }

    private void show() {
        list.getChildren().setAll(model.problems().stream().map(this::card).toList());
    }

    private VBox card(SyncProblem problem) {
        Label title = new Label(model.title(problem));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        VBox card = new VBox(6, title);
        card.setId("syncProblem-" + problem.mutationId());
        card.getStyleClass().add("sync-problem");
        if (problem.outcome() == TicketMutationOutcome.CONFLICT) {
            GridPane fields = new GridPane();
            fields.setHgap(12);
            fields.setVgap(4);
            fields.addRow(0, new Label(), muted(i18n.get("tickets.sync.mine")), muted(i18n.get("tickets.sync.theirs")));
            int row = 1;
            for (SyncProblemsModel.Sides sides : model.sides(problem)) {
                Label mine = new Label(sides.mine());
                mine.setId("problemMine-" + sides.field());
                Label theirs = new Label(sides.theirs());
                theirs.setId("problemTheirs-" + sides.field());
                fields.addRow(row++, new Label(sides.label()), mine, theirs);
            }
            Button reapply = button("problemReapply-" + problem.mutationId(), "tickets.sync.reapplyMine", () -> model.reapplyMine(problem));
            reapply.getStyleClass().add(Styles.ACCENT);
            Button keep = button("problemKeepTheirs-" + problem.mutationId(), "tickets.sync.keepTheirs", () -> model.keepTheirs(problem));
            card.getChildren().addAll(fields, new HBox(8, reapply, keep));
        } else {
            Label refusal = new Label(model.refusal(problem));
            refusal.setWrapText(true);
            refusal.setId("problemRefusal-" + problem.mutationId());
            card.getChildren().addAll(refusal,
                    button("problemDismiss-" + problem.mutationId(), "tickets.sync.dismiss", () -> model.keepTheirs(problem)));
        }
        return card;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(i18n.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
