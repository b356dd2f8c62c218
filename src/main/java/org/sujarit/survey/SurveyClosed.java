package org.sujarit.survey;

/** The survey takes no answers now: not open yet, closed, or past its last day. */
public class SurveyClosed extends RuntimeException {

    public SurveyClosed() {
        super("survey not open", null, false, false);
    }
}
