package dev.switchboard.app.routingrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleOrderTest {

    static final List<Long> ORDER = List.of(1L, 2L, 3L, 4L);

    @Test
    void aRuleDroppedOnAnotherTakesItsPlaceInEitherDirection() {
        assertThat(RuleOrder.move(ORDER, 4, 2)).containsExactly(1L, 4L, 2L, 3L);
        assertThat(RuleOrder.move(ORDER, 1, 3)).containsExactly(2L, 3L, 1L, 4L);
        assertThat(RuleOrder.move(ORDER, 3, 4)).containsExactly(1L, 2L, 4L, 3L);
    }

    @Test
    void nothingMovesOntoItselfOrOntoARuleThatIsNotThere() {
        assertThat(RuleOrder.move(ORDER, 2, 2)).isSameAs(ORDER);
        assertThat(RuleOrder.move(ORDER, 2, 9)).isSameAs(ORDER);
        assertThat(RuleOrder.move(ORDER, 9, 2)).isSameAs(ORDER);
    }
}
