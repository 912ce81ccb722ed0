package dev.switchboard.server.chat;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sizes and thumbnails of uploaded pictures, safe against pictures made to exhaust memory. A
 * picture's header may claim any size (a 69-byte PNG claims 20000 x 20000 pixels, 1.6 GB decoded):
 * the size is read from the header first and refused beyond what any camera makes, and a thumbnail
 * is decoded from every n-th pixel only, so it never needs the whole picture in memory. Decoding
 * costs CPU all the same: only a few run at once.
 */
final class PictureReader {

    private static final Logger LOG = LoggerFactory.getLogger(PictureReader.class);

    /** More than a 12000 x 9000 panorama (108 MP), less than the bombs; an edge at most JPEG's and GIF's limit. */
    static final long MAX_PIXELS = 200_000_000L;
    static final int MAX_EDGE = 65_535;
    /**
     * A progressive JPEG is decoded whole in native memory (6 bytes a pixel) whatever the subsampling:
     * beyond this it is kept without a thumbnail.
     */
    static final long MAX_PROGRESSIVE_PIXELS = 25_000_000L;
    static final int THUMBNAIL_EDGE = 240;

    /** What was found: the picture's size and, when it could be made, a PNG thumbnail. */
    record Picture(int width, int height, Optional<byte[]> thumbnail) {
    }

    private final Semaphore decoders;
    private final Duration patience;

    /** @param decoders a permit for each thumbnail made at once; {@code patience} how long an upload waits for one */
    PictureReader(Semaphore decoders, Duration patience) {
        this.decoders = decoders;
        this.patience = patience;
    }

    /** Half the processors decode; the other half serve chats meanwhile. */
    static PictureReader standard() {
        return new PictureReader(new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true), Duration.ofSeconds(20));
    }

    /** Checks the picture in {@code file} of {@code mediaType}; refuses (413, 400) one too large or that cannot be read. */
    Picture read(Path file, String mediaType) throws IOException {
        if (mediaType.equals("image/webp")) {
            // no decoder for WebP here: its size from the header, and browsers show it
            int[] size = PictureHeaders.webpSize(file).orElseThrow(PictureReader::damaged);
            requireSensible(size[0], size[1]);
            return new Picture(size[0], size[1], Optional.empty());
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw damaged();
            }
            ImageReader reader = readers.next();
            try {
                // metadata is skipped: compressed text chunks are bombs of their own
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                requireSensible(width, height);
                if (mediaType.equals("image/jpeg") && PictureHeaders.progressiveJpeg(file) && (long) width * height > MAX_PROGRESSIVE_PIXELS) {
                    LOG.info("no thumbnail for a progressive JPEG of {} x {}", width, height);
                    return new Picture(width, height, Optional.empty());
                }
                return new Picture(width, height, thumbnail(reader, width, height));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException refusal) {
                throw refusal;
            }
            // decoders fail on broken input in many ways, unchecked ones among them
            LOG.info("picture refused as unreadable: {}", e.toString());
            throw damaged();
        }
    }

    private Optional<byte[]> thumbnail(ImageReader reader, int width, int height) throws IOException {
        boolean turn = false;
        try {
            turn = decoders.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS);
            if (!turn) {
                // a rush of pictures: this one goes as a file rather than keep its sender waiting
                LOG.warn("no thumbnail: {} pictures were being decoded for longer than {}", decoders.availablePermits(), patience);
                return Optional.empty();
            }
            // about twice the thumbnail's size, then smoothed down
            int step = Math.max(1, Math.max(width, height) / (THUMBNAIL_EDGE * 2));
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage sampled = reader.read(0, param);
            return Optional.of(scaled(sampled, width, height));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (turn) {
                decoders.release();
            }
        }
    }

    /** The thumbnail's size follows the picture's, not the sample's, which rounding may have skewed. */
    private static byte[] scaled(BufferedImage sampled, int width, int height) throws IOException {
        double scale = Math.min(1.0, (double) THUMBNAIL_EDGE / Math.max(width, height));
        int smallWidth = Math.max(1, (int) Math.round(width * scale));
        int smallHeight = Math.max(1, (int) Math.round(height * scale));
        BufferedImage small = new BufferedImage(smallWidth, smallHeight, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = small.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(sampled, 0, 0, smallWidth, smallHeight, null);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(small, "png", out);
        return out.toByteArray();
    }

    private static void requireSensible(int width, int height) {
        if (width < 1 || height < 1) {
            throw damaged();
        }
        if ((long) width * height > MAX_PIXELS || width > MAX_EDGE || height > MAX_EDGE) {
            throw new ApiException(Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "pictures can have " + MAX_PIXELS / 1_000_000
                    + " megapixels at most, and " + MAX_EDGE + " pixels a side; this one is " + width + " x " + height), Map.of());
        }
    }

    private static ApiException damaged() {
        return new ApiException(ProblemType.VALIDATION, "the picture cannot be read: it is damaged or incomplete");
    }
}
