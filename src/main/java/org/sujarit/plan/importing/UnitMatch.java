package org.sujarit.plan.importing;

import java.util.List;
import java.util.Optional;

/**
 * Finds the unit a responsible text names among the tenant's unit paths ("สำนักปลัด/ฝ่ายปกครอง/งานนิติการ").
 * The text names units nearest first, often with the organisation glued on ("…สำนักปลัดเทศบาลตำบลบ้านต๋อม"),
 * so a path fits when the text contains its last unit; among those the path with most of its units in
 * the text wins, then the deeper one. Spaces and tone marks are ignored (ต๋อม, ต้อม and ต่อม are one name).
 */
final class UnitMatch {

    private final List<String> paths;

    UnitMatch(List<String> paths) {
        this.paths = paths == null ? List.of() : paths.stream().filter(p -> p != null && !p.isBlank()).toList();
    }

    Optional<String> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String plain = plain(text);
        String best = null;
        int bestScore = 0;
        int bestDepth = 0;
        boolean tied = false;
        for (String path : paths) {
            String[] units = path.split("/");
            if (!plain.contains(plain(units[units.length - 1]))) {
                continue;
            }
            int score = 0;
            for (String unit : units) {
                score += plain.contains(plain(unit)) ? 1 : 0;
            }
            if (score > bestScore || (score == bestScore && units.length > bestDepth)) {
                best = path;
                bestScore = score;
                bestDepth = units.length;
                tied = false;
            } else if (score == bestScore && units.length == bestDepth) {
                tied = true;
            }
        }
        return tied ? Optional.empty() : Optional.ofNullable(best);
    }

    private static String plain(String text) {
        return ThaiText.withoutSpaces(text).replaceAll("[\u0E48-\u0E4B]", "");
    }
}
