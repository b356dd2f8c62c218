package org.sujarit.infrastructure.document;

import io.nayuki.qrcodegen.QrCode;

/** QR codes as SVG, for posters and printed sheets: one path of dark modules, with the quiet zone. */
public final class QrCodes {

    private static final int QUIET = 4;

    private QrCodes() {
    }

    /** An SVG of the text's QR code (medium error correction), scaling to its container, titled for screen readers. */
    public static String svg(String text, String title) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * QUIET;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET).append(',').append(y + QUIET).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" shape-rendering=\"crispEdges\"><title>" + escape(title) + "</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
