package dev.switchboard.app.tickets.together;

import dev.switchboard.app.admin.Choices;
import dev.switchboard.app.admin.ConfirmBar;
import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * On the ticket page: merge this ticket into another (by its number) and split a reply off into a
 * new ticket, each after the agent confirms; then the ticket that results opens. Merging and
 * splitting are rare, so their controls stay folded behind one toggle ({@link #toggle()}, placed in
 * the ticket's header line) and do not push the ticket's fields down; a confirmation or an error
 * shows while folded too. Ids: {@code ticketMergeSplitToggle}, {@code ticketMergeTarget},
 * {@code ticketMerge}, {@code ticketSplitComment}, {@code ticketSplit}, {@code ticketTogetherConfirm}
 * (with {@code ...Yes}/{@code ...No}), {@code ticketTogetherError}.
 */
public final class MergeSplitBar extends View<VBox> {

    private static final int EXCERPT = 60;

    private final TogetherApi api;
    private final I18n i18n;
    private final Executor fx;
    private final ObservableValue<Ticket> ticket;
    private final ObservableList<TicketComment> comments;
    private final Consumer<Ticket> open;
    private final TextField target = new TextField();
    private final Button merge = new Button();
    private final ComboBox<TicketComment> reply = new ComboBox<>();
    private final Button split = new Button();
    private final ConfirmBar confirm = new ConfirmBar("ticketTogetherConfirm");
    private final Label error = new Label();
    private final ToggleButton toggle = new ToggleButton();
    private final FlowPane row;
    private final FormErrors errors;
    private final VBox root = new VBox(4);

    /** @param open shows a ticket (the target of a merge, the ticket a split made) */
    public MergeSplitBar(TogetherApi api, I18n i18n, Executor fx, ObservableValue<Ticket> ticket, ObservableList<TicketComment> comments,
                         Consumer<Ticket> open) {
        this.api = api;
        this.i18n = i18n;
        this.fx = fx;
        this.ticket = ticket;
        this.comments = comments;
        this.open = open;
        this.errors = new FormErrors(i18n);
        target.setId("ticketMergeTarget");
        target.setPrefColumnCount(12);
        merge.setId("ticketMerge");
        reply.setId("ticketSplitComment");
        reply.setItems(comments);
        reply.setConverter(Choices.words(comment -> comment == null ? "" : excerpt(comment)));
        split.setId("ticketSplit");
        error.setId("ticketTogetherError");
        error.getStyleClass().add("text-danger");
        error.setWrapText(true);
        merge.setOnAction(event -> askMerge());
        target.setOnAction(event -> askMerge());
        split.setOnAction(event -> askSplit());
        toggle.setId("ticketMergeSplitToggle");
        toggle.getStyleClass().add("flat");
        // wraps beside a narrow ticket rather than pushing its controls out of sight
        row = new FlowPane(6, 6, target, merge, reply, split);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(toggle.selectedProperty());
        row.managedProperty().bind(row.visibleProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        root.getChildren().setAll(row, confirm.root(), error);
    }

    /** The button that unfolds the merge and split controls, for the ticket's header line. */
    public ToggleButton toggle() {
        return toggle;
    }

    @Override
    public VBox root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        disposer.bind(toggle.textProperty(), i18n.text("tickets.mergeSplit.toggle"));
        disposer.bind(target.promptTextProperty(), i18n.text("tickets.merge.target"));
        disposer.bind(merge.textProperty(), i18n.text("tickets.merge.action"));
        disposer.bind(reply.promptTextProperty(), i18n.text("tickets.split.choose"));
        disposer.bind(split.textProperty(), i18n.text("tickets.split.action"));
        disposer.bind(error.textProperty(), errors.general());
        confirm.bind(disposer, i18n);
        disposer.bind(split.disableProperty(), Bindings.isNull(reply.valueProperty()));
        disposer.invalidated(ticket, observable -> {
            confirm.hide();
            errors.clear();
            target.clear();
            reply.setValue(null);
            toggle.setSelected(false);
        });
    }

    private void askMerge() {
        Ticket merged = ticket.getValue();
        String number = target.getText() == null ? "" : target.getText().strip();
        if (merged == null || number.isEmpty()) {
            return;
        }
        api.byNumber(number).whenCompleteAsync((into, failure) -> {
            if (failure != null) {
                errors.show(failure);
            } else if (into == null) {
                errors.show(java.util.List.of(new dev.switchboard.shared.problem.FieldError("", i18n.get("tickets.merge.unknown", number))));
            } else {
                errors.clear();
                confirm.ask(i18n.get("tickets.merge.confirm", merged.number(), into.number()), i18n.get("tickets.merge.confirmYes"),
                        () -> api.merge(merged.id(), into.id()).whenCompleteAsync(this::done, fx));
            }
        }, fx);
    }

    private void askSplit() {
        Ticket origin = ticket.getValue();
        TicketComment chosen = reply.getValue();
        if (origin == null || chosen == null) {
            return;
        }
        confirm.ask(i18n.get("tickets.split.confirm", excerpt(chosen), origin.number()), i18n.get("tickets.split.confirmYes"),
                () -> api.split(origin.id(), chosen.id()).whenCompleteAsync(this::done, fx));
    }

    private void done(Ticket result, Throwable failure) {
        if (failure != null) {
            errors.show(failure);
            return;
        }
        errors.clear();
        open.accept(result);
    }

    private static String excerpt(TicketComment comment) {
        String line = comment.body().strip().lines().findFirst().orElse("");
        return comment.authorName() + ": " + (line.length() > EXCERPT ? line.substring(0, EXCERPT) + "…" : line);
    }
}
