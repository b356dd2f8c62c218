package org.sujarit.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/**
 * Real photos for tests: a decodable JPEG, one carrying EXIF orientation and a GPS position as phones write, and one
 * carrying who took it and with what as well, as cameras and photo editors write.
 */
public final class Photos {

    private Photos() {
    }

    /** A w × h JPEG, left half red and right half blue, so a turned photo can be told apart. */
    public static byte[] jpeg(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, w / 2, h);
        g.setColor(Color.BLUE);
        g.fillRect(w / 2, 0, w - w / 2, h);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A w × h PNG. */
    public static byte[] png(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The JPEG with an EXIF segment: orientation and GPS latitude/longitude in degrees, minutes, seconds. */
    public static byte[] withExif(byte[] jpeg, int orientation, int[] latitudeDms, int[] longitudeDms) {
        ByteBuffer tiff = ByteBuffer.allocate(200);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        // IFD0 at 8: two entries, then the next-IFD offset.
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        // GPS IFD at 38: four entries; the rationals follow at 92.
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(92);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(116);
        tiff.putInt(0);
        for (int v : latitudeDms) {
            tiff.putInt(v).putInt(1);
        }
        for (int v : longitudeDms) {
            tiff.putInt(v).putInt(1);
        }
        int tiffLength = tiff.position();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = 2 + 6 + tiffLength;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        out.write(tiff.array(), 0, tiffLength);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Who took a photo and with what, as a camera and an editor write it into the file. */
    public record Author(String artist, String make, String model, String serialNumber, String xmpCreator, String comment) {
    }

    /**
     * The JPEG with an EXIF segment naming the author, the camera's make, model and serial number (in the EXIF
     * sub-IFD) and a GPS position; an XMP segment naming the creator; and a comment segment.
     */
    public static byte[] withAuthor(byte[] jpeg, Author author, int[] latitudeDms, int[] longitudeDms) {
        byte[] make = ascii(author.make());
        byte[] model = ascii(author.model());
        byte[] artist = ascii(author.artist());
        byte[] serial = ascii(author.serialNumber());
        int ifd0 = 8;
        int exifIfd = ifd0 + 2 + 6 * 12 + 4;
        int gpsIfd = exifIfd + 2 + 12 + 4;
        int data = gpsIfd + 2 + 4 * 12 + 4;
        int makeAt = data;
        int modelAt = makeAt + make.length;
        int artistAt = modelAt + model.length;
        int serialAt = artistAt + artist.length;
        int latitudeAt = serialAt + serial.length;
        int longitudeAt = latitudeAt + 24;
        ByteBuffer tiff = ByteBuffer.allocate(longitudeAt + 24);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(ifd0);
        tiff.putShort((short) 6);
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(make.length).putInt(makeAt);
        tiff.putShort((short) 0x0110).putShort((short) 2).putInt(model.length).putInt(modelAt);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 1).putShort((short) 0);
        tiff.putShort((short) 0x013B).putShort((short) 2).putInt(artist.length).putInt(artistAt);
        tiff.putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(exifIfd);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        tiff.putInt(0);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0xA431).putShort((short) 2).putInt(serial.length).putInt(serialAt);
        tiff.putInt(0);
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(latitudeAt);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(longitudeAt);
        tiff.putInt(0);
        tiff.put(make).put(model).put(artist).put(serial);
        for (int v : latitudeDms) {
            tiff.putInt(v).putInt(1);
        }
        for (int v : longitudeDms) {
            tiff.putInt(v).putInt(1);
        }
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
        byte[] xmp = concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII), ("""
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\
                <rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>%s</rdf:li>\
                </rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>""".formatted(author.xmpCreator()))
                .getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        segment(out, 0xE1, exif);
        segment(out, 0xE1, xmp);
        segment(out, 0xFE, author.comment().getBytes(StandardCharsets.UTF_8));
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        int length = payload.length + 2;
        out.write(0xFF);
        out.write(marker);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
    }

    private static byte[] ascii(String text) {
        return (text + "\0").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
