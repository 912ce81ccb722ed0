package dev.switchboard.app.settings;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.settings.AccountSettings;

/** {@code GET/PUT /api/v1/me/settings} with the session's token. Calls block: run them off the FX thread. */
final class SettingsApi {

    private static final ApiPath SETTINGS = ApiPath.of("me", "settings");

    private final ApiClient api;
    private final Session session;

    SettingsApi(ApiClient api, Session session) {
        this.api = api;
        this.session = session;
    }

    AccountSettings read() {
        return api.send(session.server(), session.token(), "GET", SETTINGS, null, AccountSettings.class);
    }

    /** Stores {@code settings} over the version it carries; 409 ({@code ProblemException}) when that is not the current one. */
    AccountSettings store(AccountSettings settings) {
        return api.send(session.server(), session.token(), "PUT", SETTINGS, settings, AccountSettings.class);
    }
}
