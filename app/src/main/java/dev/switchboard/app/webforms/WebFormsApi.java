package dev.switchboard.app.webforms;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketField;
import dev.switchboard.shared.tickets.forms.NewWebForm;
import dev.switchboard.shared.tickets.forms.WebForm;
import dev.switchboard.shared.visitors.SiteSettings;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The web forms' endpoints ({@code /api/v1/web-forms}, administrators only) and what a form is made
 * of (sites, ticket categories, custom fields), with the session's token on the I/O executor.
 */
class WebFormsApi {

    private static final String PATH = "web-forms";

    private final ApiClient api;
    private final Session session;
    private final Executor io;

    WebFormsApi(ApiClient api, Session session, Executor io) {
        this.api = api;
        this.session = session;
        this.io = io;
    }

    CompletableFuture<List<WebForm>> list() {
        return call(() -> List.of(exchange("GET", null, WebForm[].class, PATH)));
    }

    CompletableFuture<WebForm> create(NewWebForm form) {
        return call(() -> exchange("POST", form, WebForm.class, PATH));
    }

    CompletableFuture<WebForm> replace(long id, NewWebForm form) {
        return call(() -> exchange("PUT", form, WebForm.class, PATH, Long.toString(id)));
    }

    CompletableFuture<Void> delete(long id) {
        return call(() -> exchange("DELETE", null, Void.class, PATH, Long.toString(id)));
    }

    CompletableFuture<List<String>> sites() {
        return call(() -> List.of(exchange("GET", null, SiteSettings[].class, "sites")).stream().map(SiteSettings::id).toList());
    }

    CompletableFuture<List<TicketCategory>> categories() {
        return call(() -> List.of(exchange("GET", null, TicketCategory[].class, "ticket-categories")));
    }

    CompletableFuture<List<TicketField>> fields() {
        return call(() -> List.of(exchange("GET", null, TicketField[].class, "ticket-fields")));
    }

    /** Where visitors fill the form {@code key}: {@code <server>/forms/<key>}. */
    String publicUrl(String key) {
        return session.server().api("/forms/" + key).toString();
    }

    private <T> T exchange(String method, Object body, Class<T> answer, String... path) {
        return api.send(session.server(), session.token(), method, ApiPath.of((Object[]) path), body, answer);
    }

    private <T> CompletableFuture<T> call(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, io);
    }
}
