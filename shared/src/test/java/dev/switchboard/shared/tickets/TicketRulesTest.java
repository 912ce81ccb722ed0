package dev.switchboard.shared.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.problem.FieldError;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ticket checks both sides run: they answer field errors for every list a caller builds, never throw. */
class TicketRulesTest {

    @Test
    void relatedTicketsInAnImmutableListAreChecked() {
        // List.of(...).contains(null) throws: a server-side caller passing such a list got a 500 instead of an answer
        assertThat(TicketRules.check(related(List.of(4L, 5L)))).isEmpty();
        assertThat(TicketRules.check(related(List.of(4L, 4L)))).extracting(FieldError::field).containsExactly("relatedIds");
    }

    @Test
    void aMissingRelatedTicketIsAFieldError() {
        assertThat(TicketRules.check(related(Arrays.asList(4L, null)))).extracting(FieldError::field).containsExactly("relatedIds");
    }

    private static TicketPatch related(List<Long> ids) {
        return new TicketPatch(1L, null, null, null, null, null, null, null, null, null, ids, null);
    }
}
