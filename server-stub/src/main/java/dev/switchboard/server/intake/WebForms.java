package dev.switchboard.server.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.server.sites.SiteService;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.tickets.TicketIntake;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.tickets.TicketField;
import dev.switchboard.shared.tickets.forms.NewWebForm;
import dev.switchboard.shared.tickets.forms.WebForm;
import dev.switchboard.shared.tickets.forms.WebFormRules;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Web forms as administrators set them up ({@code /api/v1/web-forms}, administrators only, audited):
 * the site, the category, which of the category's custom fields are asked, the group. A save is
 * checked against what exists (site, category, group, fields that apply to the category and are
 * enabled) and against the version it was read at. Every change is also in the change log
 * ({@link WebForm#ENTITY}), so an administrator's open list follows another's change.
 */
final class WebForms {

    private static final String COLUMNS = "id, form_key, site, title, category_id, field_keys, group_id, enabled, version";
    private static final RowMapper<WebFormRow> ROWS = RecordMapper.of(WebFormRow.class);

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final AuditLog audit;
    private final SiteService sites;
    private final TicketIntake intake;

    WebForms(Jdbi jdbi, ChangeLog changeLog, Clock clock, AuditLog audit, SiteService sites, TicketIntake intake) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
        this.clock = clock;
        this.audit = audit;
        this.sites = sites;
        this.intake = intake;
    }

    List<WebForm> list(Principal caller) {
        caller.require(Role.ADMIN);
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM web_form ORDER BY form_key").map(ROWS)
                .map(WebFormRow::form).list());
    }

    WebForm get(Principal caller, long id) {
        caller.require(Role.ADMIN);
        return jdbi.withHandle(handle -> find(handle, id)).orElseThrow(() -> ApiException.notFound("web form " + id));
    }

    WebForm create(Principal caller, NewWebForm request) {
        caller.require(Role.ADMIN);
        requireValid(request, false);
        return changeLog.write(tx -> {
            Handle handle = tx.handle();
            if (byKey(handle, request.key()).isPresent()) {
                throw ApiException.invalid("the key is taken", List.of(new FieldError("key", "another form has this key")));
            }
            long id = handle.createUpdate("INSERT INTO web_form (form_key, site, title, category_id, field_keys, group_id, enabled, version, created_at)"
                            + " VALUES (:key, :site, :title, :category, :fields, :group, :enabled, 1, :now)")
                    .bind("key", request.key()).bind("site", request.site()).bind("title", request.title().strip())
                    .bind("category", request.categoryId()).bind("fields", json(request.fieldKeys())).bind("group", request.groupId())
                    .bind("enabled", request.enabled() == null || request.enabled()).bind("now", clock.instant())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return audited(tx, caller, id, "web-form.create");
        });
    }

    WebForm replace(Principal caller, long id, NewWebForm request) {
        caller.require(Role.ADMIN);
        requireValid(request, true);
        return changeLog.write(tx -> {
            Handle handle = tx.handle();
            WebForm current = find(handle, id).orElseThrow(() -> ApiException.notFound("web form " + id));
            Optional<WebForm> sameKey = byKey(handle, request.key());
            if (sameKey.isPresent() && sameKey.get().id() != id) {
                throw ApiException.invalid("the key is taken", List.of(new FieldError("key", "another form has this key")));
            }
            int changed = handle.createUpdate("UPDATE web_form SET form_key = :key, site = :site, title = :title, category_id = :category,"
                            + " field_keys = :fields, group_id = :group, enabled = :enabled, version = version + 1 WHERE id = :id AND version = :version")
                    .bind("key", request.key()).bind("site", request.site()).bind("title", request.title().strip())
                    .bind("category", request.categoryId()).bind("fields", json(request.fieldKeys())).bind("group", request.groupId())
                    .bind("enabled", request.enabled() == null ? current.enabled() : request.enabled())
                    .bind("id", id).bind("version", request.version()).execute();
            if (changed == 0) {
                throw new ApiException(ProblemType.CONFLICT, "web form " + id + " changed meanwhile (now version " + current.version()
                        + "); reload it and apply your change again");
            }
            return audited(tx, caller, id, "web-form.update");
        });
    }

    /**
     * Removes a form: its page answers 404 from then on. The tickets it made stay as they are (they
     * name no form, only their channel and category), and its key is free for a new form.
     */
    void delete(Principal caller, long id) {
        caller.require(Role.ADMIN);
        changeLog.write(tx -> {
            WebForm current = find(tx.handle(), id).orElseThrow(() -> ApiException.notFound("web form " + id));
            tx.handle().createUpdate("DELETE FROM web_form WHERE id = :id").bind("id", id).execute();
            audit.record(tx.handle(), caller.agentId(), "web-form.delete", "web-form:" + id, current.key() + " (" + current.site() + ")");
            tx.record(WebForm.ENTITY, Long.toString(id), ChangeOp.DELETE, null);
            return null;
        });
    }

    /** The form visitors may fill: enabled, by key. */
    Optional<WebForm> open(String key) {
        if (key == null || !WebFormRules.KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> byKey(handle, key)).filter(WebForm::enabled);
    }

    /**
     * The custom fields the form asks, in its order: those it names, then the category's required
     * ones it does not name (a required field added later must not make the form impossible to send).
     */
    List<TicketField> asked(WebForm form) {
        List<TicketField> applicable = intake.fieldsFor(form.categoryId());
        List<TicketField> asked = new ArrayList<>();
        for (String key : form.fieldKeys()) {
            applicable.stream().filter(field -> field.key().equals(key)).findFirst().ifPresent(asked::add);
        }
        applicable.stream().filter(field -> field.required() && !form.fieldKeys().contains(field.key())).forEach(asked::add);
        return asked;
    }

    private void requireValid(NewWebForm request, boolean replacing) {
        List<FieldError> errors = new ArrayList<>(WebFormRules.check(request, replacing));
        if (request.site() != null && !request.site().isBlank() && sites.find(request.site()).isEmpty()) {
            errors.add(new FieldError("site", "an existing site"));
        }
        if (request.categoryId() != null && intake.category(request.categoryId()).isEmpty()) {
            errors.add(new FieldError("categoryId", "an existing category"));
        }
        if (request.groupId() != null && jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM agent_group WHERE id = :id")
                .bind("id", request.groupId()).mapTo(Integer.class).one()) == 0) {
            errors.add(new FieldError("groupId", "an existing group"));
        }
        if (request.fieldKeys() != null && errors.stream().noneMatch(error -> error.field().equals("categoryId"))) {
            Set<String> applicable = intake.fieldsFor(request.categoryId()).stream().map(TicketField::key).collect(Collectors.toSet());
            List<String> foreign = request.fieldKeys().stream().filter(key -> key != null && !applicable.contains(key)).toList();
            if (!foreign.isEmpty()) {
                errors.add(new FieldError("fieldKeys", "enabled custom fields of the form's category; not " + foreign));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the web form is not valid", errors);
        }
    }

    private WebForm audited(ChangeLog.Tx tx, Principal caller, long id, String action) {
        WebForm form = find(tx.handle(), id).orElseThrow();
        audit.record(tx.handle(), caller.agentId(), action, "web-form:" + id, form.key() + " (" + form.site() + ")" + (form.enabled() ? "" : " disabled"));
        tx.record(WebForm.ENTITY, Long.toString(id), ChangeOp.UPSERT, form);
        return form;
    }

    private static Optional<WebForm> find(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM web_form WHERE id = :id").bind("id", id).map(ROWS).map(WebFormRow::form).findOne();
    }

    private static Optional<WebForm> byKey(Handle handle, String key) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM web_form WHERE form_key = :key").bind("key", key).map(ROWS)
                .map(WebFormRow::form).findOne();
    }

    private static String json(List<String> keys) {
        try {
            return Json.mapper().writeValueAsString(keys == null ? List.of() : keys);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
