package dev.switchboard.app.alerts;

import java.util.ArrayList;
import java.util.List;

/** Records what the alerts asked of the desktop; {@code hasBadge} says whether it can show a count. */
final class FakeAttention implements Attention {

    final boolean hasBadge;
    int requests;
    final List<Integer> counts = new ArrayList<>();

    FakeAttention(boolean hasBadge) {
        this.hasBadge = hasBadge;
    }

    @Override
    public void request() {
        requests++;
    }

    @Override
    public boolean showCount(int count) {
        counts.add(count);
        return hasBadge;
    }
}
