package dev.switchboard.app.blocks;

import dev.switchboard.app.admin.AdminSection;
import dev.switchboard.app.admin.AdminSections;
import dev.switchboard.app.admin.EntityChanges;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.visitors.Block;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Blocks section of the Administration page (administrators: blocks show visitors' addresses):
 * the blocks in force, blocking a visitor with a reason and an end, and lifting a block. The change
 * log's {@code visitor_block} changes keep an open section up to date.
 */
public final class BlocksFeature implements Feature {

    /** The session's block changes, under a type of this feature's own. */
    static final class BlockChanges extends EntityChanges {
        BlockChanges() {
            super(Block.ENTITY);
        }
    }

    @Override
    public void joinSession(SessionContext session) {
        BlockChanges changes = new BlockChanges();
        session.sync(changes);
        session.provide(BlockChanges.class, changes);
    }

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        BlocksApi api = new BlocksApi(app.api(), window.live().session(), app.background().io());
        window.require(AdminSections.class).add(new AdminSection("blocks", Material2AL.BLOCK, Role.ADMIN,
                () -> new BlocksView(new BlocksViewModel(api, window.require(BlockChanges.class), app.i18n(), app.clock(), app.fx()), app.zone())));
    }
}
