package dev.switchboard.server.infra;

import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to what it refuses before any route sees it (a bad URI encoding, headers or a URI
 * too large, a broken request line, an unknown method or version): a problem document like every
 * other error, with the same security headers, instead of Jetty's HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {

    private static final int MAX_DETAIL = 200;

    /** Every method gets a body: a refused PUT deserves a reason as much as a GET. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        SecurityHeaders.EVERY_ANSWER.forEach(response.getHeaders()::put);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE + ";charset=utf-8");
        byte[] body = Json.mapper().valueToTree(problem(code, message)).toString().getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    static Problem problem(int status, String message) {
        String reason = HttpStatus.getMessage(status);
        // Jetty's messages name what was wrong ("Ambiguous URI encoding"); a long one may quote the request
        String detail = message == null || message.isBlank() || message.length() > MAX_DETAIL ? reason : message;
        return switch (status) {
            case 404 -> Problem.of(ProblemType.NOT_FOUND, detail);
            case 405 -> Problem.of(ProblemType.METHOD_NOT_ALLOWED, detail);
            case 413 -> Problem.of(ProblemType.PAYLOAD_TOO_LARGE, detail);
            case 415 -> Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail);
            case 500 -> Problem.of(ProblemType.INTERNAL, "an unexpected error happened");
            default -> new Problem("about:blank", reason, status, detail, List.of());
        };
    }
}
