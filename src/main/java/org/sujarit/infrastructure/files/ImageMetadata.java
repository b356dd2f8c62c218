package org.sujarit.infrastructure.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Takes out of a photo, without touching its image data, what cameras and editors write about who
 * took it, with what and where: EXIF (author, make, model, serial numbers, GPS position, thumbnail),
 * XMP (creator), IPTC, comments, and anything after the image (a phone's second pictures). What is
 * left is the picture byte for byte as sent, with what it needs to show its colours: in a JPEG the
 * JFIF header, the ICC colour profile and Adobe's colour segment; in a PNG the image and colour
 * chunks. Its EXIF orientation goes too (the re-encoded copy of {@link CleanImages} is the one
 * shown, already upright).
 */
public final class ImageMetadata {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** PNG chunks beyond the critical ones (IHDR, PLTE, IDAT, IEND) that describe pixels, colours or frames. */
    private static final Set<String> PNG_PICTURE = Set.of("tRNS", "cHRM", "gAMA", "iCCP", "sBIT", "sRGB", "cICP", "mDCV",
            "cLLI", "bKGD", "hIST", "pHYs", "sPLT", "acTL", "fcTL", "fdAT");
    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    private static final int COM = 0xFE;

    private ImageMetadata() {
    }

    /** The photo without its metadata, or empty when it is no JPEG or PNG whose structure can be followed. */
    public static Optional<byte[]> strip(byte[] content, String contentType) {
        try {
            if ("image/jpeg".equals(contentType)) {
                return jpeg(content);
            }
            if ("image/png".equals(contentType)) {
                return png(content);
            }
        } catch (IndexOutOfBoundsException truncated) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<byte[]> jpeg(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 2);
        int i = 2;
        while (true) {
            if ((b[i] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            while ((b[i + 1] & 0xFF) == 0xFF) {
                i++;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == EOI) {
                out.write(b, i, 2);
                return Optional.of(out.toByteArray());
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                out.write(b, i, 2);
                i += 2;
                continue;
            }
            int end = i + 2 + ((b[i + 2] & 0xFF) << 8 | b[i + 3] & 0xFF);
            if (end > b.length) {
                return Optional.empty();
            }
            if (kept(marker, b, i + 4, end)) {
                out.write(b, i, end - i);
            }
            i = end;
            if (marker == SOS) {
                int data = i;
                while (!endsScan(b, i)) {
                    i++;
                }
                out.write(b, data, i - data);
            }
        }
    }

    /** Whether a marker starts at {@code i} that ends the image data of a scan: not a stuffed 0xFF, not a restart. */
    private static boolean endsScan(byte[] b, int i) {
        if ((b[i] & 0xFF) != 0xFF) {
            return false;
        }
        int next = b[i + 1] & 0xFF;
        return next != 0x00 && !(next >= 0xD0 && next <= 0xD7);
    }

    /** Whether a JPEG segment is part of the picture: every segment but APPn and comments, and of those only colour. */
    private static boolean kept(int marker, byte[] b, int payload, int end) {
        if (marker == COM) {
            return false;
        }
        if (marker < 0xE0 || marker > 0xEF) {
            return true;
        }
        return marker == 0xE0 && startsWith(b, payload, end, "JFIF\0")
                || marker == 0xE2 && startsWith(b, payload, end, "ICC_PROFILE\0")
                || marker == 0xEE && startsWith(b, payload, end, "Adobe");
    }

    private static Optional<byte[]> png(byte[] b) {
        for (int k = 0; k < PNG_SIGNATURE.length; k++) {
            if (b[k] != PNG_SIGNATURE[k]) {
                return Optional.empty();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, PNG_SIGNATURE.length);
        int i = PNG_SIGNATURE.length;
        while (true) {
            long length = ((b[i] & 0xFFL) << 24) | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | b[i + 3] & 0xFF;
            if (i + 12 + length > b.length) {
                return Optional.empty();
            }
            String type = new String(b, i + 4, 4, StandardCharsets.US_ASCII);
            int end = i + 12 + (int) length;
            if (Character.isUpperCase(type.charAt(0)) || PNG_PICTURE.contains(type)) {
                out.write(b, i, end - i);
            }
            if ("IEND".equals(type)) {
                return Optional.of(out.toByteArray());
            }
            i = end;
        }
    }

    private static boolean startsWith(byte[] b, int from, int end, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (end - from < p.length) {
            return false;
        }
        for (int k = 0; k < p.length; k++) {
            if (b[from + k] != p[k]) {
                return false;
            }
        }
        return true;
    }
}
