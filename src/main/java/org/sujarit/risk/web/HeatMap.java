package org.sujarit.risk.web;

import java.util.ArrayList;
import java.util.List;

import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskMatrix;
import org.sujarit.risk.RiskTypes.Band;
import org.sujarit.risk.RiskView;

/**
 * The matrix as a grid for the heat map: rows are likelihood (highest first), columns impact,
 * each cell with its score, band and the risks placed in it.
 */
record HeatMap(List<Row> rows, List<RiskMatrix.Level> impacts) {

    record Row(RiskMatrix.Level likelihood, List<Cell> cells) {
    }

    record Cell(int score, Band band, List<RiskView> risks) {
    }

    static HeatMap of(AssessmentView assessment) {
        RiskMatrix matrix = assessment.matrix();
        List<RiskMatrix.Level> likelihoods = new ArrayList<>(matrix.definition().likelihood().levels());
        likelihoods.sort((a, b) -> Integer.compare(b.value(), a.value()));
        List<RiskMatrix.Level> impacts = matrix.definition().impact().levels();
        List<Row> rows = new ArrayList<>();
        for (RiskMatrix.Level l : likelihoods) {
            List<Cell> cells = new ArrayList<>();
            for (RiskMatrix.Level i : impacts) {
                int score = l.value() * i.value();
                cells.add(new Cell(score, matrix.band(score), assessment.risks().stream()
                        .filter(r -> r.rated() && r.likelihood() == l.value() && r.impact() == i.value()).toList()));
            }
            rows.add(new Row(l, cells));
        }
        return new HeatMap(rows, impacts);
    }
}
