package dev.switchboard.app.wrapup;

import dev.switchboard.app.admin.EntityChanges;
import dev.switchboard.shared.wrapup.WrapUpCategory;

/**
 * The change log's wrap-up category changes of one session: the wrap-up form reads the tree again
 * when an administrator changed it, and so does an open Administration section of the tree.
 */
public final class WrapUpCategoryChanges extends EntityChanges {

    public WrapUpCategoryChanges() {
        super(WrapUpCategory.ENTITY);
    }
}
