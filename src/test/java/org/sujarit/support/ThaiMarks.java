package org.sujarit.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sujarit.support.PdfGlyphs.Glyph;

/**
 * How the Thai marks of a PDF sit. Checks every Thai mark against the consonant before it: its
 * ink is centred over the consonant's advance; an above mark sits above the consonant's body, a
 * below mark under the baseline; a second above mark (the tone over sara i in ที่) sits on top of
 * the first. Shared by the tests of every module's PDF documents.
 */
public record ThaiMarks(int marks, int stacks, List<String> unknownMarks, List<String> misplaced) {

    /** Above the consonant: mai han-akat, sara i/ii/ue/uee, maitaikhu, the tone marks, thanthakhat … */
    private static final String ABOVE = "\u0E31\u0E34\u0E35\u0E36\u0E37\u0E47\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E4D\u0E4E";
    /** Below the consonant: sara u/uu, phinthu. */
    private static final String BELOW = "\u0E38\u0E39\u0E3A";

    public static ThaiMarks of(List<Glyph> glyphs) {
        int marks = 0;
        int stacks = 0;
        List<String> unknown = new ArrayList<>();
        List<String> misplaced = new ArrayList<>();
        Glyph base = null;
        Glyph previousAbove = null;
        for (Glyph glyph : glyphs) {
            String character = glyph.character();
            boolean above = character.length() == 1 && ABOVE.contains(character);
            boolean below = character.length() == 1 && BELOW.contains(character);
            if (!above && !below) {
                if (glyph.advance() == 0 && glyph.ink() != null) {
                    unknown.add("page " + glyph.page() + ": '" + character + "' after " + (base == null ? "" : base.character())
                            + " at x " + glyph.originX());
                } else if (!character.isBlank()) {
                    base = glyph;
                    previousAbove = null;
                }
                continue;
            }
            marks++;
            if (base == null || glyph.ink() == null) {
                misplaced.add("page " + glyph.page() + ": " + name(character) + " has no consonant or no ink");
                continue;
            }
            double tolerance = 0.02 * glyph.fontSize();
            String where = "page " + glyph.page() + ": " + name(character) + " on " + base.character();
            if (glyph.inkCentreX() < base.originX() - tolerance
                    || glyph.inkCentreX() > base.originX() + base.advance() + tolerance) {
                misplaced.add(where + " is beside its consonant, not over it (centre x " + glyph.inkCentreX()
                        + ", consonant " + base.originX() + "–" + (base.originX() + base.advance()) + ")");
            }
            if (below && glyph.ink().getMaxY() > base.originY() + tolerance) {
                misplaced.add(where + " reaches above the baseline");
            }
            if (above) {
                if (glyph.ink().getMinY() < base.originY() + 0.45 * glyph.fontSize()) {
                    misplaced.add(where + " is not above the consonant's body");
                }
                if (previousAbove != null) {
                    stacks++;
                    if (glyph.ink().getMinY() < previousAbove.ink().getMaxY() - tolerance) {
                        misplaced.add(where + " collides with " + name(previousAbove.character())
                                + " instead of sitting on it");
                    }
                }
                previousAbove = glyph;
            }
        }
        return new ThaiMarks(marks, stacks, unknown, misplaced);
    }

    private static String name(String character) {
        return "U+" + Integer.toHexString(character.charAt(0)).toUpperCase(Locale.ROOT) + " " + character;
    }
}
