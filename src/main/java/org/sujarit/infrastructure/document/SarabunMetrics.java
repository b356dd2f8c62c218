package org.sujarit.infrastructure.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;

/**
 * How wide a text is in Sarabun, from the font's own advance widths: Word and LibreOffice do not
 * widen a table column to fit an amount, they wrap it ("๑๕,๕๐๐.|๕๐"), so the DOCX sizes its
 * year columns to the widest amount before writing them.
 */
public final class SarabunMetrics {

    private static final FontRenderContext FRACTIONAL = new FontRenderContext(null, true, true);
    private static final Font REGULAR = load("Sarabun_400Regular.ttf");
    private static final Font BOLD = load("Sarabun_700Bold.ttf");

    private SarabunMetrics() {
    }

    /** The advance width of the text in points. */
    public static double width(String text, double points, boolean bold) {
        Font font = (bold ? BOLD : REGULAR).deriveFont((float) points);
        return font.getStringBounds(text, FRACTIONAL).getWidth();
    }

    private static Font load(String file) {
        try (InputStream in = SarabunMetrics.class.getResourceAsStream("/static/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Could not read the font " + file, e);
        }
    }
}
