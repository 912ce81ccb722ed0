package dev.switchboard.app.feature;

import org.kordamp.ikonli.Ikon;

/** An entry of the agent's menu in the window's header (above sign-out and quit); {@code action} runs on the FX thread. */
public record MenuEntry(String id, String labelKey, Ikon icon, Runnable action) {
}
