package dev.switchboard.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP/1.1 byte for byte over a plain socket: for requests an HTTP client library refuses to send. */
public final class RawHttp {

    private RawHttp() {
    }

    /** One request as raw bytes on a fresh connection to localhost; the answer as the server sent it. */
    public static Response exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return Response.read(socket.getInputStream());
        }
    }

    /** An answer read until its body's length (or until the server closes); header names in lower case. */
    public record Response(int status, Map<String, String> headers, String body) {

        private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})( .*)?");

        static Response read(InputStream in) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int headEnd = -1;
            int read;
            while (headEnd < 0 && (read = in.read(buffer)) > 0) {
                bytes.write(buffer, 0, read);
                headEnd = bytes.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
            }
            String all = bytes.toString(StandardCharsets.ISO_8859_1);
            if (headEnd < 0) {
                throw new AssertionError("no complete answer: " + all);
            }
            String[] lines = all.substring(0, headEnd).split("\r\n");
            // the whole answer in the message when its first line is not a status line: it failed once in CI, untraced
            Matcher status = STATUS_LINE.matcher(lines[0]);
            if (!status.matches()) {
                throw new AssertionError("not an HTTP/1.1 status line first: " + all.substring(0, Math.min(all.length(), 2000)));
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "-1"));
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(bytes.toByteArray(), headEnd + 4, bytes.size() - headEnd - 4);
            while ((length < 0 || body.size() < length) && (read = in.read(buffer)) > 0) {
                body.write(buffer, 0, read);
            }
            return new Response(Integer.parseInt(status.group(1)), headers, body.toString(StandardCharsets.UTF_8));
        }
    }
}
