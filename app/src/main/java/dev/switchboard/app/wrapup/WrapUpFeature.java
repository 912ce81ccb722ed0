package dev.switchboard.app.wrapup;

import dev.switchboard.app.chat.SessionChats;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.chat.ChatMessages;
import java.util.function.Consumer;

/**
 * Wrap-up (会话小结): when a chat of the agent's ends, a panel beside every page asks for its
 * categories and a summary (before the next chat, where the group requires it), and shows the
 * visitor's rating of it as soon as they give one ({@code chat.rated}). The category tree is read
 * again whenever the change log says an administrator changed it ({@link WrapUpCategoryChanges}).
 */
public final class WrapUpFeature implements Feature {

    /** Where this session's {@code chat.rated} messages go once the window's panel exists. */
    private static final class Ratings implements Consumer<ChatMessages.Rated> {
        private volatile Consumer<ChatMessages.Rated> panel = rating -> { };

        @Override
        public void accept(ChatMessages.Rated rating) {
            panel.accept(rating);
        }
    }

    @Override
    public void joinSession(SessionContext session) {
        Ratings ratings = new Ratings();
        session.handle(ChatMessages.RATED, ChatMessages.Rated.class, ratings);
        session.provide(Ratings.class, ratings);
        WrapUpCategoryChanges categoryChanges = new WrapUpCategoryChanges();
        session.sync(categoryChanges);
        session.provide(WrapUpCategoryChanges.class, categoryChanges);
    }

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        Session account = window.live().session();
        WrapUpApi api = new WrapUpApi(app.api(), account.server(), account.token(), app.background().io());
        SessionChats chats = window.require(SessionChats.class);
        WrapUpPanelViewModel model = new WrapUpPanelViewModel(new WrapUpPanelViewModel.Sources(api, chats.snapshots(), app.fx(), app.clock(),
                window.require(WrapUpCategoryChanges.class)),
                app.i18n());
        window.require(Ratings.class).panel = model::rated;
        window.sidePanel(new WrapUpPanelView(model, window.ticker()));
    }
}
