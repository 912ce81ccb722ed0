package dev.switchboard.app.notify;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.View;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * In-window notifications in the top right corner. Always shown, tray or not, so a notice is
 * never lost on a desktop without a tray host.
 */
public final class ToastView extends View<VBox> {

    private final NotificationCenter center;
    private final VBox root = new VBox(8);

    public ToastView(NotificationCenter center) {
        this.center = center;
        root.setId("toasts");
        root.setAlignment(Pos.TOP_RIGHT);
        root.setPadding(new Insets(12));
        root.setPickOnBounds(false);
        root.setMaxWidth(380);
        root.setFillWidth(true);
    }

    @Override
    public VBox root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        ListChangeListener<Notice> redraw = change -> render();
        disposer.listenList(center.shown(), redraw);
        render();
    }

    @Override
    protected void onDeactivate() {
        root.getChildren().clear();
    }

    private void render() {
        root.getChildren().setAll(center.shown().stream().map(this::toast).toList());
    }

    private Notification toast(Notice notice) {
        Notification toast = new Notification(notice.text(), icon(notice.level()));
        toast.getStyleClass().addAll(Styles.ELEVATED_1, style(notice.level()));
        toast.setPrefWidth(360);
        toast.setMaxWidth(360);
        toast.setOnClose(event -> center.dismiss(notice));
        return toast;
    }

    private static FontIcon icon(Notice.Level level) {
        return switch (level) {
            case INFO -> new FontIcon(Material2AL.INFO);
            case SUCCESS -> new FontIcon(Material2AL.CHECK_CIRCLE_OUTLINE);
            case WARNING -> new FontIcon(Material2MZ.SYNC_PROBLEM);
            case DANGER -> new FontIcon(Material2AL.ERROR_OUTLINE);
        };
    }

    private static String style(Notice.Level level) {
        return switch (level) {
            case INFO -> Styles.ACCENT;
            case SUCCESS -> Styles.SUCCESS;
            case WARNING -> Styles.WARNING;
            case DANGER -> Styles.DANGER;
        };
    }
}
