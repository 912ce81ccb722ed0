package dev.switchboard.app.invitationrules;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.visitors.InvitationRule;
import dev.switchboard.shared.visitors.NewInvitationRule;
import dev.switchboard.shared.visitors.SiteSettings;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** The automatic invitation rules' endpoints ({@code /api/v1/invitation-rules}) and the sites, with the session's token on the I/O executor. */
class InvitationRulesApi {

    private static final String PATH = "invitation-rules";

    private final ApiClient api;
    private final Session session;
    private final Executor io;

    InvitationRulesApi(ApiClient api, Session session, Executor io) {
        this.api = api;
        this.session = session;
        this.io = io;
    }

    CompletableFuture<List<InvitationRule>> list() {
        return call(() -> List.of(exchange("GET", null, InvitationRule[].class, PATH)));
    }

    CompletableFuture<InvitationRule> create(NewInvitationRule rule) {
        return call(() -> exchange("POST", rule, InvitationRule.class, PATH));
    }

    CompletableFuture<InvitationRule> replace(long id, NewInvitationRule rule) {
        return call(() -> exchange("PUT", rule, InvitationRule.class, PATH, Long.toString(id)));
    }

    CompletableFuture<Void> delete(long id) {
        return call(() -> exchange("DELETE", null, Void.class, PATH, Long.toString(id)));
    }

    /** The sites a rule can watch (administrators only). */
    CompletableFuture<List<String>> sites() {
        return call(() -> List.of(exchange("GET", null, SiteSettings[].class, "sites")).stream().map(SiteSettings::id).toList());
    }

    private <T> T exchange(String method, Object body, Class<T> answer, String... path) {
        return api.send(session.server(), session.token(), method, ApiPath.of((Object[]) path), body, answer);
    }

    private <T> CompletableFuture<T> call(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, io);
    }
}
