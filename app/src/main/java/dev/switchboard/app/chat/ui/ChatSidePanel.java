package dev.switchboard.app.chat.ui;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.RoutingWords;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.app.visitors.VisitorTexts;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.chat.RoutingReasons;
import dev.switchboard.shared.routing.RoutingStep;
import dev.switchboard.shared.routing.RoutingStepType;
import dev.switchboard.shared.visitors.Device;
import dev.switchboard.shared.visitors.VisitorDetail;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Beside a chat: who the visitor is (region, device, source and keyword, pages), what they answered
 * in the pre-chat form, and why the chat came to this agent (the routing rule, strategy and every
 * candidate with the reason). Rebuilt when the chat or the visitor's details change. FX thread.
 */
final class ChatSidePanel {

    private final ChatSideViewModel model;
    private final VisitorTexts visitorTexts;
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);

    ChatSidePanel(ChatSideViewModel model) {
        this.model = model;
        this.visitorTexts = new VisitorTexts(model.texts().i18n());
        content.setPadding(new Insets(12));
        content.getStyleClass().add("chat-side");
        root.setFitToWidth(true);
        root.setPrefWidth(290);
        root.setMinWidth(220);
        root.getStyleClass().add("chat-side-scroll");
        root.setId("chatSide");
    }

    ScrollPane root() {
        return root;
    }

    void activate(Disposer disposer) {
        disposer.invalidated(model.chatProperty(), observable -> rebuildIfShown());
        disposer.invalidated(model.visitorProperty(), observable -> rebuild());
        disposer.invalidated(model.visitorErrorProperty(), observable -> rebuild());
        disposer.invalidated(model.prechatFormProperty(), observable -> rebuild());
        disposer.invalidated(model.team(), observable -> rebuild());
        disposer.invalidated(model.texts().i18n().localeProperty(), observable -> rebuild());
        rebuild();
    }

    private Chat shownChat;

    /** Messages change often and are not shown here: rebuild only for what the panel shows. */
    private void rebuildIfShown() {
        Chat chat = model.chatProperty().get();
        if (shownChat == null || !chat.conversation().equals(shownChat.conversation())) {
            rebuild();
        }
    }

    private void rebuild() {
        Chat chat = model.chatProperty().get();
        shownChat = chat;
        content.getChildren().setAll(visitorSection(chat), prechatSection(chat), routingSection(chat));
    }

    private VBox visitorSection(Chat chat) {
        GridPane facts = facts();
        VisitorDetail detail = model.visitorProperty().get();
        if (detail != null) {
            VisitorSummary visitor = detail.visitor();
            row(facts, "chat.side.source", visitorTexts.source(visitor.source()));
            if (visitor.region() != null && !visitor.region().isBlank()) {
                row(facts, "chat.side.region", visitor.region());
            }
            row(facts, "chat.side.address", detail.address());
            Device device = visitor.device() == null ? Device.UNKNOWN : visitor.device();
            row(facts, "chat.side.device", visitorTexts.deviceType(device.type()) + " · " + device.os() + " · " + device.browser());
            if (visitor.language() != null) {
                row(facts, "chat.side.language", visitor.language());
            }
            row(facts, "chat.side.visits", Integer.toString(visitor.visitCount()));
            row(facts, "chat.side.page", visitor.currentTitle() == null || visitor.currentTitle().isBlank()
                    ? visitor.currentUrl() : visitor.currentTitle());
            row(facts, "chat.side.landing", visitor.landingUrl());
        } else if (!model.visitorErrorProperty().get().isEmpty()) {
            facts.add(muted(model.visitorErrorProperty().get()), 0, 0, 2, 1);
        } else {
            facts.add(muted(text("chat.side.loading")), 0, 0, 2, 1);
        }
        return section(text("chat.side.visitor") + " · " + model.texts().title(chat), new FontIcon(Material2AL.ACCOUNT_CIRCLE), facts);
    }

    private VBox prechatSection(Chat chat) {
        GridPane facts = facts();
        facts.setId("chatPrechat");
        Map<String, String> answers = chat.conversation().prechat();
        if (answers.isEmpty()) {
            facts.add(muted(text("chat.side.noPrechat")), 0, 0, 2, 1);
        }
        PrechatAnswers.of(answers, model.prechatFormProperty().get(), model.texts().i18n().locale())
                .forEach(answer -> rowText(facts, answer.label(), answer.value()));
        return section(text("chat.side.prechat"), new FontIcon(Material2AL.ASSIGNMENT), facts);
    }

    /**
     * Why the chat came to this agent: the latest step of its routing history that brought it to
     * them (a transfer, an assist, taken from the queue, ...), and when that was the rules, their
     * decision with every candidate; then the whole history. All in the agent's language.
     */
    private VBox routingSection(Chat chat) {
        GridPane facts = facts();
        facts.setId("chatRouting");
        RoutingReasons routing = chat.conversation().routing();
        if (routing == null) {
            facts.add(muted(text("chat.side.noRouting")), 0, 0, 2, 1);
            return section(text("chat.side.routing"), new FontIcon(Material2MZ.SHUFFLE), facts);
        }
        RoutingWords words = new RoutingWords(model.texts().i18n());
        Optional<RoutingStep> latest = RoutingWords.latestFor(routing, chat.selfId());
        VBox body = new VBox(6, facts);
        if (latest.isPresent() && latest.get().type() != RoutingStepType.ROUTED) {
            Label how = new Label(words.step(latest.get(), chat.selfId()));
            how.setId("chatRoutingLatest");
            how.setWrapText(true);
            facts.add(how, 0, 0, 2, 1);
        } else {
            row(facts, "chat.side.rule", routing.ruleId() == null ? text("chat.side.fallback") : routing.ruleName());
            row(facts, "chat.side.group", groupName(routing.groupId()));
            row(facts, "chat.side.strategy", model.texts().strategy(routing.strategy()));
            VBox candidates = new VBox(4);
            candidates.setId("chatRoutingCandidates");
            for (RoutingReasons.Candidate candidate : routing.candidates()) {
                Label line = new Label(candidate.name() + " — " + words.reason(candidate),
                        new FontIcon(candidate.chosen() ? Material2AL.CHECK_CIRCLE : Material2AL.BLOCK));
                line.setWrapText(true);
                line.getStyleClass().add(candidate.chosen() ? "routing-chosen" : "routing-skipped");
                candidates.getChildren().add(line);
            }
            if (routing.candidates().isEmpty()) {
                candidates.getChildren().add(muted(text("chat.side.noCandidates")));
            }
            body.getChildren().add(candidates);
        }
        if (routing.history().size() > 1) {
            VBox history = new VBox(2, muted(text("chat.side.history")));
            history.setId("chatRoutingHistory");
            for (RoutingStep step : routing.history()) {
                Label line = muted(model.texts().time(step.at()) + "  " + words.step(step, chat.selfId()));
                line.getStyleClass().add(Styles.TEXT_SMALL);
                history.getChildren().add(line);
            }
            body.getChildren().add(history);
        }
        return section(text("chat.side.routing"), new FontIcon(Material2MZ.SHUFFLE), body);
    }

    private String groupName(long groupId) {
        TeamSnapshot team = model.team().get();
        return Optional.ofNullable(team.groups().get(groupId)).map(Group::name).orElse("#" + groupId);
    }

    private static VBox section(String title, FontIcon icon, javafx.scene.Node... body) {
        Label caption = new Label(title, icon);
        caption.getStyleClass().addAll("chat-side-caption", Styles.TEXT_BOLD);
        caption.setWrapText(true);
        VBox section = new VBox(6, caption);
        section.getChildren().addAll(body);
        return section;
    }

    private static GridPane facts() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        return grid;
    }

    private void row(GridPane grid, String key, String value) {
        rowText(grid, text(key), value);
    }

    private static void rowText(GridPane grid, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        int row = grid.getRowCount();
        Label label = new Label(name);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(Label.USE_PREF_SIZE);
        Label shown = new Label(value);
        shown.setWrapText(true);
        GridPane.setHgrow(shown, Priority.ALWAYS);
        grid.add(label, 0, row);
        grid.add(shown, 1, row);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    private String text(String key) {
        return model.texts().i18n().get(key);
    }
}
