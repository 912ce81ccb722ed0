package dev.switchboard.shared.problem;

/** The kinds of problem the backend reports, each with its HTTP status. */
public enum ProblemType {
    MALFORMED_JSON("malformed-json", "Malformed JSON", 400),
    VALIDATION("validation", "Invalid request", 400),
    UNAUTHENTICATED("unauthenticated", "Authentication required", 401),
    BAD_CREDENTIALS("bad-credentials", "Wrong login or password", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    CONFLICT("conflict", "Conflict", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    TOO_MANY_ATTEMPTS("too-many-attempts", "Too many attempts", 429),
    /** A chat or a visitor has uploaded as much as the backend keeps for it; the detail says the limit. */
    UPLOAD_QUOTA("upload-quota", "Upload quota reached", 429),
    /**
     * An agent's message contains sensitive words; {@code errors} name them (field {@code text}). It
     * may be sent again confirmed, unless the administrators block such messages (see protocol.md).
     */
    SENSITIVE_WORDS("sensitive-words", "Sensitive words", 422),
    INTERNAL("internal", "Internal error", 500);

    private static final String BASE = "https://switchboard.dev/problems/";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** Finds the type of a problem document received from the backend, if it is one we know. */
    public static java.util.Optional<ProblemType> fromUri(String uri) {
        for (ProblemType type : values()) {
            if (type.uri().equals(uri)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
