package dev.switchboard.app.platform;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;

/** The looks the agent can choose. */
public enum AppTheme {
    LIGHT(new PrimerLight()),
    DARK(new PrimerDark());

    private final Theme theme;

    AppTheme(Theme theme) {
        this.theme = theme;
    }

    public String userAgentStylesheet() {
        return theme.getUserAgentStylesheet();
    }
}
