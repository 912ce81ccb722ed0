package dev.switchboard.app.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.sensitive.SensitiveWord;
import dev.switchboard.shared.sensitive.SensitiveWordSettings;
import dev.switchboard.shared.sensitive.SensitiveWordSettings.AgentMode;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangeOp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The workstation's copy of the sensitive words follows an administrator's change as the change log tells it, not only at the next connect. */
class SensitiveWordCheckTest {

    @Test
    void aChangeOfTheWordsIsReadAgainAndTold() {
        AtomicReference<SensitiveWordSettings> onServer = new AtomicReference<>(new SensitiveWordSettings(AgentMode.CONFIRM, List.of("scam")));
        SensitiveWordCheck check = new SensitiveWordCheck(() -> CompletableFuture.completedFuture(onServer.get()));
        AtomicInteger told = new AtomicInteger();
        Runnable stop = check.onChange(told::incrementAndGet);
        check.refresh().join();
        assertThat(check.find("请加我微信")).isEmpty();

        onServer.set(new SensitiveWordSettings(AgentMode.BLOCK, List.of("scam", "加我微信")));
        check.apply(List.of(new Change(7, SensitiveWord.ENTITY, "3", ChangeOp.UPSERT, null, Instant.EPOCH))).join();

        assertThat(check.entity()).isEqualTo("sensitive_word");
        assertThat(check.find("请加我微信")).containsExactly("加我微信");
        assertThat(check.mayConfirm()).isFalse();
        assertThat(told).hasValue(1);
        stop.run();
        check.apply(List.of()).join();
        assertThat(told).as("a listener that stopped is not told").hasValue(1);
    }
}
