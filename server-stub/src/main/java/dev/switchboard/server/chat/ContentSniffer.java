package dev.switchboard.server.chat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a file really is, from its bytes, whatever its name says. Only what a chat needs is
 * let through: common images, PDF and plain UTF-8 text. Executables and scripts are recognised
 * by their signatures and refused even when renamed. Reads the file in pieces, never all at once.
 */
public final class ContentSniffer {

    public static final String TEXT = "text/plain; charset=utf-8";

    private static final int HEAD = 16;
    /** How far into a text file markup is looked for: a page's tags come first. */
    private static final int MARKUP_WINDOW = 64 * 1024;
    /** Tags and schemes with which a browser, or a preview that renders HTML, runs or shows active content. */
    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*(script|html|!doctype|svg|iframe|frame|object|embed|body|head|meta|link|style|form|img|a\\s|xsl|hta:|\\?xml)|javascript:|vbscript:");

    private ContentSniffer() {
    }

    /** The media type of {@code file}, or empty when it is not a kind a chat accepts. */
    public static Optional<String> mediaType(Path file) throws IOException {
        byte[] content = head(file, HEAD);
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 'G', 'I', 'F', '8') && content.length > 5 && (content[4] == '7' || content[4] == '9') && content[5] == 'a') {
            return Optional.of("image/gif");
        }
        if (startsWith(content, 'R', 'I', 'F', 'F') && content.length >= 12 && new String(content, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of("image/webp");
        }
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (isExecutable(content)) {
            return Optional.empty();
        }
        return isText(file) ? Optional.of(TEXT) : Optional.empty();
    }

    /** Whether a text file holds what a browser would take for a page, an SVG or a script link. */
    public static boolean looksLikeMarkup(Path file) throws IOException {
        String start = new String(head(file, MARKUP_WINDOW), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return MARKUP.matcher(start).find();
    }

    /** Windows PE, ELF, Mach-O, Java class files and scripts with a #! line. */
    private static boolean isExecutable(byte[] content) {
        return startsWith(content, 'M', 'Z')
                || startsWith(content, 0x7F, 'E', 'L', 'F')
                || startsWith(content, 0xCF, 0xFA, 0xED, 0xFE) || startsWith(content, 0xCE, 0xFA, 0xED, 0xFE)
                || startsWith(content, 0xFE, 0xED, 0xFA, 0xCF) || startsWith(content, 0xCA, 0xFE, 0xBA, 0xBE)
                || startsWith(content, '#', '!');
    }

    /** Well-formed UTF-8 without NUL bytes, checked a piece at a time. */
    private static boolean isText(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (FileChannel channel = FileChannel.open(file)) {
            boolean end = false;
            while (!end) {
                int from = in.position();
                end = channel.read(in) < 0;
                for (int i = from; i < in.position(); i++) {
                    if (in.get(i) == 0) {
                        return false;
                    }
                }
                in.flip();
                if (decoder.decode(in, out, end).isError()) {
                    return false;
                }
                out.clear();
                in.compact();
            }
            return !decoder.flush(out).isError();
        }
    }

    private static byte[] head(Path file, int length) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(length);
        }
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        int[] head = new int[signature.length];
        for (int i = 0; i < signature.length; i++) {
            head[i] = content[i] & 0xFF;
        }
        return Arrays.equals(head, signature);
    }
}
