package dev.switchboard.app.chat;

import dev.switchboard.app.feature.LeaveGuard;
import dev.switchboard.app.platform.I18n;
import java.util.Optional;
import javafx.beans.value.ObservableValue;

/**
 * Warns before the agent signs out or quits with open chats (ADR 0013): signing out sends them back
 * to the front of the queue at once; after quitting they stay the agent's for a grace period, in case
 * they come back, and then go back to the queue. FX thread.
 */
public final class OpenChatsGuard implements LeaveGuard {

    private final ObservableValue<ChatsSnapshot> chats;
    private final I18n i18n;

    public OpenChatsGuard(ObservableValue<ChatsSnapshot> chats, I18n i18n) {
        this.chats = chats;
        this.i18n = i18n;
    }

    @Override
    public Optional<String> warning(Leaving leaving) {
        long open = chats.getValue().chats().stream().filter(chat -> chat.phase() == ChatPhase.OPEN).count();
        return open == 0 ? Optional.empty() : Optional.of(i18n.get("leave.chats." + leaving.name(), open));
    }
}
