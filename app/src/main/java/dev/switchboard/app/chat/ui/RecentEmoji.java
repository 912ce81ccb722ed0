package dev.switchboard.app.chat.ui;

import java.util.ArrayList;
import java.util.List;

/** The emoji an agent used last, newest first, shared by the pickers of one chats page. FX thread. */
final class RecentEmoji {

    static final int KEPT = 24;

    private final List<String> used = new ArrayList<>();

    void use(String emoji) {
        used.remove(emoji);
        used.add(0, emoji);
        if (used.size() > KEPT) {
            used.remove(KEPT);
        }
    }

    List<String> list() {
        return List.copyOf(used);
    }
}
