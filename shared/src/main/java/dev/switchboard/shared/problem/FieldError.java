package dev.switchboard.shared.problem;

/** One invalid field of a request: the field's JSON name and a readable reason. */
public record FieldError(String field, String message) {
}
