package dev.switchboard.app.tickets.together;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.Choices;
import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.together.BulkRequest;
import dev.switchboard.shared.tickets.together.BulkResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Bulk actions over the tickets selected in the list (shown while two or more are): set one field,
 * add or remove a tag, or post one reply or note to each. The backend applies each ticket through
 * its normal rules; the bar then says how many changed and, for each one refused, its number and
 * why. Ids: {@code bulkBar}, {@code bulkCount}, {@code bulkField}, {@code bulkValue}, {@code bulkTag},
 * {@code bulkApply}, {@code bulkReplyText}, {@code bulkSendReply}, {@code bulkAddNote}, {@code bulkResult}. FX thread.
 */
public final class BulkBar extends View<VBox> {

    /** What can be set on many tickets at once. */
    public enum Field { PRIORITY, STATUS, ASSIGNEE, GROUP, ADD_TAG, REMOVE_TAG }

    /** A value to set, with its words; {@code value} null clears the field (no assignee, no group). */
    public record Choice(String label, Object value) {
    }

    private final TogetherApi api;
    private final I18n i18n;
    private final Executor fx;
    private final ObservableList<Ticket> selected;
    private final Function<Field, List<Choice>> choices;
    private final Label count = new Label();
    private final ComboBox<Field> field = new ComboBox<>();
    private final ComboBox<Choice> value = new ComboBox<>();
    private final TextField tag = new TextField();
    private final Button apply = new Button();
    private final TextArea reply = new TextArea();
    private final Button sendReply = new Button();
    private final Button addNote = new Button();
    private final Label result = new Label();
    private final FormErrors errors;
    private final VBox root = new VBox(6);
    /** The reply's idempotency key: the same until it was posted, so pressing again after a lost answer posts once per ticket. */
    private String replyKey = UUID.randomUUID().toString();

    /**
     * @param selected the list's selected tickets
     * @param choices  the values each field offers now (statuses, agents, groups as the page knows them)
     */
    public BulkBar(TogetherApi api, I18n i18n, Executor fx, ObservableList<Ticket> selected, Function<Field, List<Choice>> choices) {
        this.api = api;
        this.i18n = i18n;
        this.fx = fx;
        this.selected = selected;
        this.choices = choices;
        this.errors = new FormErrors(i18n);
        root.setId("bulkBar");
        count.setId("bulkCount");
        field.setId("bulkField");
        field.getItems().setAll(Field.values());
        value.setId("bulkValue");
        value.setConverter(Choices.words(choice -> choice == null ? "" : choice.label()));
        tag.setId("bulkTag");
        apply.setId("bulkApply");
        apply.getStyleClass().add(Styles.ACCENT);
        reply.setId("bulkReplyText");
        reply.setPrefRowCount(2);
        reply.setWrapText(true);
        HBox.setHgrow(reply, Priority.ALWAYS);
        sendReply.setId("bulkSendReply");
        addNote.setId("bulkAddNote");
        result.setId("bulkResult");
        result.setWrapText(true);
        field.valueProperty().addListener((observable, before, chosen) -> offer(chosen));
        apply.setOnAction(event -> applyField());
        sendReply.setOnAction(event -> post(CommentKind.PUBLIC_REPLY));
        addNote.setOnAction(event -> post(CommentKind.INTERNAL_NOTE));
        // wraps on a narrow window rather than pushing "Apply" out of it
        FlowPane set = new FlowPane(6, 6, count, field, value, tag, apply);
        set.setAlignment(Pos.CENTER_LEFT);
        HBox write = new HBox(6, reply, new VBox(6, sendReply, addNote));
        root.getChildren().setAll(set, write, result);
        offer(null);
        showFor(0);
    }

