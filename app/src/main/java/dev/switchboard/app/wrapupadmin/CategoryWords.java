package dev.switchboard.app.wrapupadmin;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.wrapup.WrapUpCategory;
import dev.switchboard.shared.wrapup.WrapUpRules;
import dev.switchboard.shared.wrapup.WrapUpTreeRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tree's rules and categories in the reader's language: refusals, paths, a category for the stale-edit panes. */
final class CategoryWords {

    private final I18n i18n;

    CategoryWords(I18n i18n) {
        this.i18n = i18n;
    }

    /** A refusal of the shared rules (here or from the backend) worded for people; others as they came. */
    FieldError word(FieldError error) {
        String key = switch (error.message()) {
            case WrapUpRules.NAME_MESSAGE -> "wrapUpAdmin.error.name";
            case WrapUpTreeRules.NAME_TAKEN -> "wrapUpAdmin.error.nameTaken";
            case WrapUpTreeRules.NAME_TAKEN_THERE -> "wrapUpAdmin.error.nameTakenThere";
            case WrapUpTreeRules.PARENT_MESSAGE -> "wrapUpAdmin.error.parent";
            case WrapUpTreeRules.TOO_DEEP -> "wrapUpAdmin.error.tooDeep";
            case WrapUpTreeRules.INTO_ITSELF -> "wrapUpAdmin.error.intoItself";
            case WrapUpTreeRules.PARENT_DISABLED -> "wrapUpAdmin.error.parentDisabled";
            default -> null;
        };
        return key == null ? error : new FieldError(error.field(), i18n.get(key, WrapUpRules.MAX_NAME, WrapUpRules.MAX_DEPTH));
    }

    List<FieldError> word(List<FieldError> errors) {
        return errors.stream().map(this::word).toList();
    }

    /** Every category's path from the top, "售后 After-sales / 维修 Repairs". */
    static Map<Long, String> paths(List<WrapUpCategory> tree) {
        Map<Long, String> paths = new HashMap<>();
        for (WrapUpCategory category : tree) {
            // parents come before their children in the tree as listed
            String above = category.parentId() == null ? null : paths.get(category.parentId());
            paths.put(category.id(), above == null ? category.name() : above + " / " + category.name());
        }
        return paths;
    }

    /** A category as the stale-edit panes show it: its name, where it is, whether new wrap-ups offer it. */
    String describe(String name, String parentPath, boolean enabled) {
        return i18n.get("wrapUpAdmin.describe.name", name) + "\n"
                + i18n.get("wrapUpAdmin.describe.parent", parentPath == null ? i18n.get("wrapUpAdmin.parent.top") : parentPath) + "\n"
                + i18n.get(enabled ? "wrapUpAdmin.describe.enabled" : "wrapUpAdmin.describe.archived");
    }
}
