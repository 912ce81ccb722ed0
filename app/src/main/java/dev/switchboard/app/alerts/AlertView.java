package dev.switchboard.app.alerts;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The waiting alerts, above the passing notices, where the page lets them lie: the newest few
 * with "Open" (or a click) and a close button, and how many more wait. A card stays the same node
 * while its alert's text changes (a waiting time counting on), so that no click on it is lost.
 */
public final class AlertView extends View<VBox> {

    static final int SHOWN = 3;

    private final AlertBoard board;
    private final I18n i18n;
    private final VBox root = new VBox(8);
    private final Map<String, Card> cards = new HashMap<>();
    private final Label more = new Label();

    public AlertView(AlertBoard board, I18n i18n) {
        this.board = board;
        this.i18n = i18n;
        root.setId("alerts");
        root.setAlignment(Pos.TOP_RIGHT);
        root.setPickOnBounds(false);
        root.setMaxWidth(384);
        root.setPadding(new Insets(12, 12, 0, 12));
        more.setId("alertsMore");
        more.getStyleClass().addAll(Styles.TEXT_SMALL, "alerts-more");
    }

    @Override
    public VBox root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        ListChangeListener<AgentAlert> redraw = change -> render();
        disposer.listenList(board.pending(), redraw);
        disposer.invalidated(i18n.localeProperty(), observable -> {
            // the cards' buttons speak the old language: new cards
            cards.clear();
            render();
        });
        render();
    }

    @Override
    protected void onDeactivate() {
        root.getChildren().clear();
        cards.clear();
    }

    private void render() {
        List<AgentAlert> pending = board.pending();
        List<Node> shown = new ArrayList<>();
        Map<String, Card> kept = new HashMap<>();
        for (int i = pending.size() - 1; i >= 0 && shown.size() < SHOWN; i--) {
            AgentAlert alert = pending.get(i);
            Card card = cards.get(alert.key());
            if (card == null || card.kind != alert.kind()) {
                card = new Card(alert);
            }
            // a ticking or growing alert keeps its card: a click on it must not land on a card being replaced
            card.show(alert);
            kept.put(alert.key(), card);
            shown.add(card.node);
        }
        cards.clear();
        cards.putAll(kept);
        if (pending.size() > SHOWN) {
            more.setText(i18n.get("alerts.more", pending.size() - SHOWN));
            shown.add(more);
        }
        if (!root.getChildren().equals(shown)) {
            root.getChildren().setAll(shown);
        }
    }

    /** One alert's card; a click opens or dismisses whichever alert of its key is pending then. */
    private final class Card {
        private final AlertKind kind;
        private final String key;
        private final Notification node;

        Card(AgentAlert alert) {
            this.kind = alert.kind();
            this.key = alert.key();
            node = new Notification(alert.text(), new FontIcon(alert.kind().icon()));
            node.setId("alert-" + alert.key().replace(':', '-'));
            node.getStyleClass().addAll(Styles.ELEVATED_2, alert.kind().warning() ? Styles.WARNING : Styles.ACCENT, "alert-card");
            node.setPrefWidth(360);
            node.setMaxWidth(360);
            Button open = new Button(i18n.get(alert.kind().openTextKey()));
            open.getStyleClass().add(Styles.SMALL);
            open.setOnAction(event -> current().ifPresent(board::open));
            node.setPrimaryActions(open);
            node.setOnClose(event -> current().ifPresent(board::dismiss));
            node.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && !onButton(event.getPickResult().getIntersectedNode(), node)) {
                    current().ifPresent(board::open);
                }
            });
        }

        void show(AgentAlert alert) {
            if (!alert.text().equals(node.getMessage())) {
                node.setMessage(alert.text());
            }
        }

        private Optional<AgentAlert> current() {
            return board.pending().stream().filter(alert -> alert.key().equals(key)).findFirst();
        }
    }

    /** A click on the card's own buttons (open, close) is theirs, not the card's. */
    private static boolean onButton(Node clicked, Node card) {
        for (Node node = clicked; node != null && node != card; node = node.getParent()) {
            if (node instanceof ButtonBase) {
                return true;
            }
        }
        return false;
    }
}
