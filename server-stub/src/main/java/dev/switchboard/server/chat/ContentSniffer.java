package dev.switchboard.server.chat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a file really is, from its first bytes, whatever its name says. Only what a chat needs is
 * let through: common images, PDF and plain UTF-8 text. Executables and scripts are recognised
 * by their signatures and refused even when renamed.
 */
final class ContentSniffer {

    private ContentSniffer() {
    }

    /** The media type of {@code content}, or empty when it is not a kind a chat accepts. */
    static Optional<String> mediaType(byte[] content) {
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
        return isText(content) ? Optional.of("text/plain; charset=utf-8") : Optional.empty();
    }

    /** Windows PE, ELF, Mach-O, Java class files and scripts with a #! line. */
    static boolean isExecutable(byte[] content) {
        return startsWith(content, 'M', 'Z')
                || startsWith(content, 0x7F, 'E', 'L', 'F')
                || startsWith(content, 0xCF, 0xFA, 0xED, 0xFE) || startsWith(content, 0xCE, 0xFA, 0xED, 0xFE)
                || startsWith(content, 0xFE, 0xED, 0xFA, 0xCF) || startsWith(content, 0xCA, 0xFE, 0xBA, 0xBE)
                || startsWith(content, '#', '!');
    }

    private static boolean isText(byte[] content) {
        if (content.length == 0) {
            return false;
        }
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
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
