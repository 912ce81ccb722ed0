package dev.switchboard.server.mail;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.JsonRoutes;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.mail.Mailbox;
import dev.switchboard.shared.mail.NewMailbox;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/mailboxes}: administrators connect the e-mail channel's mailboxes; role checks are the service's. */
final class MailboxRoutes implements HttpApi.Routes {

    static final String MAILBOXES = "/api/v1/mailboxes";

    private final MailboxService mailboxes;
    private final Callers callers;

    MailboxRoutes(MailboxService mailboxes, Callers callers) {
        this.mailboxes = mailboxes;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        var api = JsonRoutes.on(routes, callers::of);
        api.get(MAILBOXES, mailboxes::list);
        routes.post(MAILBOXES, ctx -> {
            Mailbox created = mailboxes.create(callers.of(ctx), Requests.body(ctx, NewMailbox.class));
            ctx.status(201).header("Location", MAILBOXES + "/" + created.id()).json(created);
        });
        api.getById(MAILBOXES + "/{id}", mailboxes::get);
        api.putById(MAILBOXES + "/{id}", NewMailbox.class, mailboxes::replace);
        api.deleteById(MAILBOXES + "/{id}", mailboxes::delete);
        // trying settings changes nothing: 200 with each part's outcome, never a 500 for a server that does not answer
        api.post(MAILBOXES + "/test", NewMailbox.class, mailboxes::test);
        routes.post(MAILBOXES + "/{id}/test", ctx -> ctx.json(mailboxes.test(callers.of(ctx), Requests.id(ctx, "id"),
                Requests.body(ctx, NewMailbox.class))));
    }
}
