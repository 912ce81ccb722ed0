package dev.switchboard.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    @Test
    void theEncodedPictureReadsBackPixelForPixelWithItsTransparency() throws IOException {
        int width = 37;
        int height = 23;
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                argb[y * width + x] = (x * 7 + y) % 5 == 0 ? 0x80FF0000 : 0xFF000000 | (x * 6) << 16 | (y * 11) << 8 | (x + y);
            }
        }
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(argb, width, height)));
        assertThat(read.getWidth()).isEqualTo(width);
        assertThat(read.getHeight()).isEqualTo(height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertThat(read.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(argb[y * width + x]);
            }
        }
    }

    @Test
    void aScreenshotOfPlainAreasIsSmall() {
        int[] argb = new int[1920 * 1080];
        java.util.Arrays.fill(argb, 0xFFF5F5F5);
        assertThat(PngEncoder.encode(argb, 1920, 1080).length).isLessThan(20_000);
    }

    @Test
    void tooFewPixelsAreRefused() {
        assertThatThrownBy(() -> PngEncoder.encode(new int[10], 4, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
