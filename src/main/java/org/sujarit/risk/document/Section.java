package org.sujarit.risk.document;

import java.util.List;

/**
 * A part of a risk document: a heading and what follows it, in order. A wide section is printed
 * on landscape pages.
 */
record Section(String heading, List<Block> blocks, boolean wide) {

    /** A paragraph, an indented list entry, a sub-heading, or a table. */
    record Block(Kind kind, String text, DocTable table) {

        static Block paragraph(String text) {
            return new Block(Kind.PARAGRAPH, text, null);
        }

        static Block item(String text) {
            return new Block(Kind.ITEM, text, null);
        }

        static Block subheading(String text) {
            return new Block(Kind.SUBHEADING, text, null);
        }

        static Block table(DocTable table) {
            return new Block(Kind.TABLE, null, table);
        }

        public String css() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    enum Kind { PARAGRAPH, ITEM, SUBHEADING, TABLE }
}
