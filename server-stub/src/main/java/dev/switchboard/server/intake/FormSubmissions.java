package dev.switchboard.server.intake;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.tickets.TicketIntake;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.CustomFieldRules;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.RequesterInput;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketField;
import dev.switchboard.shared.tickets.forms.PublicWebForm;
import dev.switchboard.shared.tickets.forms.WebForm;
import dev.switchboard.shared.tickets.forms.WebFormReceipt;
import dev.switchboard.shared.tickets.forms.WebFormRules;
import dev.switchboard.shared.tickets.forms.WebFormSubmission;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a visitor sends with a web form becomes a ticket of channel web form. Everything is checked
 * before anything is stored, and reported at once: the form's own rules ({@link WebFormRules}, the
 * ticket API's contact and text rules), the custom fields by {@link CustomFieldRules} against the
 * fields the form asks (a field it does not ask is unknown), the files' encoding; then the files'
 * size and content and the ticket itself in one transaction ({@link TicketIntake}), which checks
 * the ticket as the API does. The page's idempotency key makes a double submit one ticket.
 */
final class FormSubmissions {

    /** What a form's tickets' files are named after in their rows. */
    private static final String UPLOADER = "form:";

    private final WebForms forms;
    private final TicketIntake intake;

    FormSubmissions(WebForms forms, TicketIntake intake) {
        this.forms = forms;
        this.intake = intake;
    }

    /** The form as its page draws it; 404 for an unknown or disabled form. */
    PublicWebForm definition(String key) {
        WebForm form = forms.open(key).orElseThrow(() -> ApiException.notFound("form " + key));
        List<PublicWebForm.Field> fields = forms.asked(form).stream()
                .map(field -> new PublicWebForm.Field(field.key(), field.name(), field.nameZh(), field.type(), field.options(), field.required()))
                .toList();
        return new PublicWebForm(form.key(), form.title(), fields, WebFormRules.FILES_MAX, WebFormRules.FILE_BYTES_MAX);
    }

    WebFormReceipt submit(String key, WebFormSubmission submission) {
        WebForm form = forms.open(key).orElseThrow(() -> ApiException.notFound("form " + key));
        List<FieldError> errors = new ArrayList<>(WebFormRules.check(submission));
        List<TicketField> asked = forms.asked(form);
        Set<String> askedKeys = asked.stream().map(TicketField::key).collect(Collectors.toSet());
        Map<String, Object> values = submission.customFields() == null ? Map.of() : submission.customFields();
        // the API's rules over the fields this form asks: anything else is unknown here, even a field of the category
        errors.addAll(CustomFieldRules.check(asked, field -> true, values, values.keySet()));
        List<TicketIntake.IncomingFile> files = decoded(submission, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the form is not filled in correctly", errors);
        }
        Map<String, Object> given = new LinkedHashMap<>(values);
        given.keySet().retainAll(askedKeys);
        NewTicket request = new NewTicket(submission.subject().strip(), blankToNull(submission.description()), null,
                new RequesterInput(blankToNull(submission.name()), blankToNull(submission.email()), blankToNull(submission.phone()), null),
                form.categoryId(), null, null, null, form.groupId(), TicketChannel.WEB_FORM, null, null, null, null, given,
                submission.idempotencyKey() == null ? null : "form:" + form.id() + ":" + submission.idempotencyKey());
        try {
            Ticket ticket = intake.create(request, files, WebFormRules.FILE_BYTES_MAX, UPLOADER + form.key()).ticket();
            return new WebFormReceipt(ticket.number());
        } catch (ApiException refused) {
            throw asFormErrors(refused);
        }
    }

    /** The files' bytes; a file that is not base64 is an error of its own. */
    private static List<TicketIntake.IncomingFile> decoded(WebFormSubmission submission, List<FieldError> errors) {
        List<TicketIntake.IncomingFile> files = new ArrayList<>();
        List<WebFormSubmission.File> sent = submission.attachments() == null ? List.of() : submission.attachments();
        for (int i = 0; i < sent.size() && i < WebFormRules.FILES_MAX; i++) {
            WebFormSubmission.File file = sent.get(i);
            if (file == null || file.content() == null || file.content().isEmpty()) {
                continue; // reported by the rules
            }
            try {
                files.add(new TicketIntake.IncomingFile(file.name() == null ? "file" : file.name(), Base64.getDecoder().decode(file.content())));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("attachments[" + i + "]", WebFormRules.FILE_CONTENT));
            }
        }
        return files;
    }

    /** The ticket API names the requester's fields {@code requester.*}; the form names them as its inputs. */
    private static ApiException asFormErrors(ApiException refused) {
        var problem = refused.problem();
        if (problem.errors() == null || problem.errors().isEmpty()) {
            return refused;
        }
        List<FieldError> renamed = problem.errors().stream().map(error -> error.field().equals("requester") ? new FieldError("email", error.message())
                : error.field().startsWith("requester.") ? new FieldError(error.field().substring("requester.".length()), error.message())
                : error).toList();
        return new ApiException(new dev.switchboard.shared.problem.Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
                renamed), refused.headers());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
