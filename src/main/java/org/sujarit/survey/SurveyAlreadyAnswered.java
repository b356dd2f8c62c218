package org.sujarit.survey;

/** The account has answered this staff survey already; saying so tells nothing of how, or when. */
public class SurveyAlreadyAnswered extends RuntimeException {

    public SurveyAlreadyAnswered() {
        super("survey already answered", null, false, false);
    }
}
