package dev.switchboard.app.chat.ui;

import dev.switchboard.app.chat.alerts.ChatNavigation;
import dev.switchboard.app.feature.PageSwitch;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;

/**
 * The chat tabs as the alerts see them: the chat in front is the selected tab while the Chats page
 * shows; opening a chat shows the Chats page and selects its tab. FX thread.
 */
public final class ChatTabsNavigation implements ChatNavigation {

    private final PageSwitch pages;
    private final String chatsPage;
    private final ChatsViewModel chats;
    private final ObjectBinding<Long> visible;

    public ChatTabsNavigation(PageSwitch pages, String chatsPage, ChatsViewModel chats) {
        this.pages = pages;
        this.chatsPage = chatsPage;
        this.chats = chats;
        this.visible = Bindings.createObjectBinding(() -> Objects.equals(pages.shown().getValue(), chatsPage)
                && chats.selectedProperty().get() != null ? chats.selectedProperty().get().id() : null,
                pages.shown(), chats.selectedProperty());
    }

    @Override
    public ObservableValue<Long> visibleChat() {
        return visible;
    }

    @Override
    public void openChat(long conversationId) {
        // showing the page activates it, which brings its tabs up to date before one is selected
        pages.show(chatsPage);
        for (ChatTabViewModel tab : chats.tabs()) {
            if (tab.id() == conversationId) {
                chats.selectedProperty().set(tab);
                // what the agent types next is the answer: into the chat, not the alert they clicked
                chats.focusInput();
                return;
            }
        }
    }
}
