package org.sujarit.oversight.web;

/**
 * WCAG 2.1 contrast between two colours written {@code #rrggbb}: the charts pick the colour of a
 * tile's text by it, so that the text stays readable (4.5:1) on whatever fill the value gives.
 */
final class Contrast {

    static final String INK = "#1f2933";
    static final String BLACK = "#000000";
    static final String WHITE = "#ffffff";

    private Contrast() {
    }

    /** The ratio (L1 + 0.05) / (L2 + 0.05) of the lighter colour's relative luminance over the darker's. */
    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /**
     * Black or white, whichever reads better on the fill: one of them always reaches 4.5:1, which
     * the site's softer ink does not on a mid-tone (on ColorBrewer's mid blue it reaches 3.4:1).
     */
    static String textOn(String fill) {
        return ratio(BLACK, fill) >= ratio(WHITE, fill) ? BLACK : WHITE;
    }

    private static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
