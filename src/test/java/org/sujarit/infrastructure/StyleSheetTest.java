package org.sujarit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The style sheet parses as a whole: one unclosed block would swallow every rule after it. */
class StyleSheetTest {

    @Test
    void everyBlockIsClosedWhereItShouldBe() throws Exception {
        String css = Files.readString(Path.of("src/main/resources/static/css/app.css")).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
                assertThat(depth).as("blocks nested deeper than an @media rule at line %d", line).isLessThanOrEqualTo(3);
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a closing brace without its block at line %d", line).isNotNegative();
            }
        }
        assertThat(depth).as("unclosed blocks at the end").isZero();
    }
}
