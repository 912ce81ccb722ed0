package dev.switchboard.app.shell;

import dev.switchboard.app.alerts.ChatNavigation;
import dev.switchboard.app.chat.ui.ChatTabViewModel;
import dev.switchboard.app.chat.ui.ChatsViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The chat tabs as the alerts see them: the chat in front is the selected tab while the Chats page
 * shows; opening a chat shows the Chats page and selects its tab. FX thread.
 */
final class ChatTabsNavigation implements ChatNavigation {

    private final ObjectProperty<Page> page;
    private final ChatsViewModel chats;
    private final ObjectBinding<Long> visible;

    ChatTabsNavigation(ObjectProperty<Page> page, ChatsViewModel chats) {
        this.page = page;
        this.chats = chats;
        this.visible = Bindings.createObjectBinding(() -> page.get() == Page.CHATS && chats.selectedProperty().get() != null
                ? chats.selectedProperty().get().id() : null, page, chats.selectedProperty());
    }

    @Override
    public ObservableValue<Long> visibleChat() {
        return visible;
    }

    @Override
    public void openChat(long conversationId) {
        // showing the page activates it, which brings its tabs up to date before one is selected
        page.set(Page.CHATS);
        for (ChatTabViewModel tab : chats.tabs()) {
            if (tab.id() == conversationId) {
                chats.selectedProperty().set(tab);
                return;
            }
        }
    }
}
