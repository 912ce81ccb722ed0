package dev.switchboard.app.wrapupadmin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.wrapup.WrapUpCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where moving up, down and dropping put a category, as {@code PUT .../place} takes it. */
class TreeMovesTest {

    // 1 售前 (2 产品, 3 价格), 4 售后 (5 维修, 6 退货, 7 退款), 8 投诉
    static final List<WrapUpCategory> TREE = List.of(c(1, null, 1), c(2, 1L, 1), c(3, 1L, 2), c(4, null, 2), c(5, 4L, 1), c(6, 4L, 2),
            c(7, 4L, 3), c(8, null, 3));

    @Test
    void upAndDownStayAmongTheSiblingsAndStopAtTheEnds() {
        assertThat(TreeMoves.up(TREE, 6)).contains(new TreeMoves.Place(4L, 0));
        assertThat(TreeMoves.up(TREE, 5)).isEmpty();
        assertThat(TreeMoves.down(TREE, 6)).contains(new TreeMoves.Place(4L, 2));
        assertThat(TreeMoves.down(TREE, 7)).isEmpty();
        assertThat(TreeMoves.down(TREE, 1)).contains(new TreeMoves.Place(null, 1));
    }

    @Test
    void droppedOnASiblingItTakesItsPlaceAndOnAnotherCategoryItGoesLastUnderIt() {
        assertThat(TreeMoves.drop(TREE, 5, 7L)).as("down the list: after the target").contains(new TreeMoves.Place(4L, 2));
        assertThat(TreeMoves.drop(TREE, 7, 5L)).as("up the list: before the target").contains(new TreeMoves.Place(4L, 0));
        assertThat(TreeMoves.drop(TREE, 7, 1L)).as("into another parent, last").contains(new TreeMoves.Place(1L, 2));
        assertThat(TreeMoves.drop(TREE, 2, 8L)).contains(new TreeMoves.Place(8L, 0));
        assertThat(TreeMoves.drop(TREE, 5, null)).as("onto no category: last at the top").contains(new TreeMoves.Place(null, 3));
        assertThat(TreeMoves.drop(TREE, 4, 4L)).as("onto itself: nothing").isEmpty();
        assertThat(TreeMoves.drop(TREE, 4, 5L)).as("into its own child: a place the rules refuse").contains(new TreeMoves.Place(5L, 0));
    }

    private static WrapUpCategory c(long id, Long parentId, int position) {
        return new WrapUpCategory(id, parentId, "c" + id, position, true, 1);
    }
}
