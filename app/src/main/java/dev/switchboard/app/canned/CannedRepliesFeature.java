package dev.switchboard.app.canned;

import dev.switchboard.app.chat.CannedReplies;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.PageEntry;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.shared.agents.Role;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Canned replies page, where agents write, categorise and order their own replies and
 * supervisors their groups'. The replies themselves (cache, sync, completion in a chat) belong to
 * the chats, which come before this in the feature list.
 */
public final class CannedRepliesFeature implements Feature {

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        CannedRepliesApi api = new CannedRepliesApi(app.api(), window.live().session(), app.background().io());
        window.page(PageEntry.of("CANNED", Material2MZ.QUESTION_ANSWER, Role.AGENT,
                () -> new CannedManagerView(new CannedManagerViewModel(window.require(CannedReplies.class), api, app.i18n(),
                        window.live().selfProperty(), window.live().team().snapshotProperty(), app.fx()))));
    }
}
