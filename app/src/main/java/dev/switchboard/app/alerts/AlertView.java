package dev.switchboard.app.alerts;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import java.util.ArrayList;
import java.util.List;
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
 * The waiting alerts in the window's top right corner, above the passing notices: the newest few
 * with "Open" (or a click) and a close button, and how many more wait. They stay until handled.
 */
public final class AlertView extends View<VBox> {

    static final int SHOWN = 3;

    private final AlertBoard board;
    private final I18n i18n;
    private final VBox root = new VBox(8);

    public AlertView(AlertBoard board, I18n i18n) {
        this.board = board;
        this.i18n = i18n;
        root.setId("alerts");
        root.setAlignment(Pos.TOP_RIGHT);
        root.setPickOnBounds(false);
        root.setMaxWidth(384);
        root.setPadding(new Insets(12, 12, 0, 12));
    }

    @Override
    public VBox root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        ListChangeListener<AgentAlert> redraw = change -> render();
        disposer.listenList(board.pending(), redraw);
        disposer.invalidated(i18n.localeProperty(), observable -> render());
        render();
    }

    @Override
    protected void onDeactivate() {
        root.getChildren().clear();
    }

    private void render() {
        List<AgentAlert> pending = board.pending();
        List<Node> shown = new ArrayList<>();
        for (int i = pending.size() - 1; i >= 0 && shown.size() < SHOWN; i--) {
            shown.add(card(pending.get(i)));
        }
        if (pending.size() > SHOWN) {
            Label more = new Label(i18n.get("alerts.more", pending.size() - SHOWN));
            more.setId("alertsMore");
            more.getStyleClass().addAll(Styles.TEXT_SMALL, "alerts-more");
            shown.add(more);
        }
        root.getChildren().setAll(shown);
    }

    private Notification card(AgentAlert alert) {
        Notification card = new Notification(alert.text(), new FontIcon(alert.kind().icon()));
        card.setId("alert-" + alert.key().replace(':', '-'));
        card.getStyleClass().addAll(Styles.ELEVATED_2, alert.kind().warning() ? Styles.WARNING : Styles.ACCENT, "alert-card");
        card.setPrefWidth(360);
        card.setMaxWidth(360);
        Button open = new Button(i18n.get(alert.kind().openTextKey()));
        open.getStyleClass().add(Styles.SMALL);
        open.setOnAction(event -> board.open(alert));
        card.setPrimaryActions(open);
        card.setOnClose(event -> board.dismiss(alert));
        card.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && !onButton(event.getPickResult().getIntersectedNode(), card)) {
                board.open(alert);
            }
        });
        return card;
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
