package dev.switchboard.server.chat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Pictures for upload tests, among them the hostile ones: written chunk by chunk, never as a whole raster. */
final class TestImages {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private TestImages() {
    }

    /**
     * The attacker's PNG: a header claiming {@code width} x {@code height} RGBA pixels (20000 x 20000
     * is 1.6 GB decoded) and almost no data; 69 bytes.
     */
    static byte[] bomb(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", header(width, height, 6));
        chunk(png, "IDAT", deflate(new byte[16]));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** A real PNG signature followed by bytes that are no PNG at all. */
    static byte[] signatureAndGarbage() {
        byte[] bytes = new byte[4096];
        System.arraycopy(SIGNATURE, 0, bytes, 0, SIGNATURE.length);
        for (int i = SIGNATURE.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }

    /** A PNG whose header and first chunk are right but whose pixels stop after a few rows. */
    static byte[] truncated(int width, int height) {
        byte[] whole = streamedPng(width, height);
        byte[] cut = new byte[Math.min(whole.length, 200)];
        System.arraycopy(whole, 0, cut, 0, cut.length);
        return cut;
    }

    /**
     * A valid RGB PNG of any size, a left-to-right gradient, compressed row by row: a 12000 x 9000
     * panorama is 324 MB decoded but a few hundred KB here.
     */
    static byte[] streamedPng(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", header(width, height, 2));
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            byte[] row = new byte[1 + width * 3];
            for (int x = 0; x < width; x++) {
                row[1 + x * 3] = (byte) (x * 255L / width);
                row[2 + x * 3] = (byte) 140;
                row[3 + x * 3] = (byte) 130;
            }
            out.write(row);
            // every further row repeats the one above it: filter "Up" with nothing to add
            byte[] same = new byte[row.length];
            same[0] = 2;
            for (int y = 1; y < height; y++) {
                out.write(same);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** A phone photo's size as a JPEG. */
    static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(20, 140, 130), width, height, new Color(240, 200, 80)));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return encode(image, "jpeg");
    }

    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(20, 140, 130));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] header(int width, int height, int colorType) {
        return ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) colorType).put((byte) 0).put((byte) 0).put((byte) 0)
                .array();
    }

    private static byte[] deflate(byte[] raw) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
            out.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
