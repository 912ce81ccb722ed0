package dev.switchboard.app.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The font family of every window: one that has Chinese glyphs, since agent and group names, chats
 * and the 简体中文 interface are Chinese. JavaFX's default font does not reliably fall back to one
 * (on Linux it skips the {@code .ttc} collections of Noto CJK and draws boxes), so the workstation
 * names a family itself: the system's own Chinese UI font on Windows and macOS, whichever common
 * one is installed on Linux. Their Latin letters are designed to sit beside their Chinese, and the
 * theme's sizes, weights and colours still apply; without any such font the default stays.
 */
public final class UiFont {

    private static final Logger LOG = LoggerFactory.getLogger(UiFont.class);

    static final List<String> WINDOWS = List.of("Microsoft YaHei UI", "Microsoft YaHei", "DengXian", "SimHei");
    static final List<String> MAC = List.of("PingFang SC", "Hiragino Sans GB", "Heiti SC", "STHeiti");
    static final List<String> LINUX = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UMing CN");
    /** Parts of family names that promise Chinese glyphs, for a system with none of the families above. */
    private static final List<String> CHINESE_FAMILY_HINTS = List.of("cjk sc", "han sans", "wenquanyi", "yahei",
            "pingfang", "cjk");

    private static volatile String stylesheet;

    private UiFont() {
    }

    /**
     * A stylesheet that sets the family chosen for this system on every scene's root (and, as
     * popups copy their owner's stylesheets, on menus, lists and tooltips). Needs the FX toolkit.
     */
    public static String stylesheet() {
        if (stylesheet == null) {
            Optional<String> family = choose(System.getProperty("os.name", ""), Font.getFamilies(), UiFont::loads);
            LOG.info("UI font family: {}", family.orElse("JavaFX's default (no Chinese font found)"));
            String css = family.map(name -> ".root { -fx-font-family: \"" + name + "\"; }\n").orElse("");
            stylesheet = "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
        }
        return stylesheet;
    }

    /**
     * The family to use on {@code osName}: the first of that system's preferred families that is
     * {@code installed} and that JavaFX {@code loads}, else any installed one whose name promises
     * Chinese glyphs.
     */
    static Optional<String> choose(String osName, Collection<String> installed, Predicate<String> loads) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<String> preferred = os.startsWith("windows") ? WINDOWS : os.startsWith("mac") ? MAC : LINUX;
        for (String family : preferred) {
            if (installed.stream().anyMatch(family::equalsIgnoreCase) && loads.test(family)) {
                return Optional.of(family);
            }
        }
        for (String hint : CHINESE_FAMILY_HINTS) {
            Optional<String> found = installed.stream().sorted()
                    .filter(family -> family.toLowerCase(Locale.ROOT).contains(hint) && !isMonospaced(family))
                    .filter(loads)
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static boolean isMonospaced(String family) {
        return family.toLowerCase(Locale.ROOT).contains("mono");
    }

    /** JavaFX answers another family (its default) for one it lists but cannot open. */
    private static boolean loads(String family) {
        return Font.font(family, 14).getFamily().equalsIgnoreCase(family);
    }
}
