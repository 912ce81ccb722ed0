package dev.switchboard.server.testing;

import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangePage;
import java.util.ArrayList;
import java.util.List;

/** What one reader finds in the change log over REST: the cursor now, and the changes of an entity type since a cursor. */
public final class ChangesSeen {

    private ChangesSeen() {
    }

    /** The reader's cursor after every change there is now. */
    public static long cursor(ApiClient api, String token) {
        long cursor = 0;
        ChangePage page;
        do {
            page = api.get("/api/v1/sync?after=" + cursor + "&limit=1000", token).as(ChangePage.class);
            cursor = page.next();
        } while (page.hasMore());
        return cursor;
    }

    /** The changes of {@code entity} after {@code cursor} that the reader may see, in order. */
    public static List<Change> since(ApiClient api, String token, long cursor, String entity) {
        List<Change> seen = new ArrayList<>();
        long after = cursor;
        ChangePage page;
        do {
            page = api.get("/api/v1/sync?after=" + after + "&limit=1000", token).as(ChangePage.class);
            page.changes().stream().filter(change -> change.entity().equals(entity)).forEach(seen::add);
            after = page.next();
        } while (page.hasMore());
        return seen;
    }
}
