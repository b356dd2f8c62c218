package org.sujarit.risk.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sujarit.infrastructure.document.Table.Cell;
import org.sujarit.risk.RiskTypes.TrafficLight;
import org.sujarit.risk.RiskView;
import org.sujarit.shared.NumeralStyle;

/** The cells the risk documents share: the seed's tick, the register's numbers, traffic-light colours. */
final class RiskCells {

    /** The seed's tick in a column that applies. */
    static final String MARK = "/";

    /** The colour columns of the seed's tables, in its order. */
    static final List<TrafficLight> LIGHTS = List.of(TrafficLight.GREEN, TrafficLight.YELLOW, TrafficLight.ORANGE,
            TrafficLight.RED);

    private static final Map<TrafficLight, String> TINTS = Map.of(TrafficLight.GREEN, "B9E3B2",
            TrafficLight.YELLOW, "FDF0A0", TrafficLight.ORANGE, "FCCF98", TrafficLight.RED, "F4A9A9");

    private RiskCells() {
    }

    /** The tick in a column that applies, blank in the others; tinted when the column is a colour's. */
    static Cell mark(boolean marked, TrafficLight column) {
        return marked ? Cell.tinted(List.of(MARK), tint(column)) : Cell.centred(null);
    }

    /** The risk's number in the register, centred. */
    static Cell position(RiskView risk, NumeralStyle digits) {
        return Cell.centred(digits.apply(risk.position()));
    }

    static Cell event(RiskView risk, NumeralStyle digits) {
        return Cell.text(digits.apply(risk.event()));
    }

    /** The leading cells, then a column per colour, the risk's own ticked on its colour. */
    static List<Cell> withLights(List<Cell> leading, RiskView risk) {
        List<Cell> cells = new ArrayList<>(leading);
        LIGHTS.forEach(light -> cells.add(mark(risk.trafficLight() == light, light)));
        return cells;
    }

    /** A number as the document writes it and as the workbook holds it. */
    static Cell number(Integer value, NumeralStyle digits) {
        return Cell.number(value, digits.apply(value), "General");
    }

    /** The colour's name on its colour; blank when the risk has none. */
    static Cell light(TrafficLight light) {
        return lines(light == null ? List.of() : List.of(Labels.light(light)), light);
    }

    /** Lines centred on the colour of a traffic light, or on none. */
    static Cell lines(List<String> lines, TrafficLight light) {
        return Cell.tinted(lines, tint(light));
    }

    private static String tint(TrafficLight light) {
        return light == null ? null : TINTS.get(light);
    }
}
