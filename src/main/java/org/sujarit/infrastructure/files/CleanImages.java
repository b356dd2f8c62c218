package org.sujarit.infrastructure.files;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Re-encodes an uploaded photo from its pixels alone, so that nothing the camera or an editor
 * wrote into the file — GPS position, device, author, thumbnails, comments — survives. A JPEG's
 * EXIF orientation is applied to the pixels first, so the photo still shows the right way up.
 */
public final class CleanImages {

    private CleanImages() {
    }

    /** The clean image in the same format, or empty when the content cannot be decoded as one. */
    public static Optional<byte[]> reencode(byte[] content, String contentType) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
            if (image == null) {
                return Optional.empty();
            }
            if ("image/jpeg".equals(contentType)) {
                return Optional.of(jpeg(oriented(toRgb(image), exifOrientation(content))));
            }
            if ("image/png".equals(contentType)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(image, "png", out);
                return Optional.of(out.toByteArray());
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Turns the pixels as EXIF orientation 1–8 says (2–8 mirror and/or rotate). */
    static BufferedImage oriented(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return turned;
    }

    /** The orientation tag (0x0112) of a JPEG's EXIF segment, or 1 when there is none. */
    static int exifOrientation(byte[] jpeg) {
        int i = 2;
        while (i + 4 < jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
            if (marker == 0xE1 && i + 10 < jpeg.length && jpeg[i + 4] == 'E' && jpeg[i + 5] == 'x' && jpeg[i + 6] == 'i'
                    && jpeg[i + 7] == 'f') {
                return tiffOrientation(jpeg, i + 10, Math.min(jpeg.length, i + 2 + length));
            }
            if (marker == 0xDA) {
                break;
            }
            i += 2 + length;
        }
        return 1;
    }

    private static int tiffOrientation(byte[] b, int start, int end) {
        if (start + 8 > end) {
            return 1;
        }
        boolean little = b[start] == 'I';
        int ifd = start + read(b, start + 4, 4, little);
        if (ifd + 2 > end) {
            return 1;
        }
        int entries = read(b, ifd, 2, little);
        for (int e = 0; e < entries; e++) {
            int entry = ifd + 2 + e * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (read(b, entry, 2, little) == 0x0112) {
                return read(b, entry + 8, 2, little);
            }
        }
        return 1;
    }

    private static int read(byte[] b, int at, int bytes, boolean little) {
        int value = 0;
        for (int k = 0; k < bytes; k++) {
            int v = b[at + k] & 0xFF;
            value = little ? value | (v << (8 * k)) : (value << 8) | v;
        }
        return value;
    }
}
