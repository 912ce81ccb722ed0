package dev.switchboard.app.sites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.shared.sites.WidgetLook;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.shared.visitors.SiteSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sites an administrator sees: cached, kept by the change log, never set back by an older version. */
class SiteDirectoryTest {

    private static final Instant AT = Instant.parse("2026-12-08T09:00:00Z");

    @TempDir
    Path home;

    @Test
    void changesAreCachedAndAnOlderVersionNeverReplacesANewerOne() {
        CacheDatabase cache = CacheDatabase.open(home, Clock.systemUTC(), SiteDirectory.MIGRATIONS);
        SiteDirectory sites = new SiteDirectory(cache);
        sites.load().join();
        sites.replaceAll(List.of(site("default", "Demo", 3), site("old", "Old shop", 1))).join();

        sites.apply(List.of(upsert(10, site("shop", "Shop", 1)), upsert(11, site("default", "Demo, renamed", 4)),
                new Change(12, SiteSettings.ENTITY, "old", ChangeOp.DELETE, null, AT))).join();
        sites.put(site("default", "Demo as an older save answered", 3)).join();

        assertThat(sites.all()).extracting(SiteSettings::id, SiteSettings::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("default", "Demo, renamed"), org.assertj.core.groups.Tuple.tuple("shop", "Shop"));
        cache.close();

        CacheDatabase reopened = CacheDatabase.open(home, Clock.systemUTC(), SiteDirectory.MIGRATIONS);
        try {
            SiteDirectory cached = new SiteDirectory(reopened);
            cached.load().join();
            assertThat(cached.all()).extracting(SiteSettings::name).containsExactly("Demo, renamed", "Shop");
            cached.clear().join();
            assertThat(new SiteDirectory(reopened).load().thenApply(done -> cached.all()).join()).isEmpty();
        } finally {
            reopened.close();
        }
    }

    private static SiteSettings site(String id, String name, long version) {
        return new SiteSettings(id, name, List.of("*"), false, WidgetLook.DEFAULT, PrechatForm.NONE, version);
    }

    private static Change upsert(long seq, SiteSettings site) {
        return new Change(seq, SiteSettings.ENTITY, site.id(), ChangeOp.UPSERT, ProtocolJson.tree(site), AT);
    }
}