    @Override
    public VBox root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        Choices.wordAs(disposer, i18n, field, chosen -> chosen == null ? "" : i18n.get("tickets.bulk.field." + chosen.name()));
        disposer.bind(field.promptTextProperty(), i18n.text("tickets.bulk.field"));
        disposer.bind(tag.promptTextProperty(), i18n.text("tickets.bulk.tag"));
        disposer.bind(apply.textProperty(), i18n.text("tickets.bulk.apply"));
        disposer.bind(reply.promptTextProperty(), i18n.text("tickets.bulk.replyPrompt"));
        disposer.bind(sendReply.textProperty(), i18n.text("tickets.bulk.sendReply"));
        disposer.bind(addNote.textProperty(), i18n.text("tickets.bulk.addNote"));
        ListChangeListener<Ticket> changed = change -> showFor(selected.size());
        disposer.listenList(selected, changed);
        showFor(selected.size());
    }

    private void showFor(int tickets) {
        boolean shown = tickets >= 2;
        root.setVisible(shown);
        root.setManaged(shown);
        count.setText(i18n.get("tickets.bulk.count", tickets));
    }

    private void offer(Field chosen) {
        boolean tagField = chosen == Field.ADD_TAG || chosen == Field.REMOVE_TAG;
        tag.setVisible(tagField);
        tag.setManaged(tagField);
        value.setVisible(!tagField);
        value.setManaged(!tagField);
        value.getItems().setAll(chosen == null || tagField ? List.of() : choices.apply(chosen));
    }

    private void applyField() {
        Field chosen = field.getValue();
        if (chosen == null || (value.getValue() == null && chosen != Field.ADD_TAG && chosen != Field.REMOVE_TAG)) {
            result.setText(i18n.get("tickets.bulk.chooseValue"));
            return;
        }
        Object set = value.getValue() == null ? null : value.getValue().value();
        TicketPatch changes = switch (chosen) {
            case PRIORITY -> new TicketPatch(null, null, null, null, (TicketPriority) set, null, null, null, null, null, null, null);
            case STATUS -> new TicketPatch(null, null, null, null, null, (String) set, null, null, null, null, null, null);
            case ASSIGNEE -> new TicketPatch(null, null, null, null, null, null, Optional.ofNullable((Long) set), null, null, null, null, null);
            case GROUP -> new TicketPatch(null, null, null, null, null, null, null, Optional.ofNullable((Long) set), null, null, null, null);
            case ADD_TAG, REMOVE_TAG -> null;
        };
        List<String> tags = tag.getText() == null || tag.getText().isBlank() ? List.of() : List.of(tag.getText().strip());
        send(new BulkRequest(ids(), changes, chosen == Field.ADD_TAG ? tags : List.of(), chosen == Field.REMOVE_TAG ? tags : List.of(), null),
                () -> tag.clear());
    }

    private void post(CommentKind kind) {
        String body = reply.getText();
        if (body == null || body.isBlank()) {
            result.setText(i18n.get("tickets.bulk.replyEmpty"));
            return;
        }
        String key = replyKey;
        send(new BulkRequest(ids(), null, List.of(), List.of(), new NewTicketComment(kind, body, key)), () -> {
            reply.clear();
            replyKey = UUID.randomUUID().toString();
        });
    }

    private void send(BulkRequest request, Runnable whenAllDone) {
        apply.setDisable(true);
        sendReply.setDisable(true);
        addNote.setDisable(true);
        Map<Long, String> numbers = selected.stream().collect(Collectors.toMap(Ticket::id, Ticket::number, (one, other) -> one));
        api.bulk(request).whenCompleteAsync((answer, failure) -> {
            apply.setDisable(false);
            sendReply.setDisable(false);
            addNote.setDisable(false);
            if (failure != null) {
                errors.show(failure);
                result.setText(errors.general().get());
                return;
            }
            result.setText(describe(answer, numbers));
            if (answer.failed() == 0) {
                whenAllDone.run();
            }
        }, fx);
    }

    private String describe(BulkResult answer, Map<Long, String> numbers) {
        List<String> lines = new ArrayList<>(List.of(i18n.get("tickets.bulk.done", answer.succeeded(), answer.failed())));
        for (BulkResult.Item item : answer.results()) {
            if (item.problem() != null) {
                String why = item.problem().errors().isEmpty() ? item.problem().detail()
                        : item.problem().errors().stream().map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; "));
                lines.add(i18n.get("tickets.bulk.failedOne", numbers.getOrDefault(item.ticketId(), "#" + item.ticketId()), why));
            }
        }
        return String.join("\n", lines);
    }

    private List<Long> ids() {
        return selected.stream().map(Ticket::id).distinct().toList();
    }
}
