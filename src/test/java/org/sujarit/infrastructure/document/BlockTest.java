package org.sujarit.infrastructure.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockTest {

    @Test
    void typedTextIsAParagraphALineWithoutBlankOnes() {
        assertThat(Block.paragraphs(" หนึ่ง \r\n\r\nสอง\nสาม ")).extracting(Block::text).containsExactly("หนึ่ง", "สอง", "สาม");
        assertThat(Block.paragraphs(null)).isEmpty();
    }

    @Test
    void printedAsParagraphsOfTheirKindAndLevel() {
        assertThat(Block.paragraph("ก").css()).isEqualTo("paragraph");
        assertThat(Block.item("ข").css()).isEqualTo("item level-1");
        assertThat(Block.item("ค", 3).css()).isEqualTo("item level-3");
        assertThat(Block.subheading("ง").css()).isEqualTo("subheading");
    }
}
