package dev.switchboard.app.admin;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Administration page: its sections listed on the left, the open one on the right. A section's
 * view is made when first opened and kept; only the one showing is active.
 */
final class AdministrationView extends View<BorderPane> {

    private final AdministrationViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final ListView<AdminSection> list = new ListView<>();
    private final StackPane content = new StackPane();
    private final Label nothing = new Label();
    private final Map<String, View<? extends Parent>> made = new HashMap<>();
    private View<? extends Parent> showing;

    AdministrationView(AdministrationViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        list.setId("adminSections");
        list.setPrefWidth(180);
        list.setMinWidth(150);
        list.setItems(model.visibleSections());
        list.setCellFactory(view -> new SectionCell());
        nothing.getStyleClass().add(Styles.TEXT_MUTED);
        root.getStyleClass().add("admin-page");
        root.setLeft(list);
        root.setCenter(content);
    }

    @Override
    public BorderPane root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        model.activate();
        disposer.onDispose(model::deactivate);
        disposer.bind(nothing.textProperty(), i18n.text("admin.nothing"));
        disposer.observe(model.selectedProperty(), this::show);
        disposer.listen(i18n.localeProperty(), (observable, before, after) -> list.refresh());
        disposer.listen(list.getSelectionModel().selectedItemProperty(), (observable, before, after) -> {
            if (after != null) {
                model.selectedProperty().set(after);
            }
        });
    }

    @Override
    protected void onDeactivate() {
        if (showing != null) {
            showing.deactivate();
        }
    }

    private void show(AdminSection section) {
        if (section != null && list.getSelectionModel().getSelectedItem() != section) {
            list.getSelectionModel().select(section);
        }
        View<? extends Parent> next = section == null ? null : made.computeIfAbsent(section.id(), id -> section.view().get());
        if (next == showing) {
            return;
        }
        if (showing != null) {
            showing.deactivate();
        }
        showing = next;
        if (next == null) {
            content.getChildren().setAll(nothing);
        } else {
            content.getChildren().setAll(next.root());
            next.activate();
        }
    }

    /** A section's icon and name, in the interface's language. */
    private final class SectionCell extends ListCell<AdminSection> {
        @Override
        protected void updateItem(AdminSection section, boolean empty) {
            super.updateItem(section, empty);
            if (empty || section == null) {
                setText(null);
                setGraphic(null);
                setId(null);
            } else {
                setText(i18n.get(section.labelKey()));
                setGraphic(new FontIcon(section.icon()));
                setId("adminSection-" + section.id());
            }
        }
    }
}
