package dev.switchboard.server.chat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Optional;

/** What a picture's header says before anything is decoded, where the JDK's readers do not tell. */
final class PictureHeaders {

    private PictureHeaders() {
    }

    /** A WebP's width and height (simple lossy, lossless or extended), or empty when the header is not one. */
    static Optional<int[]> webpSize(Path file) throws IOException {
        byte[] header = new byte[30];
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            if (in.read(header) < header.length) {
                return Optional.empty();
            }
        }
        String chunk = new String(header, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8X" -> Optional.of(new int[] {1 + little(header, 24, 3), 1 + little(header, 27, 3)});
            case "VP8L" -> {
                int bits = little(header, 21, 4);
                yield (header[20] & 0xFF) != 0x2F ? Optional.empty() : Optional.of(new int[] {1 + (bits & 0x3FFF), 1 + ((bits >>> 14) & 0x3FFF)});
            }
            case "VP8 " -> (header[23] & 0xFF) != 0x9D || (header[24] & 0xFF) != 0x01 || (header[25] & 0xFF) != 0x2A ? Optional.empty()
                    : Optional.of(new int[] {little(header, 26, 2) & 0x3FFF, little(header, 28, 2) & 0x3FFF});
            default -> Optional.empty();
        };
    }

    /** Whether a JPEG's frame is progressive, which decoders keep whole in memory; false when no frame header is found. */
    static boolean progressiveJpeg(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(2);
            while (in.getFilePointer() < in.length()) {
                if (in.read() != 0xFF) {
                    return false;
                }
                int marker = in.read();
                while (marker == 0xFF) {
                    marker = in.read();
                }
                if (marker < 0 || marker == 0xD9 || marker == 0xDA) {
                    return false;
                }
                if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                    continue;
                }
                int length = in.readUnsignedShort();
                if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                    return marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE;
                }
                if (length < 2) {
                    return false;
                }
                in.seek(in.getFilePointer() + length - 2);
            }
            return false;
        }
    }

    private static int little(byte[] bytes, int from, int count) {
        int value = 0;
        for (int i = count - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[from + i] & 0xFF);
        }
        return value;
    }
}
