package org.sujarit.infrastructure.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a section holds, one after the other: a paragraph (its first line indented), an entry of a
 * list at its nesting level (1 = "๑)", 2 = "๒.๑)"; its number is part of its text, indented 1 cm a
 * level), a sub-heading, or a table.
 */
public record Block(Kind kind, String text, int level, Table table) {

    public enum Kind { PARAGRAPH, ITEM, SUBHEADING, TABLE }

    public static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text, 0, null);
    }

    public static Block item(String text) {
        return item(text, 1);
    }

    public static Block item(String text, int level) {
        return new Block(Kind.ITEM, text, level, null);
    }

    public static Block subheading(String text) {
        return new Block(Kind.SUBHEADING, text, 0, null);
    }

    public static Block table(Table table) {
        return new Block(Kind.TABLE, null, 0, table);
    }

    /** Text typed with line breaks (or blank lines) between paragraphs: a paragraph a line, blank ones left out. */
    public static List<Block> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                .map(Block::paragraph).toList();
    }

    /** The class of its HTML paragraph: {@code paragraph}, {@code item level-1}, {@code subheading}. */
    public String css() {
        String kind = this.kind.name().toLowerCase(Locale.ROOT);
        return this.kind == Kind.ITEM ? kind + " level-" + level : kind;
    }
}
