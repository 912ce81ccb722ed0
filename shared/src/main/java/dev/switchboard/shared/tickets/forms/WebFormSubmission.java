package dev.switchboard.shared.tickets.forms;

import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /api/v1/forms/{key}/submissions}: what a visitor filled in. An e-mail address
 * or a phone number is required (the requester is found or made by them). {@code idempotencyKey}
 * is chosen by the page once per filled form: sending it again answers the ticket made the first time.
 *
 * @param customFields values by field key, typed as the ticket API takes them
 * @param attachments  files, their content in base64
 */
public record WebFormSubmission(String name, String email, String phone, String subject, String description, Map<String, Object> customFields,
                                List<File> attachments, String idempotencyKey) {

    /** A file the visitor attached. */
    public record File(String name, String content) {
    }
}
