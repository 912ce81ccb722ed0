package dev.switchboard.app.feature;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.platform.BackgroundExecutors;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.ThemeManager;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Executor;

/**
 * What one workstation offers every feature for its whole life: texts, themes, notices, the REST
 * client, threads and time, and what the workstation and the features provide for each other.
 */
public final class AppContext {

    private final I18n i18n;
    private final ThemeManager themes;
    private final NotificationCenter notices;
    private final ApiClient api;
    private final BackgroundExecutors background;
    private final Executor fx;
    private final Clock clock;
    private final ZoneId zone;
    private final Scope scope = new Scope(null);

    public AppContext(I18n i18n, ThemeManager themes, NotificationCenter notices, ApiClient api, BackgroundExecutors background,
                      Executor fx, Clock clock, ZoneId zone) {
        this.i18n = i18n;
        this.themes = themes;
        this.notices = notices;
        this.api = api;
        this.background = background;
        this.fx = fx;
        this.clock = clock;
        this.zone = zone;
    }

    public I18n i18n() {
        return i18n;
    }

    public ThemeManager themes() {
        return themes;
    }

    public NotificationCenter notices() {
        return notices;
    }

    public ApiClient api() {
        return api;
    }

    /** The I/O threads, the scheduler, and serial executors for work that must run in order. */
    public BackgroundExecutors background() {
        return background;
    }

    /** Runs on the FX thread. */
    public Executor fx() {
        return fx;
    }

    public Clock clock() {
        return clock;
    }

    /** The zone times are shown in. */
    public ZoneId zone() {
        return zone;
    }

    /** Offers {@code service} to every feature for the workstation's life (e.g. the settings). */
    public <T> void provide(Class<T> type, T service) {
        scope.provide(type, service);
    }

    public <T> T require(Class<T> type) {
        return scope.require(type);
    }

    Scope scope() {
        return scope;
    }
}
