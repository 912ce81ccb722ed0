package dev.switchboard.app.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
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
    /**
     * Set where the desktop cannot show see-through windows (X11 without a compositor): there a
     * popup's shadow and rounded corners are painted on an opaque window, whose white shows as a
     * frame around every dropdown and menu of the dark theme. app.css drops them then.
     */
    private static final PseudoClass OPAQUE_POPUPS = PseudoClass.getPseudoClass("opaque-popups");

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
            scene.getRoot().pseudoClassStateChanged(OPAQUE_POPUPS, !Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW));
        }
    }
}
