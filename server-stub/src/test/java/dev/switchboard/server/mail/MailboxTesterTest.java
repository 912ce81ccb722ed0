package dev.switchboard.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.mail.MailboxRules;
import dev.switchboard.shared.mail.MailboxTestResult;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The tester's own promises, beyond what the HTTP tests show: a server that accepts the connection
 * and never says a word is "timed out" within the time-out, and a failure's words never carry a
 * password, however a server repeats it.
 */
class MailboxTesterTest {

    @Test
    void aServerThatNeverAnswersIsTimedOutWithinTheTimeOut() throws Exception {
        // accepted by the kernel's backlog, never read: the greeting never comes
        try (ServerSocket mute = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            MailboxTester tester = new MailboxTester(Duration.ofSeconds(1));
            long started = System.nanoTime();

            MailboxTestResult result = tester.test(box(mute.getLocalPort()), "secret", "");

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(result.imap().outcome()).as(result.toString()).isEqualTo(MailboxTestResult.Outcome.TIMED_OUT);
            assertThat(result.smtp().outcome()).as(result.toString()).isEqualTo(MailboxTestResult.Outcome.TIMED_OUT);
        }
    }

    @Test
    void failuresAreClassifiedThroughTheirChainAndTheirWordsHideThePasswords() {
        MessagingException wrapped = new MessagingException("connect failed", new UnknownHostException("imap.nowhere.example"));
        assertThat(MailboxTester.classify(wrapped)).isEqualTo(MailboxTestResult.Outcome.UNKNOWN_HOST);

        AuthenticationFailedException echoed = new AuthenticationFailedException("LOGIN support s3cret-pw rejected");
        assertThat(MailboxTester.classify(echoed)).isEqualTo(MailboxTestResult.Outcome.AUTHENTICATION_FAILED);
        assertThat(MailboxTester.detail(echoed, "s3cret-pw", "")).isEqualTo("LOGIN support ****** rejected");
    }

    private static MailboxRow box(int port) {
        return new MailboxRow(0, "", "", "127.0.0.1", port, false, "support", null, "INBOX", "127.0.0.1", port, false, "support", null, null,
                60, 0, false, 0, null, null, MailboxRules.DEFAULT_LANGUAGE);
    }
}
