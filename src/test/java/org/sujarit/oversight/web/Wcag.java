package org.sujarit.oversight.web;

/**
 * WCAG 2.1's contrast ratio, written out again from the definition (relative luminance of sRGB,
 * https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio) so that the charts' own calculation is checked
 * against an independent one.
 */
final class Wcag {

    private Wcag() {
    }

    static double contrast(String first, String second) {
        double a = relativeLuminance(first);
        double b = relativeLuminance(second);
        double lighter = Math.max(a, b);
        double darker = Math.min(a, b);
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double relativeLuminance(String hex) {
        double r = linear(Integer.parseInt(hex.substring(1, 3), 16));
        double g = linear(Integer.parseInt(hex.substring(3, 5), 16));
        double b = linear(Integer.parseInt(hex.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double linear(int eightBits) {
        double srgb = eightBits / 255.0;
        return srgb <= 0.03928 ? srgb / 12.92 : Math.pow((srgb + 0.055) / 1.055, 2.4);
    }
}
