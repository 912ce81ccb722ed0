package dev.switchboard.server.chat;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Refuses (429) an upload beyond a chat's or a visitor's {@link UploadLimits}, counting the files already stored. */
final class UploadQuota {

    private static final Duration VISITOR_WINDOW = Duration.ofHours(24);

    private final UploadLimits limits;

    UploadQuota(UploadLimits limits) {
        this.limits = limits;
    }

    /** Whether one more file of {@code size} bytes (0 when not yet known) still fits; throws when it does not. */
    void check(Handle handle, long conversationId, String uploader, boolean byVisitor, long size, Instant now) {
        long more = Math.max(size, 1);
        Usage chat = handle.createQuery("SELECT COUNT(*) AS files, COALESCE(SUM(size_bytes), 0) AS bytes, MIN(created_at) AS oldest "
                        + "FROM attachment WHERE conversation_id = :c")
                .bind("c", conversationId).map(USAGE).one();
        if (chat.files() + 1 > limits.chatFiles() || chat.bytes() + more > limits.chatBytes()) {
            throw refusal("a chat can hold " + limits.chatFiles() + " files or " + UploadLimits.size(limits.chatBytes())
                    + "; this one holds " + chat.files() + " (" + UploadLimits.size(chat.bytes()) + ")", Map.of());
        }
        if (!byVisitor) {
            return;
        }
        Usage visitor = handle.createQuery("SELECT COUNT(*) AS files, COALESCE(SUM(size_bytes), 0) AS bytes, MIN(created_at) AS oldest "
                        + "FROM attachment WHERE uploader = :u AND created_at > :since")
                .bind("u", uploader).bind("since", now.minus(VISITOR_WINDOW)).map(USAGE).one();
        if (visitor.files() + 1 > limits.visitorFilesPerDay() || visitor.bytes() + more > limits.visitorBytesPerDay()) {
            // the oldest of the day's uploads leaves the window first; the quota may allow the next one then
            long wait = visitor.oldest() == null ? VISITOR_WINDOW.toSeconds()
                    : Math.max(1, Duration.between(now, visitor.oldest().plus(VISITOR_WINDOW)).toSeconds());
            throw refusal("a visitor can send " + limits.visitorFilesPerDay() + " files or " + UploadLimits.size(limits.visitorBytesPerDay())
                    + " in 24 hours; try again in " + Duration.ofSeconds(wait).toMinutes() + " minutes", Map.of("Retry-After", Long.toString(wait)));
        }
    }

    /** What is stored: files, their bytes, when the oldest was uploaded (null when none). */
    public record Usage(long files, long bytes, Instant oldest) {
    }

    private static final RowMapper<Usage> USAGE = RecordMapper.of(Usage.class);

    private static ApiException refusal(String detail, Map<String, String> headers) {
        return new ApiException(Problem.of(ProblemType.UPLOAD_QUOTA, detail), headers);
    }
}
