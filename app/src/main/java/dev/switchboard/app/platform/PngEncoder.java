package dev.switchboard.app.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes pixels as a PNG file (8-bit RGBA), e.g. a screenshot pasted from the clipboard, without
 * the desktop toolkit's image I/O. Rows are "up"-filtered, which suits screenshots: runs of the same
 * colour under each other compress to almost nothing. Any thread.
 */
public final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte FILTER_NONE = 0;
    private static final byte FILTER_UP = 2;

    private PngEncoder() {
    }

    /** @param argb the pixels row by row, each as 0xAARRGGBB */
    public static byte[] encode(int[] argb, int width, int height) {
        if (width <= 0 || height <= 0 || argb.length < (long) width * height) {
            throw new IllegalArgumentException("no " + width + " x " + height + " picture in " + argb.length + " pixels");
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(SIGNATURE);
        // width, height, 8 bits a channel, colour type 6 (RGBA), deflate, adaptive filtering, no interlace
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(png, "IDAT", compressedRows(argb, width, height));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static byte[] compressedRows(int[] argb, int width, int height) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        byte[] previous = new byte[width * 4];
        byte[] current = new byte[width * 4];
        byte[] filtered = new byte[1 + width * 4];
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 64 * 1024)) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int pixel = argb[y * width + x];
                    int at = x * 4;
                    current[at] = (byte) (pixel >>> 16);
                    current[at + 1] = (byte) (pixel >>> 8);
                    current[at + 2] = (byte) pixel;
                    current[at + 3] = (byte) (pixel >>> 24);
                }
                filtered[0] = y == 0 ? FILTER_NONE : FILTER_UP;
                for (int i = 0; i < current.length; i++) {
                    filtered[i + 1] = (byte) (y == 0 ? current[i] : current[i] - previous[i]);
                }
                out.write(filtered);
                byte[] swap = previous;
                previous = current;
                current = swap;
            }
        } catch (IOException e) {
            // a stream in memory does not fail
            throw new IllegalStateException(e);
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
