package dev.switchboard.shared.wrapup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.problem.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree's rules, as the workstation checks them before sending and the backend again. */
class WrapUpTreeRulesTest {

    // 1 售前 (2 产品 (3 手机)), 4 售后 (5 维修), 6 旧 (archived)
    static final List<WrapUpCategory> TREE = List.of(c(1, null, "售前"), c(2, 1L, "产品"), c(3, 2L, "手机"), c(4, null, "售后"), c(5, 4L, "维修"),
            new WrapUpCategory(6, null, "旧", 4, false, 1));

    @Test
    void aNewCategoryNeedsANameFreeAmongItsSiblingsUnderAnOfferedParentNotTooDeep() {
        assertThat(messages(WrapUpTreeRules.checkNew(TREE, 4L, "维修 "))).containsExactly(WrapUpTreeRules.NAME_TAKEN);
        assertThat(messages(WrapUpTreeRules.checkNew(TREE, 1L, "维修"))).isEmpty();
        assertThat(messages(WrapUpTreeRules.checkNew(TREE, null, "旧"))).as("an archived sibling's name is free").isEmpty();
        assertThat(messages(WrapUpTreeRules.checkNew(TREE, 3L, "太深"))).containsExactly(WrapUpTreeRules.TOO_DEEP);
        assertThat(messages(WrapUpTreeRules.checkNew(TREE, 6L, "x"))).containsExactly(WrapUpTreeRules.PARENT_MESSAGE);
        assertThat(messages(WrapUpTreeRules.checkNew(TREE, null, " "))).containsExactly(WrapUpRules.NAME_MESSAGE);
    }

    @Test
    void aMoveMayNotMakeACycleGoTooDeepOrMeetASiblingsName() {
        assertThat(messages(WrapUpTreeRules.checkPlace(TREE, TREE.get(0), new WrapUpCategoryPlace(3L, 0, 1L))))
                .containsExactly(WrapUpTreeRules.INTO_ITSELF);
        assertThat(messages(WrapUpTreeRules.checkPlace(TREE, TREE.get(0), new WrapUpCategoryPlace(1L, 0, 1L))))
                .containsExactly(WrapUpTreeRules.INTO_ITSELF);
        assertThat(messages(WrapUpTreeRules.checkPlace(TREE, TREE.get(1), new WrapUpCategoryPlace(5L, 0, 1L))))
                .as("产品 has a child: under 维修 it would reach four levels").containsExactly(WrapUpTreeRules.TOO_DEEP);
        assertThat(messages(WrapUpTreeRules.checkPlace(TREE, TREE.get(1), new WrapUpCategoryPlace(4L, 0, 1L)))).isEmpty();
        assertThat(messages(WrapUpTreeRules.checkPlace(TREE, c(7, 1L, "维修"), new WrapUpCategoryPlace(4L, 0, 1L))))
                .containsExactly(WrapUpTreeRules.NAME_TAKEN_THERE);
        assertThat(messages(WrapUpTreeRules.checkPlace(TREE, TREE.get(4), new WrapUpCategoryPlace(6L, 0, 1L))))
                .as("an offered category under an archived one").containsExactly(WrapUpTreeRules.PARENT_MESSAGE);
        assertThat(messages(WrapUpTreeRules.checkPlace(TREE, TREE.get(4), new WrapUpCategoryPlace(null, -1, null))))
                .containsExactlyInAnyOrder(WrapUpTreeRules.VERSION_REQUIRED, WrapUpTreeRules.INDEX_MESSAGE);
    }

    @Test
    void aChangeCarriesItsVersionAndOffersACategoryOnlyUnderAnOfferedOne() {
        assertThat(messages(WrapUpTreeRules.checkChange(TREE, TREE.get(4), new NewWrapUpCategory(null, "x", null, null))))
                .containsExactly(WrapUpTreeRules.VERSION_REQUIRED);
        WrapUpCategory archivedChild = new WrapUpCategory(7, 6L, "子", 1, false, 1);
        List<WrapUpCategory> tree = new java.util.ArrayList<>(TREE);
        tree.add(archivedChild);
        assertThat(messages(WrapUpTreeRules.checkChange(tree, archivedChild, new NewWrapUpCategory(null, null, null, true, 1L))))
                .containsExactly(WrapUpTreeRules.PARENT_DISABLED);
        assertThat(messages(WrapUpTreeRules.checkChange(TREE, TREE.get(5), new NewWrapUpCategory(null, "售前", null, true, 1L))))
                .as("offered again beside an offered namesake").containsExactly(WrapUpTreeRules.NAME_TAKEN);
        assertThat(messages(WrapUpTreeRules.checkChange(TREE, TREE.get(4), new NewWrapUpCategory(null, "维修", null, null, 1L))))
                .as("its own name").isEmpty();
    }

    private static List<String> messages(List<FieldError> errors) {
        return errors.stream().map(FieldError::message).toList();
    }

    private static WrapUpCategory c(long id, Long parentId, String name) {
        return new WrapUpCategory(id, parentId, name, (int) id, true, 1);
    }
}
