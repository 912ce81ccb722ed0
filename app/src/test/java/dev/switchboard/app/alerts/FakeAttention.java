package dev.switchboard.app.alerts;

import java.util.ArrayList;
import java.util.List;

/** Records what the alerts asked of the desktop; {@code hasBadge} says whether it can show a count. */
public final class FakeAttention implements Attention {

    public final boolean hasBadge;
    public int requests;
    public final List<Integer> counts = new ArrayList<>();

    public FakeAttention(boolean hasBadge) {
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
