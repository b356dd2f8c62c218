package org.sujarit.infrastructure.document;

import java.util.List;

/**
 * A part of a document: a heading and what follows it, in order. A wide section is printed on
 * landscape pages (the page style {@code wide} of {@code document/style}).
 */
public record Section(String heading, List<Block> blocks, boolean wide) {

    public Section(String heading, List<Block> blocks) {
        this(heading, blocks, false);
    }
}
