package org.sujarit.risk;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sujarit.risk.RiskTypes.Band;
import org.sujarit.risk.RiskTypes.ControlQuality;

/**
 * A rating matrix, as data: two axes of {@code levels} levels, score = likelihood × impact, score
 * bands, and the residual table (band × control quality → residual rating). Versioned: an
 * assessment keeps the version it was made with.
 */
public record RiskMatrix(UUID id, String code, int version, String nameTh, String nameEn, int levels,
                         Definition definition) {

    /** The seed's 3×3 (monitoring necessity × impact severity), the default for a new assessment. */
    public static final String DEFAULT_CODE = "NACC_3X3";


    public record Definition(Axis likelihood, Axis impact, List<BandLimit> bands,
                             Map<ControlQuality, Map<Band, Band>> residual) {
    }

    public record Axis(String th, String en, List<Level> levels) {
    }

    public record Level(int value, String th, String en) {
    }

    public record BandLimit(Band band, int max) {
    }

    public boolean accepts(Integer likelihood, Integer impact) {
        return likelihood != null && impact != null && likelihood >= 1 && likelihood <= levels
                && impact >= 1 && impact <= levels;
    }

    public Band band(int score) {
        for (BandLimit limit : definition.bands()) {
            if (score <= limit.max()) {
                return limit.band();
            }
        }
        return Band.HIGH;
    }

    /** The rating left after the control: from the score's band and the control's quality. */
    public Band residual(int score, ControlQuality quality) {
        return definition.residual().get(quality).get(band(score));
    }

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameTh;
    }
}
