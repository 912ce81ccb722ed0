package dev.switchboard.server.tickets;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.sla.SlaState;
import dev.switchboard.shared.tickets.TicketPriority;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The query of {@code GET /api/v1/tickets}, read from its parameters: filters (each optional),
 * paging and sort. {@code assignee} and {@code group} take an id or {@code none}; {@code assignee}
 * also {@code me}.
 *
 * @param statuses   status keys, any of them (comma-separated)
 * @param priorities any of them (comma-separated)
 * @param text       words in the subject or description, or a ticket number
 * @param slaStates  the tickets whose stored SLA state is any of these ({@code sla=at-risk}: warning or breached with a
 *                   clock still owed); empty: any
 * @param sort       a field of {@link #SORTS}, {@code -} in front for descending
 */
record TicketQuery(List<String> statuses, Reference assignee, Reference group, Long requester, Long category, List<TicketPriority> priorities,
                   String tag, String text, Long parent, List<SlaState> slaStates, int offset, int limit, String sort) {

    /** The {@code sla} value for the queue "SLA at risk". */
    static final String AT_RISK = "at-risk";

    static final int MAX_LIMIT = 100;
    static final int DEFAULT_LIMIT = 25;
    /** {@code slaDue}: the earliest due time of the SLA clocks that count, tickets without one last. */
    static final List<String> SORTS = List.of("number", "subject", "status", "priority", "createdAt", "updatedAt", "slaDue");
    static final String DEFAULT_SORT = "-updatedAt";

    /** An id filter that may also ask for none (or for the caller, {@code me}). */
    record Reference(Long id, boolean none) {
    }

    static TicketQuery from(Context ctx, long callerId) {
        List<FieldError> errors = new ArrayList<>();
        List<TicketPriority> priorities = new ArrayList<>();
        for (String value : list(ctx.queryParam("priority"))) {
            try {
                priorities.add(TicketPriority.valueOf(value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("priority", "any of " + Arrays.toString(TicketPriority.values())));
            }
        }
        List<SlaState> slaStates = new ArrayList<>();
        for (String value : list(ctx.queryParam("sla"))) {
            if (value.equalsIgnoreCase(AT_RISK)) {
                slaStates.addAll(List.of(SlaState.WARNING, SlaState.BREACHED));
                continue;
            }
            try {
                slaStates.add(SlaState.valueOf(value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("sla", AT_RISK + " or any of " + Arrays.toString(SlaState.values())));
            }
        }
        String sort = ctx.queryParam("sort") == null || ctx.queryParam("sort").isBlank() ? DEFAULT_SORT : ctx.queryParam("sort").strip();
        if (!SORTS.contains(sort.startsWith("-") ? sort.substring(1) : sort)) {
            errors.add(new FieldError("sort", "one of " + SORTS + ", '-' in front for descending"));
        }
        Reference assignee = reference(ctx, "assignee", callerId, errors);
        Reference group = reference(ctx, "group", null, errors);
        Long requester = id(ctx, "requester", errors);
        Long category = id(ctx, "category", errors);
        Long parent = id(ctx, "parent", errors);
        String text = ctx.queryParam("text");
        String tag = ctx.queryParam("tag");
        if (!errors.isEmpty()) {
            throw ApiException.invalid("bad query parameter", errors);
        }
        int offset = (int) Requests.longQuery(ctx, "offset", 0, Integer.MAX_VALUE, 0);
        int limit = (int) Requests.longQuery(ctx, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        return new TicketQuery(list(ctx.queryParam("status")), assignee, group, requester, category, priorities,
                tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT),
                text == null || text.isBlank() ? null : text.strip(), parent, slaStates.stream().distinct().toList(), offset, limit, sort);
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    private static Reference reference(Context ctx, String name, Long me, List<FieldError> errors) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().equals("none")) {
            return new Reference(null, true);
        }
        if (me != null && value.strip().equals("me")) {
            return new Reference(me, false);
        }
        Long id = parse(value);
        if (id == null) {
            errors.add(new FieldError(name, me != null ? "an agent id, me or none" : "a group id or none"));
            return null;
        }
        return new Reference(id, false);
    }

    private static Long id(Context ctx, String name, List<FieldError> errors) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        Long id = parse(value);
        if (id == null) {
            errors.add(new FieldError(name, "an id"));
        }
        return id;
    }

    private static Long parse(String value) {
        try {
            long id = Long.parseLong(value.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
