package dev.switchboard.app.wrapup;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.SecondsTicker;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.wrapup.WrapUp;
import dev.switchboard.shared.wrapup.WrapUpCategory;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The wrap-up panel beside every page, shown while the agent owes a wrap-up: whom it is for, how
 * long is left when it is required, the visitor's rating once they gave one, the categories to
 * pick, a summary, and Send (Skip for an optional one).
 */
public final class WrapUpPanelView extends View<VBox> {

    private final WrapUpPanelViewModel model;
    private final SecondsTicker ticker;
    private final VBox root = new VBox(6);
    private final Label title = new Label();
    private final Label due = new Label();
    private final Label rating = new Label();
    private final VBox categories = new VBox(4);
    private final TextArea summary = new TextArea();
    private final Label error = new Label();
    private final Button submit = new Button();
    private final Button skip = new Button();

    public WrapUpPanelView(WrapUpPanelViewModel model, SecondsTicker ticker) {
        this.model = model;
        this.ticker = ticker;
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("wrapUpPanel");
        root.setPadding(new Insets(8, 10, 8, 10));
        root.getStyleClass().add("tile");
        title.setId("wrapUpTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        due.setId("wrapUpDue");
        due.setWrapText(true);
        rating.setId("wrapUpRating");
        rating.setWrapText(true);
        categories.setId("wrapUpCategories");
        ScrollPane scroll = new ScrollPane(categories);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(160);
        summary.setId("wrapUpSummary");
        summary.setWrapText(true);
        summary.setPrefRowCount(3);
        error.setId("wrapUpError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        submit.setId("wrapUpSubmit");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setOnAction(event -> model.submit());
        skip.setId("wrapUpSkip");
        skip.setOnAction(event -> model.skip());
        root.getChildren().addAll(title, due, rating, scroll, summary, error, new HBox(6, submit, skip));
        show(null);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        model.activate();
        disposer.onDispose(model::deactivate);
        disposer.bind(summary.promptTextProperty(), i18n.text("wrapUp.summary"));
        disposer.bind(submit.textProperty(), i18n.text("wrapUp.submit"));
        disposer.bind(skip.textProperty(), i18n.text("wrapUp.skip"));
        disposer.bind(error.textProperty(), model.error());
        summary.textProperty().bindBidirectional(model.summary());
        disposer.onDispose(() -> summary.textProperty().unbindBidirectional(model.summary()));
        disposer.observe(model.current(), this::show);
        disposer.observe(model.currentRating(), ignored -> rating.setText(model.ratingText()));
        disposer.listenList(model.categories(), (ListChangeListener<WrapUpCategory>) change -> showCategories());
        ticker.start();
        disposer.onDispose(ticker::stop);
        disposer.invalidated(ticker.nowProperty(), tick -> due.setText(model.dueText()));
        disposer.invalidated(i18n.localeProperty(), changed -> show(model.current().get()));
    }

    private void show(WrapUp wrapUp) {
        boolean shown = wrapUp != null;
        root.setVisible(shown);
        root.setManaged(shown);
        title.setText(model.title());
        due.setText(model.dueText());
        rating.setText(model.ratingText());
        skip.setVisible(shown && !wrapUp.required());
        showCategories();
    }

    private void showCategories() {
        categories.getChildren().setAll(model.categories().stream().map(category -> {
            CheckBox box = new CheckBox(category.name());
            box.setId("wrapUpCategory-" + category.id());
            box.setPadding(new Insets(0, 0, 0, 14.0 * depth(category)));
            box.setSelected(model.isChecked(category.id()));
            box.selectedProperty().addListener((observable, old, on) -> model.check(category.id(), on));
            return box;
        }).toList());
    }

    private int depth(WrapUpCategory category) {
        int depth = 0;
        Long parent = category.parentId();
        while (parent != null && depth < 3) {
            Long above = parent;
            parent = model.categories().stream().filter(c -> c.id() == above).findFirst().map(WrapUpCategory::parentId).orElse(null);
            depth++;
        }
        return depth;
    }
}
