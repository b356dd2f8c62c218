package org.sujarit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.sujarit.infrastructure.files.ImageMetadata;
import org.sujarit.support.DatabaseDump;
import org.sujarit.support.Photos;

/** A photo loses who took it, with what and where, and keeps its image data byte for byte. */
class ImageMetadataTest {

    private static final Photos.Author AUTHOR = new Photos.Author("Somchai Jaidee", "Makerphone", "MP-20", "SN-0042",
            "สมชาย ใจดี", "ถ่ายโดยสมชาย");

    @Test
    void aJpegLosesAuthorDeviceGpsXmpCommentAndTrailerButNotItsPixels() throws Exception {
        byte[] plain = Photos.jpeg(40, 20);
        byte[] trailer = "second picture of the phone".getBytes(StandardCharsets.US_ASCII);
        byte[] sent = concat(Photos.withAuthor(plain, AUTHOR, new int[] {19, 10, 12}, new int[] {99, 53, 41}), trailer);

        byte[] kept = ImageMetadata.strip(sent, "image/jpeg").orElseThrow();

        String text = new String(kept, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("Exif", "Somchai", "Makerphone", "MP-20", "SN-0042", "xmpmeta", "second picture");
        assertThat(new String(kept, StandardCharsets.UTF_8)).doesNotContain(AUTHOR.xmpCreator(), AUTHOR.comment());
        assertThat(DatabaseDump.indexOf(kept, new byte[] {0, 0, 0, 19, 0, 0, 0, 1, 0, 0, 0, 10})).isNegative();
        assertThat(kept).as("the picture as the camera wrote it, without the metadata put in front of it").isEqualTo(plain);
        assertThat(pixels(ImageIO.read(new ByteArrayInputStream(kept)))).isEqualTo(pixels(ImageIO.read(new ByteArrayInputStream(plain))));
        assertThat(ImageMetadata.strip(kept, "image/jpeg")).as("stripping twice changes nothing").contains(kept);
    }

    @Test
    void aPngLosesItsTextAndExifChunksButNotItsPixels() throws Exception {
        byte[] plain = Photos.png(8, 6);
        byte[] sent = afterHeader(afterHeader(plain, chunk("tEXt", "Author\0Somchai Jaidee")), chunk("eXIf", "MM\0*Makerphone"));
        assertThat(ImageIO.read(new ByteArrayInputStream(sent)).getWidth()).isEqualTo(8);

        byte[] kept = ImageMetadata.strip(sent, "image/png").orElseThrow();

        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("Somchai", "Makerphone", "tEXt", "eXIf");
        assertThat(kept).isEqualTo(plain);
    }

    @Test
    void whatCannotBeFollowedIsNotKept() {
        byte[] photo = Photos.jpeg(16, 16);
        assertThat(ImageMetadata.strip(Arrays.copyOf(photo, photo.length / 2), "image/jpeg")).isEmpty();
        assertThat(ImageMetadata.strip(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3}, "image/jpeg")).isEmpty();
        assertThat(ImageMetadata.strip(photo, "application/pdf")).isEmpty();
        assertThat(ImageMetadata.strip(Arrays.copyOf(Photos.png(4, 4), 20), "image/png")).isEmpty();
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** A PNG chunk with its CRC. */
    private static byte[] chunk(String type, String data) {
        byte[] typeAndData = concat(type.getBytes(StandardCharsets.US_ASCII), data.getBytes(StandardCharsets.ISO_8859_1));
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        return ByteBuffer.allocate(typeAndData.length + 8).putInt(data.length()).put(typeAndData).putInt((int) crc.getValue())
                .array();
    }

    /** The PNG with a chunk right after its header chunk (signature 8 bytes, IHDR 25). */
    private static byte[] afterHeader(byte[] png, byte[] chunk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        out.writeBytes(chunk);
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
