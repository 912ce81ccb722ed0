package dev.switchboard.app.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/**
 * Applies the chosen AtlantaFX theme, the font family that shows Chinese ({@link UiFont}) and the
 * application stylesheet to the scenes of one workstation. The theme is set on each scene, so two
 * workstations in one JVM keep their own look, and also as the JVM-wide default: popups (menus, combo lists, tooltips) lay themselves
 * out with the default before they copy their owner's stylesheet, and a Modena first pass over
 * AtlantaFX rules floods the log with conversion warnings.
 */
public final class ThemeManager {

    private static final String APP_CSS =
            Objects.requireNonNull(ThemeManager.class.getResource("/dev/switchboard/app/app.css")).toExternalForm();

    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private final List<Scene> scenes = new ArrayList<>();
    private AppTheme theme;

    public ThemeManager(AppTheme initial) {
        this.theme = initial;
    }

    public AppTheme theme() {
        return theme;
    }

    /** Themes a scene now and on every later change, until {@link #unregister}. FX thread. */
    public void register(Scene scene) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().addAll(UiFont.stylesheet(), APP_CSS);
        }
        apply(scene);
        if (!scenes.contains(scene)) {
            scenes.add(scene);
        }
    }

    public void unregister(Scene scene) {
        scenes.remove(scene);
    }

    public void setTheme(AppTheme newTheme) {
        theme = newTheme;
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        scenes.forEach(this::apply);
    }

    private void apply(Scene scene) {
        scene.setUserAgentStylesheet(theme.userAgentStylesheet());
        // Lets app.css adjust the few colours the theme's palette does not cover.
        if (scene.getRoot() != null) {
            scene.getRoot().pseudoClassStateChanged(DARK, theme == AppTheme.DARK);
        }
    }
}
