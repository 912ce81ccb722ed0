package dev.switchboard.shared.visitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.switchboard.shared.problem.FieldError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PrechatAnswerRulesTest {

    private static PrechatForm formWithPattern(String pattern) {
        return new PrechatForm(List.of(new PrechatField("order_no", PrechatField.FieldType.TEXT, "Order no", "订单号", true, null, pattern)));
    }

    @Test
    void anAdministratorsPatternStillDecidesOrdinaryAnswers() {
        PrechatForm form = formWithPattern("[A-Z]{2}[0-9]{6}");
        assertThat(PrechatAnswerRules.check(form, Map.of("order_no", "SB123456"))).isEmpty();
        assertThat(PrechatAnswerRules.check(form, Map.of("order_no", "sb-1")))
                .extracting(FieldError::message).containsExactly(PrechatAnswerRules.NO_MATCH);
    }

    @Test
    void aBacktrackingPatternCannotHoldTheThreadThatChecksAVisitorsAnswer() {
        // Java's engine cuts short many nested loops such as (a+)+b, not this one: against 40 a's and
        // a b it tries every way to split the a's into twelve runs, hours of work unbounded
        PrechatForm form = formWithPattern("(.*a){12}");
        String answer = "a".repeat(40) + "b";
        CompletableFuture<List<FieldError>> check = CompletableFuture.supplyAsync(() -> PrechatAnswerRules.check(form, Map.of("order_no", answer)));
        assertThatCode(() -> check.get(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS))
                .as("the check ends within its step budget").doesNotThrowAnyException();
        assertThat(check.join()).extracting(FieldError::message)
                .containsExactly(PrechatAnswerRules.NO_MATCH);
    }
}
