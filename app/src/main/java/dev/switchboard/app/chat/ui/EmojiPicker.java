package dev.switchboard.app.chat.ui;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.GlyphCheck;
import dev.switchboard.app.platform.I18n;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Popup;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The emoji picker above the message box: a search field (English or Chinese: "thanks", "谢谢"),
 * the categories (recently used, smileys, gestures, objects, nature, symbols) and their emoji; a
 * click or Enter inserts one. Esc or a click elsewhere closes it. It offers only the emoji this
 * machine's fonts can draw, and takes the look of the window it opens over, in light and dark. FX thread.
 */
final class EmojiPicker {

    static final String RECENT = "recent";
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    private static final int COLUMNS = 9;
    private static final Map<String, Ikon> ICONS = Map.of(RECENT, Material2AL.HISTORY, "smileys", Material2AL.EMOJI_EMOTIONS,
            "gestures", Material2AL.EMOJI_PEOPLE, "objects", Material2AL.EMOJI_OBJECTS, "nature", Material2AL.EMOJI_NATURE,
            "symbols", Material2AL.EMOJI_SYMBOLS);

    private final EmojiCatalog catalog;
    private final RecentEmoji recent;
    private final I18n i18n;
    private final Consumer<String> insert;
    private final Popup popup = new Popup();
    private final VBox root = new VBox(6);
    private final TextField search = new TextField();
    private final ToggleGroup categoryToggles = new ToggleGroup();
    private final Map<String, ToggleButton> categoryButtons = new LinkedHashMap<>();
    private final Label heading = new Label();
    private final TilePane grid = new TilePane();
    private final Label nothing = new Label();
    private String category;
    private GlyphCheck glyphs;

    EmojiPicker(EmojiCatalog catalog, RecentEmoji recent, I18n i18n, Consumer<String> insert) {
        this.catalog = catalog;
        this.recent = recent;
        this.i18n = i18n;
        this.insert = insert;
        build();
    }

    private void build() {
        root.setId("emojiPicker");
        root.getStyleClass().add("emoji-picker");
        search.setId("emojiSearch");
        search.getStyleClass().add(Styles.SMALL);
        search.textProperty().addListener((observable, before, now) -> render());
        search.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                shown().stream().findFirst().ifPresent(this::choose);
                event.consume();
            }
        });
        HBox tabs = new HBox(2);
        tabs.setAlignment(Pos.CENTER_LEFT);
        List<String> categories = new ArrayList<>();
        categories.add(RECENT);
        categories.addAll(catalog.categories());
        for (String name : categories) {
            ToggleButton button = new ToggleButton(null, new FontIcon(ICONS.getOrDefault(name, Material2AL.EMOJI_SYMBOLS)));
            button.setId("emojiCategory-" + name);
            button.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, "emoji-category");
            button.setToggleGroup(categoryToggles);
            button.setTooltip(new Tooltip());
            button.setOnAction(event -> {
                search.clear();
                category = name;
                render();
            });
            categoryButtons.put(name, button);
            tabs.getChildren().add(button);
        }
        heading.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        grid.setId("emojiGrid");
        grid.getStyleClass().add("emoji-grid");
        grid.setPrefColumns(COLUMNS);
        grid.setPrefTileWidth(36);
        grid.setPrefTileHeight(36);
        nothing.setId("emojiNothing");
        nothing.getStyleClass().add(Styles.TEXT_MUTED);
        nothing.setWrapText(true);
        nothing.managedProperty().bind(nothing.visibleProperty());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("emojiScroll");
        scroll.getStyleClass().addAll("emoji-scroll", "edge-to-edge");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(36 * 6);
        scroll.setPrefViewportWidth(36 * COLUMNS + 2);
        root.getChildren().addAll(search, tabs, heading, nothing, scroll);
        root.setPadding(new Insets(8));
        popup.getContent().add(root);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    /** Shows the picker above {@code anchor} (on the recently used, if any), or hides it when it shows. */
    void toggle(Node anchor) {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        takeTheLookOf(anchor);
        root.applyCss();
        // only what this machine's fonts draw: without an emoji font a Linux desktop draws many of them as boxes
        glyphs = GlyphCheck.of(Font.font(search.getFont().getFamily(), 20));
        search.clear();
        category = recent.list().isEmpty() ? catalog.categories().get(0) : RECENT;
        relabel();
        render();
        var bounds = anchor.localToScreen(anchor.getBoundsInLocal());
        popup.show(anchor, bounds.getMinX(), bounds.getMinY());
        // placed above the button once its height is known
        popup.setY(bounds.getMinY() - popup.getHeight());
        search.requestFocus();
    }

    void hide() {
        popup.hide();
    }

    boolean showing() {
        return popup.isShowing();
    }

    /**
     * A popup is a window of its own: without the owner's style sheets and theme marker it would be
     * drawn in the default light colours, and its corners would show around the rounded panel.
     */
    private void takeTheLookOf(Node anchor) {
        if (anchor.getScene() == null) {
            return;
        }
        Parent ownerRoot = anchor.getScene().getRoot();
        popup.getScene().getStylesheets().setAll(anchor.getScene().getStylesheets());
        popup.getScene().setUserAgentStylesheet(anchor.getScene().getUserAgentStylesheet());
        root.pseudoClassStateChanged(DARK, ownerRoot.getPseudoClassStates().contains(DARK));
    }

    private void relabel() {
        search.setPromptText(i18n.get("chat.emoji.search"));
        categoryButtons.forEach((name, button) -> button.getTooltip().setText(i18n.get("chat.emoji.category." + name)));
    }

    private List<String> shown() {
        List<String> symbols;
        if (!search.getText().isBlank()) {
            symbols = catalog.search(search.getText()).stream().map(EmojiCatalog.Emoji::symbol).toList();
        } else if (RECENT.equals(category)) {
            symbols = recent.list();
        } else {
            symbols = catalog.in(category).stream().map(EmojiCatalog.Emoji::symbol).toList();
        }
        return glyphs == null ? symbols : symbols.stream().filter(glyphs::draws).toList();
    }

    private void render() {
        boolean searching = !search.getText().isBlank();
        categoryButtons.forEach((name, button) -> button.setSelected(!searching && name.equals(category)));
        heading.setText(searching ? i18n.get("chat.emoji.results") : i18n.get("chat.emoji.category." + category));
        List<String> emoji = shown();
        List<Node> buttons = new ArrayList<>();
        for (String symbol : emoji) {
            Button button = new Button(symbol);
            button.getStyleClass().addAll(Styles.FLAT, "emoji-button");
            button.setFocusTraversable(false);
            button.setOnAction(event -> choose(symbol));
            buttons.add(button);
        }
        grid.getChildren().setAll(buttons);
        nothing.setText(i18n.get(searching || !RECENT.equals(category) ? "chat.emoji.noMatch" : "chat.emoji.noRecent"));
        nothing.setVisible(emoji.isEmpty());
    }

    private void choose(String emoji) {
        recent.use(emoji);
        insert.accept(emoji);
        popup.hide();
    }
}
