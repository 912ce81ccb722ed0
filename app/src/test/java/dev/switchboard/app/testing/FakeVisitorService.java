package dev.switchboard.app.testing;

import dev.switchboard.app.visitors.VisitorService;
import dev.switchboard.shared.visitors.Block;
import dev.switchboard.shared.visitors.Invitation;
import dev.switchboard.shared.visitors.VisitorDetail;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A visitor service whose answers the test gives by hand, recording what was asked. */
public final class FakeVisitorService implements VisitorService {

    /** One call and the future the test completes. */
    public record Call<T>(String what, List<Object> arguments, CompletableFuture<T> answer) {
    }

    public final List<Call<VisitorDetail>> details = new ArrayList<>();
    public final List<Call<Invitation>> invitations = new ArrayList<>();
    public final List<Call<Block>> blocks = new ArrayList<>();
    public final List<Call<VisitorSummary>> levels = new ArrayList<>();

    @Override
    public CompletableFuture<VisitorDetail> detail(String visitorId) {
        return record(details, "detail", visitorId);
    }

    @Override
    public CompletableFuture<Invitation> invite(String visitorId, String message, boolean forced) {
        return record(invitations, "invite", visitorId, message, forced);
    }

    @Override
    public CompletableFuture<Block> block(String visitorId, String reason, boolean blockAddress, Instant expiresAt) {
        return record(blocks, "block", visitorId, reason, blockAddress, expiresAt == null ? "never" : expiresAt);
    }

    @Override
    public CompletableFuture<VisitorSummary> setLevel(String visitorId, String level) {
        return record(levels, "setLevel", visitorId, level);
    }

    private static <T> CompletableFuture<T> record(List<Call<T>> calls, String what, Object... arguments) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        // Arrays.asList: an argument may be null (an invitation without a message of its own)
        calls.add(new Call<>(what, java.util.Arrays.asList(arguments), answer));
        return answer;
    }
}
