package dev.switchboard.app.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;

/**
 * Buttons that later features add to the header of every chat tab (the internal chat's "Share to
 * colleague"), so that the chat feature needs to know none of them. Filled while the session's
 * window opens, before any tab is made. FX thread.
 */
public final class ChatTabActions {

    /**
     * @param id      the button's node id
     * @param textKey the bundle key of its label
     * @param run     what it does, given the tab's chat as it is now and the window to open dialogs over
     */
    public record Action(String id, String textKey, Ikon icon, BiConsumer<Chat, Window> run) {
    }

    private final List<Action> actions = new ArrayList<>();

    public void add(Action action) {
        actions.add(action);
    }

    public List<Action> all() {
        return List.copyOf(actions);
    }
}
