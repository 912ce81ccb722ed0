package dev.switchboard.app.tickets;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.Choices;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.admin.StaleEditPane;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPriority;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The open ticket: number and subject, who it is for, the fields to change with "Save", both
 * versions when a save was stale, and two tabs: the thread (description, replies, notes, the reply
 * box) and the history. Ids: {@code ticketNumber}, {@code ticketSubject}, {@code ticketStatus},
 * {@code ticketPriority}, {@code ticketAssignee}, {@code ticketGroup}, {@code ticketCategory},
 * {@code ticketTags}, the pending reminder's {@code ticketReminderDate}, {@code ticketReminderTime} and
 * {@code ticketReminderClear} (shown while the chosen status waits), {@code ticketSave}, {@code ticketReply}, {@code ticketSendReply},
 * {@code ticketAddNote}, {@code ticketThread}, {@code ticketHistory}; the stale pane's are
 * {@link StaleEditPane}'s.
 */
final class TicketView extends View<VBox> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TicketModel model;
    private final ObjectProperty<TicketTerms> terms;
    private final I18n i18n;
    private final ZoneId zone;
    private final Label number = new Label();
    private final Label subject = new Label();
    private final Label requester = new Label();
    private final StaleEditPane stale;
    private final EditorForm form = new EditorForm();
    private final ComboBox<String> status = new ComboBox<>();
    private final ComboBox<TicketPriority> priority = new ComboBox<>();
    private final ComboBox<Pick> assignee = new ComboBox<>();
    private final ComboBox<Pick> group = new ComboBox<>();
    private final ComboBox<Pick> category = new ComboBox<>();
    private final TextField tags = new TextField();
    private final DatePicker reminderDate = new DatePicker();
    private final TextField reminderTime = new TextField();
    private final Button reminderClear = new Button();
    private final HBox reminder = new HBox(6, reminderDate, reminderTime, reminderClear);
    private final Button save = new Button();
    private final Tab threadTab = new Tab();
    private final Tab historyTab = new Tab();
    private final TicketThread thread;
    private final TicketHistoryList history;
    private final TextArea reply = new TextArea();
    private final Label replyError = EditorForm.error("bodyError");
    private final Button sendReply = new Button();
    private final Button addNote = new Button();
    private final VBox root = new VBox(8);

    private final TicketPanels panels;

    TicketView(TicketModel model, ObjectProperty<TicketTerms> terms, I18n i18n, ZoneId zone, TicketPanels panels) {
        this.panels = panels;
        this.model = model;
        this.terms = terms;
        this.i18n = i18n;
        this.zone = zone;
        this.stale = new StaleEditPane(model::reapplyMine, model::takeTheirs);
        this.thread = new TicketThread(i18n, zone);
        this.history = new TicketHistoryList(i18n, zone, terms);
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("ticketPage");
        root.setPadding(new javafx.geometry.Insets(0, 0, 0, 12));
        number.setId("ticketNumber");
        number.getStyleClass().add(Styles.TEXT_MUTED);
        subject.setId("ticketSubject");
        subject.getStyleClass().add(Styles.TITLE_4);
        subject.setWrapText(true);
        requester.setId("ticketRequester");
        requester.setWrapText(true);
        status.setId("ticketStatus");
        priority.setId("ticketPriority");
        priority.getItems().setAll(TicketPriority.values());
        assignee.setId("ticketAssignee");
        group.setId("ticketGroup");
        category.setId("ticketCategory");
        tags.setId("ticketTags");
        reminderDate.setId("ticketReminderDate");
        reminderDate.setEditable(false); // the day is picked from the calendar (nothing unreadable); the time is typed
        reminderTime.setId("ticketReminderTime");
        reminderTime.setPrefColumnCount(5);
        reminderClear.setId("ticketReminderClear");
        reminderClear.setOnAction(event -> model.reminder().clear());
        for (ComboBox<?> box : List.of(status, priority, assignee, group, category)) {
            box.setMaxWidth(Double.MAX_VALUE);
        }
        form.row("tickets.field.status", status, "status")
                .row("tickets.field.priority", priority, "priority")
                .row("tickets.field.assigneeId", assignee, "assigneeId")
                .row("tickets.field.groupId", group, "groupId")
                .row("tickets.field.categoryId", category, "categoryId")
                .row("tickets.field.tags", tags, "tags")
                .row("tickets.reminder.label", reminder, "pendingUntil");
        form.root().setPadding(new javafx.geometry.Insets(0));
        save.setId("ticketSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> model.save());

        reply.setId("ticketReply");
        reply.setWrapText(true);
        reply.setPrefRowCount(4);
        sendReply.setId("ticketSendReply");
        sendReply.getStyleClass().add(Styles.ACCENT);
        sendReply.setOnAction(event -> model.send(CommentKind.PUBLIC_REPLY));
        addNote.setId("ticketAddNote");
        addNote.setOnAction(event -> model.send(CommentKind.INTERNAL_NOTE));
        VBox threadPane = new VBox(8, thread.root(), reply, replyError, new HBox(8, sendReply, addNote));
        VBox.setVgrow(thread.root(), Priority.ALWAYS);
        threadTab.setContent(threadPane);
        threadTab.setClosable(false);
        threadTab.setId("ticketThreadTab");
        historyTab.setContent(history.root());
        historyTab.setClosable(false);
        historyTab.setId("ticketHistoryTab");
        TabPane tabs = new TabPane(threadTab, historyTab);
        tabs.getTabs().addAll(panels.tabs());
        VBox.setVgrow(tabs, Priority.ALWAYS);

        VBox fields = new VBox(8, stale.root(), form.root(), panels.customFields().root(), save);
        ScrollPane fieldsScroll = new ScrollPane(fields);
        fieldsScroll.setFitToWidth(true);
        fieldsScroll.setMaxHeight(330);
        root.getChildren().setAll(number, subject, requester, fieldsScroll, tabs);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        TicketFields fields = model.fields();
        disposer.bindBidirectional(status.valueProperty(), fields.status);
        disposer.bindBidirectional(priority.valueProperty(), fields.priority);
        disposer.bindBidirectional(assignee.valueProperty(), fields.assignee);
        disposer.bindBidirectional(group.valueProperty(), fields.group);
        disposer.bindBidirectional(category.valueProperty(), fields.category);
        disposer.bindBidirectional(tags.textProperty(), fields.tags);
        disposer.bindBidirectional(reminderDate.valueProperty(), model.reminder().date);
        disposer.bindBidirectional(reminderTime.textProperty(), model.reminder().time);
        form.showRowWhile(disposer, reminder, model.reminder().offeredProperty());
        disposer.bindBidirectional(reply.textProperty(), model.replyProperty());
        form.bind(disposer, i18n, model.errors());
        EditorForm.showMessage(disposer, replyError, model.replyErrors().field("body"));
        stale.bind(disposer, i18n, model.staleProperty());
        thread.bind(disposer, model.comments(), model.ticketProperty());
        history.bind(disposer, model.history());
        panels.bind(disposer);

        Choices.wordAs(disposer, i18n, status, key -> terms.get().status(key, i18n));
        Choices.wordAs(disposer, i18n, priority, value -> terms.get().priority(value, i18n));
        Choices.wordAs(disposer, i18n, assignee, pick -> pick == null || pick.id() == null ? i18n.get("tickets.none") : terms.get().agent(pick.id()));
        Choices.wordAs(disposer, i18n, group, pick -> pick == null || pick.id() == null ? i18n.get("tickets.none") : terms.get().group(pick.id()));
        Choices.wordAs(disposer, i18n, category,
                pick -> pick == null || pick.id() == null ? i18n.get("tickets.none") : terms.get().category(pick.id(), i18n));
        disposer.observe(model.ticketProperty(), ticket -> showHeader(ticket));
        disposer.invalidated(terms, observable -> offerChoices());
        disposer.invalidated(model.ticketProperty(), observable -> offerChoices());
        disposer.invalidated(fields.group, observable -> offerChoices());
        offerChoices();

        disposer.bind(reminderTime.promptTextProperty(), i18n.text("tickets.reminder.timePrompt"));
        disposer.bind(reminderDate.promptTextProperty(), i18n.text("tickets.reminder.datePrompt"));
        disposer.bind(reminderClear.textProperty(), i18n.text("tickets.reminder.clear"));
        disposer.bind(save.textProperty(), i18n.text("tickets.save"));
        disposer.bind(save.disableProperty(), model.changedProperty().not().or(model.busyProperty()));
        disposer.bind(sendReply.textProperty(), i18n.text("tickets.reply.send"));
        disposer.bind(addNote.textProperty(), i18n.text("tickets.reply.note"));
        disposer.bind(sendReply.disableProperty(), model.busyProperty());
        disposer.bind(addNote.disableProperty(), model.busyProperty());
        disposer.bind(reply.promptTextProperty(), i18n.text("tickets.reply.prompt"));
        disposer.bind(threadTab.textProperty(), i18n.text("tickets.tab.thread"));
        disposer.bind(historyTab.textProperty(), i18n.text("tickets.tab.history"));
    }

    private void showHeader(Ticket ticket) {
        number.setText(ticket == null ? "" : ticket.number());
        subject.setText(ticket == null ? "" : ticket.subject());
        if (ticket == null || ticket.requester() == null) {
            requester.setText("");
            return;
        }
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {ticket.requester().name(), ticket.requester().email(), ticket.requester().phone()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        requester.setText(i18n.get("tickets.requesterLine", String.join(" · ", parts), i18n.get("tickets.channel." + ticket.channel()),
                WHEN.format(ticket.createdAt().atZone(zone))));
    }

    /** What each choice box offers: the status moves from the version read, enabled agents (of the chosen group), groups, categories. */
    private void offerChoices() {
        TicketTerms now = terms.get();
        Ticket ticket = model.ticketProperty().get();
        if (ticket == null) {
            return;
        }
        keepValue(status, now.movesFrom(ticket.status()).stream().map(s -> s.key()).toList());
        Long groupId = model.fields().group.get() == null ? null : model.fields().group.get().id();
        List<Pick> agents = new ArrayList<>(List.of(Pick.NONE));
        now.team().agents().values().stream()
                .filter(Agent::enabled)
                .filter(agent -> groupId == null || agent.groupIds().contains(groupId))
                .forEach(agent -> agents.add(Pick.of(agent.id())));
        keepValue(assignee, agents);
        List<Pick> groups = new ArrayList<>(List.of(Pick.NONE));
        now.team().groups().keySet().forEach(id -> groups.add(Pick.of(id)));
        keepValue(group, groups);
        List<Pick> categories = new ArrayList<>(List.of(Pick.NONE));
        now.enabledCategories().forEach(c -> categories.add(Pick.of(c.id())));
        keepValue(category, categories);
    }

    /** Offers {@code items} without losing the chosen value (a choice box drops a value its new items lack). */
    private static <T> void keepValue(ComboBox<T> box, List<T> items) {
        T chosen = box.getValue();
        if (!box.getItems().equals(items)) {
            box.getItems().setAll(items);
            box.setValue(chosen);
        }
    }
}
