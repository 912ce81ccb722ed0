package dev.switchboard.server.agents;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.agents.AvatarRules;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Makes an agent's picture of what they sent, checked by its content, never by its claimed type:
 * the bytes must decode as a PNG, JPEG, GIF or BMP of at most {@link AvatarRules#MAX_EDGE} a side
 * (read from the header before anything is decoded). What is kept is the backend's own PNG of the
 * picture's middle square at most {@link AvatarRules#EDGE} a side: nothing of the upload but its
 * pixels (no metadata, no trailing bytes) is ever served to colleagues. Thread-safe; two decode at once.
 */
final class AvatarImage {

    private final Semaphore decoders = new Semaphore(2, true);

    /** The PNG to keep; 400 for what is not a picture, 413 for one too large. */
    byte[] normalize(byte[] upload) {
        if (upload.length > AvatarRules.MAX_BYTES) {
            throw new ApiException(Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "a picture can weigh " + AvatarRules.MAX_BYTES / 1024 + " KB at most; this one weighs " + upload.length / 1024 + " KB"),
                    Map.of());
        }
        boolean turn = false;
        try {
            turn = decoders.tryAcquire(20, TimeUnit.SECONDS);
            if (!turn) {
                throw new ApiException(ProblemType.TOO_MANY_ATTEMPTS, "too many pictures are being read; try again");
            }
            return square(decode(upload));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ProblemType.TOO_MANY_ATTEMPTS, "interrupted while waiting to read the picture");
        } finally {
            if (turn) {
                decoders.release();
            }
        }
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw notAPicture();
            }
            ImageReader reader = readers.next();
            try {
                // metadata is skipped: compressed text chunks are bombs of their own
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    throw notAPicture();
                }
                if (width > AvatarRules.MAX_EDGE || height > AvatarRules.MAX_EDGE) {
                    throw ApiException.invalid("the picture is too large", List.of(new FieldError("avatar",
                            "at most " + AvatarRules.MAX_EDGE + " pixels a side; this one is " + width + " x " + height)));
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException refusal) {
                throw refusal;
            }
            // decoders fail on broken input in many ways, unchecked ones among them
            throw notAPicture();
        }
    }

    /** The middle square, scaled down to the kept size, as a PNG. */
    private static byte[] square(BufferedImage picture) {
        int side = Math.min(picture.getWidth(), picture.getHeight());
        int edge = Math.min(side, AvatarRules.EDGE);
        BufferedImage square = new BufferedImage(edge, edge, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = square.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        int x = (picture.getWidth() - side) / 2;
        int y = (picture.getHeight() - side) / 2;
        graphics.drawImage(picture, 0, 0, edge, edge, x, y, x + side, y + side, null);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(square, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static ApiException notAPicture() {
        return ApiException.invalid("the avatar is not a picture", List.of(new FieldError("avatar", AvatarRules.NOT_A_PICTURE)));
    }
}
