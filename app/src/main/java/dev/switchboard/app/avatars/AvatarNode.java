package dev.switchboard.app.avatars;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * A person's small round picture: their avatar once it is loaded, and until then (or without one)
 * their initials on a colour of their own, derived from their id so that it stays the same on
 * every workstation. Shows whoever {@link #show} was told last, whatever order pictures load in.
 * FX thread.
 */
public final class AvatarNode extends StackPane {

    /** Calm colours white initials read well on, in light and dark themes alike. */
    private static final Color[] COLOURS = Arrays.stream(new String[] {"#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
            "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#3b5b92", "#b5651d", "#2e8b57"}).map(Color::web).toArray(Color[]::new);

    private final Avatars avatars;
    private final Circle disc;
    private final Label initials = new Label();
    private final ImageView picture = new ImageView();
    private long agentId;
    private String tag;

    public AvatarNode(Avatars avatars, double size) {
        this.avatars = avatars;
        this.disc = new Circle(size / 2);
        getStyleClass().add("avatar");
        initials.getStyleClass().add("avatar-initials");
        initials.setTextFill(Color.WHITE);
        initials.setStyle("-fx-font-size: " + Math.max(8, Math.round(size * 0.4)) + "px; -fx-font-weight: bold;");
        picture.setFitWidth(size);
        picture.setFitHeight(size);
        picture.setSmooth(true);
        picture.setClip(new Circle(size / 2, size / 2, size / 2));
        picture.getStyleClass().add("avatar-picture");
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        getChildren().addAll(disc, initials, picture);
        picture.setVisible(false);
    }

    /** Shows agent {@code id} called {@code name} with the picture tagged {@code avatarTag} (null: none). */
    public void show(long id, String name, String avatarTag) {
        this.agentId = id;
        this.tag = avatarTag;
        disc.setFill(colourOf(id));
        initials.setText(initialsOf(name));
        if (avatarTag == null) {
            showPicture(null);
            return;
        }
        Image known = avatars.cached(id, avatarTag).orElse(null);
        showPicture(known);
        if (known == null) {
            avatars.load(id, avatarTag).thenAcceptAsync(image -> {
                // a cell may show someone else by now, or the same person's newer picture
                if (agentId == id && Objects.equals(tag, avatarTag)) {
                    showPicture(image);
                }
            }, avatars.fx());
        }
    }

    /** The picture shown, null while the initials show. */
    public Image picture() {
        return picture.isVisible() ? picture.getImage() : null;
    }

    public String initials() {
        return initials.getText();
    }

    private void showPicture(Image image) {
        picture.setImage(image);
        picture.setVisible(image != null);
        initials.setVisible(image == null);
    }

    /** One of the palette by the id alone: colleagues listed by id next to each other get different colours. */
    static Color colourOf(long id) {
        return COLOURS[(int) Math.floorMod(id, (long) COLOURS.length)];
    }

    /**
     * The first letters of the first and last words ("Alice Wang": AW), only the first when the
     * last word is Chinese ("Alice 王丽": A), the first character of a Chinese name ("王丽": 王).
     */
    static String initialsOf(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String[] words = name.strip().split("\\s+");
        String initials = firstCharacter(words[0]);
        int last = words[words.length - 1].codePointAt(0);
        if (words.length > 1 && !Character.isIdeographic(words[0].codePointAt(0)) && Character.isLetter(last)
                && !Character.isIdeographic(last)) {
            initials += firstCharacter(words[words.length - 1]);
        }
        return initials.toUpperCase(Locale.ROOT);
    }

    private static String firstCharacter(String word) {
        return new String(Character.toChars(word.codePointAt(0)));
    }
}
