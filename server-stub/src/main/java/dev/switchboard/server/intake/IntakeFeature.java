package dev.switchboard.server.intake;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.AddressRateLimiter;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sites.SiteService;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.sync.SyncService;
import dev.switchboard.server.tickets.TicketIntake;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.tickets.forms.WebForm;
import java.time.Duration;

/**
 * Tickets from outside without an agent (issue 13, ADR 0036): web forms at {@code /forms/{key}}
 * that administrators define, and chats nobody answered where the visitor left a message. Installed
 * after the tickets feature, whose {@link TicketIntake} makes the tickets. With the demo's data, the
 * form {@code support}.
 */
public final class IntakeFeature implements BackendFeature {

    /** Forms one address may send in {@link #SUBMISSION_PERIOD} (a token bucket, refilled evenly). */
    static final int SUBMISSIONS = 10;
    static final Duration SUBMISSION_PERIOD = Duration.ofMinutes(10);

    private final boolean demo;

    /** @param demo seed the demo's form (with {@code --demo}) */
    public IntakeFeature(boolean demo) {
        this.demo = demo;
    }

    @Override
    public void install(FeatureContext context) {
        TicketIntake intake = context.require(TicketIntake.class);
        SiteService sites = context.require(SiteService.class);
        WebForms forms = new WebForms(context.jdbi(), context.require(ChangeLog.class), context.clock(), context.require(AuditLog.class), sites, intake);
        if (demo) {
            DemoForm.seed(context.jdbi(), context.require(ChangeLog.class), context.clock());
        }
        LeftMessageTickets leftMessages = new LeftMessageTickets(context.jdbi(), context.clock(), intake);
        context.publish(LeftMessageTickets.class, leftMessages);
        context.every(LeftMessageTickets.PERIOD, LeftMessageTickets.PERIOD, "left messages to tickets", leftMessages::runNow);
        // web forms are administrators' business: only they hear of their changes
        context.require(SyncService.class).restrict(WebForm.ENTITY, reader -> change -> reader.role().atLeast(Role.ADMIN));
        context.routes(new WebFormRoutes(forms, new FormSubmissions(forms, intake), sites, context.require(Callers.class),
                new AddressRateLimiter(context.clock(), SUBMISSIONS, SUBMISSION_PERIOD)));
    }
}
