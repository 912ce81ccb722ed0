package dev.switchboard.server.availability;

import dev.switchboard.server.distribution.ActiveRoutingRules;
import dev.switchboard.server.distribution.Router;
import dev.switchboard.server.distribution.RoutingRequest;
import dev.switchboard.server.distribution.RoutingRule;
import dev.switchboard.server.hours.BusinessHoursService;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.JsonBodies;
import dev.switchboard.server.sites.Site;
import dev.switchboard.server.sites.SiteService;
import dev.switchboard.server.visitors.VisitorMessageHandler;
import dev.switchboard.server.visitors.VisitorPeer;
import dev.switchboard.server.visitors.VisitorTracker;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.visitors.AvailabilityMessages;
import dev.switchboard.shared.visitors.AvailabilityMessages.Availability;
import dev.switchboard.shared.visitors.AvailabilityMessages.Reason;
import dev.switchboard.shared.visitors.PrechatField;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.shared.visitors.VisitorSummary;
import dev.switchboard.shared.ws.Envelope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import org.jdbi.v3.core.Jdbi;

/**
 * Answers the widget's {@code availability.ask}: can anyone answer this visitor's chat now? The
 * groups the chat could reach are those the routing rules give this visitor (as a chat of theirs
 * would be routed) for each answer the pre-chat question allows, or for the one they picked. Some
 * such group with an agent online who takes chats, and within its business hours, is available.
 * The site-wide "is any agent online" the widget asked before said "online" to visitors whose group
 * had nobody.
 *
 * <p>State (ADR 8): none. Agents' statuses and the groups are read on each question; the rules are
 * the routing-rules feature's cache, the business hours the hours feature's.
 */
final class WidgetAvailability implements VisitorMessageHandler {

    private static final int QUESTION_MAX = 200;

    private final Jdbi jdbi;
    private final Clock clock;
    private final SiteService sites;
    private final VisitorTracker visitors;
    private final ActiveRoutingRules rules;
    private final BusinessHoursService hours;

    WidgetAvailability(Jdbi jdbi, Clock clock, SiteService sites, VisitorTracker visitors, ActiveRoutingRules rules,
                       BusinessHoursService hours) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.sites = sites;
        this.visitors = visitors;
        this.rules = rules;
        this.hours = hours;
    }

    @Override
    public Set<String> types() {
        return Set.of(AvailabilityMessages.ASK);
    }

    @Override
    public void handle(VisitorPeer page, Envelope message) {
        String question = message.payload() == null ? null
                : JsonBodies.read(message.payload().toString(), AvailabilityMessages.Ask.class).questionType();
        if (question != null && question.length() > QUESTION_MAX) {
            throw ApiException.invalid("the question is too long", List.of(new FieldError("questionType", "at most " + QUESTION_MAX + " characters")));
        }
        page.send(Envelope.outgoing(AvailabilityMessages.AVAILABILITY, null, null, of(page.visitorId(), page.site(), question)));
    }

    Availability of(String visitorId, String siteId, String question) {
        PrechatForm form = sites.find(siteId).map(Site::prechat).orElse(PrechatForm.NONE);
        Set<Long> groups = reachable(form, question, visitorId, visitors.summary(visitorId), rules.active(),
                jdbi.withHandle(handle -> handle.createQuery("SELECT COALESCE(MIN(id), 0) FROM agent_group").mapTo(Long.class).one()));
        Set<Long> staffed = Set.copyOf(jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT DISTINCT m.group_id FROM agent a JOIN agent_group_member m ON m.agent_id = a.id
                        WHERE a.status = 'ONLINE' AND a.enabled AND a.max_chats > 0""").mapTo(Long.class).list()));
        Instant now = clock.instant();
        return decide(groups, staffed::contains, group -> hours.isOpen(group, now), question);
    }

    /**
     * The groups the visitor's chat could be routed to: for the question they picked when it is one
     * of the form's options, else for each option (and for no answer, when the question may be left out).
     */
    static Set<Long> reachable(PrechatForm form, String question, String visitorId, Optional<VisitorSummary> visitor, List<RoutingRule> rules,
                               long fallbackGroupId) {
        Optional<PrechatField> field = form.fields().stream().filter(f -> f.type() == PrechatField.FieldType.QUESTION_TYPE).findFirst();
        List<String> answers = new ArrayList<>();
        if (field.isEmpty()) {
            answers.add(null);
        } else if (question != null && field.get().options() != null && field.get().options().contains(question)) {
            answers.add(question);
        } else {
            answers.addAll(field.get().options() == null ? List.of() : field.get().options());
            if (!field.get().required() || answers.isEmpty()) {
                answers.add(null);
            }
        }
        Set<Long> groups = new LinkedHashSet<>();
        for (String answer : answers) {
            groups.add(Router.ruleGroup(RoutingRequest.ofVisitor(visitorId, visitor, answer, null), rules, fallbackGroupId));
        }
        return groups;
    }

    /** Available when some group has someone online and is open; closed when every group is closed, else nobody online. */
    static Availability decide(Set<Long> groups, LongPredicate staffed, LongPredicate open, String question) {
        if (groups.stream().anyMatch(group -> staffed.test(group) && open.test(group))) {
            return new Availability(true, null, question);
        }
        boolean allClosed = !groups.isEmpty() && groups.stream().noneMatch(open::test);
        return new Availability(false, allClosed ? Reason.CLOSED : Reason.NOBODY_ONLINE, question);
    }
}
