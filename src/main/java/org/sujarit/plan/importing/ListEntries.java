package org.sujarit.plan.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A section read as a flat list (objectives, outputs, outcomes): each numbered or bulleted line
 * starts an entry, other lines continue the entry before them, so a section of unnumbered text is
 * one entry however the extraction broke its lines.
 */
final class ListEntries {

    private ListEntries() {
    }

    static List<String> of(List<String> lines) {
        List<String> entries = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Optional<NumberedLine> numbered = NumberedLine.of(line);
            if (numbered.isPresent()) {
                entries.add(numbered.get().text());
            } else if (entries.isEmpty()) {
                entries.add(line.strip());
            } else {
                int last = entries.size() - 1;
                entries.set(last, ThaiText.join(entries.get(last), line.strip()));
            }
        }
        entries.removeIf(String::isEmpty);
        return entries;
    }
}
