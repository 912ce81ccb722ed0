package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.server.infra.ApiException;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only so many thumbnails are decoded at once; a picture that waits too long for its turn is kept without one. */
class PictureReaderTest {

    @TempDir
    Path folder;

    @Test
    void aPictureWaitingBehindBusyDecodersIsKeptWithoutAThumbnail() throws Exception {
        Path picture = Files.write(folder.resolve("p.png"), TestImages.png(800, 600));
        Semaphore decoders = new Semaphore(1);
        PictureReader reader = new PictureReader(decoders, Duration.ofMillis(100));
        assertThat(reader.read(picture, "image/png").thumbnail()).as("a free decoder makes the thumbnail").isPresent();
        assertThat(decoders.availablePermits()).as("and gives its permit back").isEqualTo(1);

        // the only decoder is busy with another picture
        decoders.acquire();
        PictureReader.Picture waited = reader.read(picture, "image/png");
        assertThat(waited.width()).isEqualTo(800);
        assertThat(waited.height()).isEqualTo(600);
        assertThat(waited.thumbnail()).as("no turn within the patience: no thumbnail").isEmpty();
        decoders.release();
    }

    @Test
    void theSizeComesFromTheHeaderAndTheThumbnailFromASample() throws Exception {
        Path panorama = Files.write(folder.resolve("pano.png"), TestImages.streamedPng(12000, 9000));
        PictureReader.Picture read = new PictureReader(new Semaphore(1), Duration.ofSeconds(30)).read(panorama, "image/png");
        assertThat(read.width()).isEqualTo(12000);
        assertThat(read.height()).isEqualTo(9000);
        var thumbnail = ImageIO.read(new ByteArrayInputStream(read.thumbnail().orElseThrow()));
        assertThat(thumbnail.getWidth()).isEqualTo(240);
        assertThat(thumbnail.getHeight()).isEqualTo(180);
        // the gradient survives the sampling: dark on the left, light on the right
        assertThat(thumbnail.getRGB(2, 90) >> 16 & 0xFF).isLessThan(30);
        assertThat(thumbnail.getRGB(237, 90) >> 16 & 0xFF).isGreaterThan(220);
    }

    @Test
    void aPaletteAndAGifKeepTheirColoursThoughMetadataIsSkipped() throws Exception {
        PictureReader reader = new PictureReader(new Semaphore(1), Duration.ofSeconds(30));
        for (String format : new String[] {"png", "gif"}) {
            IndexColorModel palette = new IndexColorModel(8, 2, new byte[] {(byte) 200, 0}, new byte[] {30, 0}, new byte[] {40, (byte) 255});
            BufferedImage indexed = new BufferedImage(300, 100, BufferedImage.TYPE_BYTE_INDEXED, palette);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(indexed, format, bytes);
            Path file = Files.write(folder.resolve("indexed." + format), bytes.toByteArray());
            BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(reader.read(file, "image/" + format).thumbnail().orElseThrow()));
            assertThat(thumbnail.getWidth()).isEqualTo(240);
            assertThat(thumbnail.getRGB(120, 40) & 0xFFFFFF).as(format).isEqualTo(0xC81E28);
        }
    }

    @Test
    void aWebpIsMeasuredByItsHeaderAndABombRefused() throws Exception {
        PictureReader reader = new PictureReader(new Semaphore(1), Duration.ofSeconds(1));
        PictureReader.Picture photo = reader.read(Files.write(folder.resolve("ok.webp"), webpHeader(4000, 3000)), "image/webp");
        assertThat(photo.width()).isEqualTo(4000);
        assertThat(photo.height()).isEqualTo(3000);
        Path bomb = Files.write(folder.resolve("bomb.webp"), webpHeader(16000, 16000));
        assertThatThrownBy(() -> reader.read(bomb, "image/webp"))
                .isInstanceOfSatisfying(ApiException.class,
                        refused -> assertThat(refused.problem().status()).isEqualTo(413));
    }

    /** An extended WebP's header (VP8X): the canvas size, and no picture after it. */
    private static byte[] webpHeader(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(22).put("WEBPVP8X".getBytes(StandardCharsets.US_ASCII))
                .putInt(10).putInt(0);
        header.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        header.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        return header.array();
    }
}
