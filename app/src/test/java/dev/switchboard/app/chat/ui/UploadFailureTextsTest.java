package dev.switchboard.app.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** A refused upload is explained with the server's own reason: the limit it met, in the agent's language around it. */
class UploadFailureTextsTest {

    private static String said(Locale locale, ProblemType type, String detail) {
        ChatTexts texts = new ChatTexts(new I18n(locale), ZoneOffset.UTC);
        return texts.uploadFailure(new CompletionException(new ProblemException(Problem.of(type, detail), Optional.of(Duration.ofHours(3)))));
    }

    @Test
    void tooLargeSaysWhichLimitTheFileMet() {
        String pixels = "pictures can have 200 megapixels at most, and 65535 pixels a side; this one is 20000 x 20000";
        assertThat(said(Locale.ENGLISH, ProblemType.PAYLOAD_TOO_LARGE, pixels)).isEqualTo("The file is too large to send: " + pixels);
        assertThat(said(Locale.SIMPLIFIED_CHINESE, ProblemType.PAYLOAD_TOO_LARGE, pixels)).isEqualTo("文件太大，无法发送：" + pixels);
    }

    @Test
    void aReachedQuotaAndADamagedFileAreSaidWithTheServersDetail() {
        String quota = "a chat can hold 50 files or 200 MB; this one holds 50 (3 MB)";
        assertThat(said(Locale.ENGLISH, ProblemType.UPLOAD_QUOTA, quota)).isEqualTo("No more files can be sent for now: " + quota);
        assertThat(said(Locale.SIMPLIFIED_CHINESE, ProblemType.UPLOAD_QUOTA, quota)).isEqualTo("暂时不能再发送文件：" + quota);
        String damaged = "the picture cannot be read: it is damaged or incomplete";
        assertThat(said(Locale.ENGLISH, ProblemType.VALIDATION, damaged)).isEqualTo("The file cannot be sent: " + damaged);
        assertThat(said(Locale.SIMPLIFIED_CHINESE, ProblemType.VALIDATION, damaged)).isEqualTo("无法发送这个文件：" + damaged);
    }
}
