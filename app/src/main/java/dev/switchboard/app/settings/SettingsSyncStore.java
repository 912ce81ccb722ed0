package dev.switchboard.app.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.settings.AccountSettings;
import java.util.concurrent.CompletableFuture;

/** Per account: the settings document last agreed with the server, and whether changes made here wait to be sent. */
public final class SettingsSyncStore {

    /** @param base the server's document as last read or stored, null before the first; {@code dirty}: changed here since */
    record State(AccountSettings base, boolean dirty) {
        static final State NEW = new State(null, false);
    }

    private final CacheDatabase db;

    public SettingsSyncStore(CacheDatabase db) {
        this.db = db;
    }

    CompletableFuture<State> load(String account) {
        return db.transaction(handle -> handle.createQuery("SELECT base_json, dirty FROM settings_sync WHERE account = :account")
                .bind("account", account)
                .map((rs, ctx) -> new State(read(rs.getString(1)), rs.getBoolean(2)))
                .findOne().orElse(State.NEW));
    }

    CompletableFuture<Void> save(String account, State state) {
        return db.transaction(handle -> {
            handle.createUpdate("MERGE INTO settings_sync (account, base_json, dirty) KEY (account) VALUES (:account, :base, :dirty)")
                    .bind("account", account).bind("base", write(state.base())).bind("dirty", state.dirty()).execute();
            return null;
        });
    }

    private static AccountSettings read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Json.mapper().readValue(json, AccountSettings.class);
        } catch (JsonProcessingException unreadable) {
            // a document of another version: as if none was agreed yet, the server's wins on the next connect
            return null;
        }
    }

    private static String write(AccountSettings settings) {
        try {
            return settings == null ? null : Json.mapper().writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
