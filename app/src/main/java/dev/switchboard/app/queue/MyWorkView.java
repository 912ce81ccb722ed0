package dev.switchboard.app.queue;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.ui.StatusDot;
import dev.switchboard.shared.agents.AgentStatus;
import javafx.collections.ListChangeListener;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The "my work" panel under the navigation: status, chats held against the limit, and the
 * waiting queue of each group with its longest wait and first visitors. A click on a waiting
 * visitor shows them on the Queue page; a double-click takes the chat.
 */
public final class MyWorkView extends View<VBox> {

    private final MyWorkViewModel model;
    private final LongConsumer show;
    private final LongConsumer take;
    private final VBox root = new VBox(8);
    private final Label workCaption = new Label();
    private final Circle statusDot = StatusDot.create(AgentStatus.OFFLINE);
    private final Label statusLabel = new Label();
    private final Label loadLabel = new Label();
    private final ProgressBar loadBar = new ProgressBar();
    private final Label queueCaption = new Label();
    private final Label queueSummary = new Label();
    private final VBox groupBoxes = new VBox(10);
    private final Disposer groupBindings = new Disposer();

    /**
     * @param show shows a waiting chat on the Queue page
     * @param take takes a waiting chat (the Queue page says so when it cannot be taken)
     */
    public MyWorkView(MyWorkViewModel model, LongConsumer show, LongConsumer take) {
        this.model = model;
        this.show = show;
        this.take = take;
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("myWork");
        root.getStyleClass().add("my-work");
        root.setPadding(new Insets(12, 12, 12, 12));

        workCaption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "tile-caption");
        statusLabel.setId("myWorkStatus");
        statusLabel.setGraphic(statusDot);
        statusLabel.setGraphicTextGap(8);
        loadLabel.setId("myWorkLoad");
        loadLabel.setGraphic(new FontIcon(Material2MZ.QUESTION_ANSWER));
        loadLabel.setGraphicTextGap(8);
        loadBar.setId("myWorkLoadBar");
        loadBar.setMaxWidth(Double.MAX_VALUE);
        loadBar.getStyleClass().add(Styles.SMALL);

        queueCaption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "tile-caption");
        queueSummary.setId("queueSummary");
        queueSummary.getStyleClass().add(Styles.TEXT_SMALL);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox queueHeader = new HBox(6, queueCaption, gap, queueSummary);
        queueHeader.setAlignment(Pos.BASELINE_LEFT);

        groupBoxes.setId("queueGroups");
        ScrollPane scroll = new ScrollPane(groupBoxes);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll(Styles.FLAT, "my-work-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        root.getChildren().addAll(workCaption, statusLabel, loadLabel, loadBar, queueHeader, scroll);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        model.activate();
        disposer.onDispose(model::deactivate);
        disposer.bind(workCaption.textProperty(), i18n.text("mywork.title"));
        disposer.bind(statusLabel.textProperty(), model.statusText());
        disposer.observe(model.status(), status -> StatusDot.paint(statusDot, status));
        disposer.bind(loadLabel.textProperty(), model.loadText());
        disposer.bind(loadBar.progressProperty(), model.load());
        disposer.observe(model.atLimit(), full -> {
            loadBar.getStyleClass().remove(Styles.DANGER);
            if (full) {
                loadBar.getStyleClass().add(Styles.DANGER);
            }
        });
        disposer.bind(queueCaption.textProperty(), i18n.text("mywork.queue"));
        disposer.bind(queueSummary.textProperty(), model.queueSummary());
        disposer.observe(model.waitingTotal(), total -> {
            queueSummary.getStyleClass().remove(Styles.ACCENT);
            if (total.intValue() > 0) {
                queueSummary.getStyleClass().add(Styles.ACCENT);
            }
        });
        ListChangeListener<QueueGroupItem> changed = change -> showGroups();
        disposer.listenList(model.groups(), changed);
        showGroups();
        disposer.onDispose(groupBindings::dispose);
    }

    private void showGroups() {
        groupBindings.dispose();
        groupBoxes.getChildren().setAll(model.groups().stream().map(this::groupBox).toList());
    }

    private Node groupBox(QueueGroupItem group) {
        Label name = new Label(group.name(), new FontIcon(Material2AL.GROUP));
        name.getStyleClass().add(Styles.TEXT_BOLD);
        name.setMinWidth(0);
        Label count = new Label(Integer.toString(group.waiting()));
        count.setId("queueCount-" + group.groupId());
        count.getStyleClass().addAll("queue-count", group.waiting() > 0 ? "waiting" : "empty");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, name, gap, count);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(3, header);
        box.setId("queueGroup-" + group.groupId());
        box.getStyleClass().add("queue-group");
        if (group.waiting() > 0) {
            Label longest = new Label();
            longest.setId("queueLongest-" + group.groupId());
            longest.setGraphic(new FontIcon(Material2AL.HOURGLASS_EMPTY));
            longest.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            groupBindings.bind(longest.textProperty(), model.i18n().text(
                    () -> model.i18n().get("mywork.queue.longest", group.longestWait().get()), group.longestWait()));
            box.getChildren().add(longest);
        }
        for (QueuedChatItem chat : group.chats()) {
            box.getChildren().add(chatLine(chat));
        }
        if (!group.moreText().isEmpty()) {
            Label more = new Label(group.moreText());
            more.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            box.getChildren().add(more);
        }
        return box;
    }

    private Node chatLine(QueuedChatItem chat) {
        Label name = new Label(chat.visitorName());
        name.setMinWidth(0);
        name.getStyleClass().add(Styles.TEXT_SMALL);
        if (chat.priority()) {
            name.setGraphic(new FontIcon(Material2MZ.STAR));
            name.getStyleClass().add("queue-priority");
        }
        Label waited = new Label();
        waited.setId("queueWaited-" + chat.conversationId());
        waited.getStyleClass().addAll(Styles.TEXT_SMALL, "queue-waited");
        waited.setMinWidth(Region.USE_PREF_SIZE);
        groupBindings.bind(waited.textProperty(), chat.waited());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox line = new HBox(6, name, gap, waited);
        line.setId("queueChat-" + chat.conversationId());
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("queue-chat");
        line.setOnMouseClicked(event -> {
            if (event.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (event.getClickCount() == 2) {
                take.accept(chat.conversationId());
            } else {
                show.accept(chat.conversationId());
            }
        });
        return line;
    }
}
