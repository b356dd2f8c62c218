package org.sujarit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.sujarit.infrastructure.files.CleanImages;
import org.sujarit.support.Photos;

/** Photos lose everything but their pixels, and stay the right way up. */
class CleanImagesTest {

    @Test
    void gpsAndOtherMetadataAreGoneAndTheOrientationIsAppliedToThePixels() throws Exception {
        byte[] phone = Photos.withExif(Photos.jpeg(40, 20), 6, new int[] {19, 10, 12}, new int[] {99, 53, 41});
        assertThat(new String(phone, StandardCharsets.ISO_8859_1)).contains("Exif");

        byte[] clean = CleanImages.reencode(phone, "image/jpeg").orElseThrow();
        assertThat(new String(clean, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        assertThat(indexOf(clean, new byte[] {0, 0, 0, 19, 0, 0, 0, 1, 0, 0, 0, 10})).isNegative();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(clean));
        // Turned a quarter clockwise: 20 wide, 40 high, the red half now on top.
        assertThat(image.getWidth()).isEqualTo(20);
        assertThat(image.getHeight()).isEqualTo(40);
        assertThat(red(image.getRGB(10, 5))).isGreaterThan(200);
        assertThat(red(image.getRGB(10, 35))).isLessThan(60);
    }

    @Test
    void whatIsNotAnImageIsRefused() {
        assertThat(CleanImages.reencode(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2}, "image/jpeg")).isEmpty();
        assertThat(CleanImages.reencode(Photos.jpeg(4, 4), "application/pdf")).isEmpty();
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xFF;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
