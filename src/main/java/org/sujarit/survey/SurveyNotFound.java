package org.sujarit.survey;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such survey in the tenant, or not one the user may manage: the same answer either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SurveyNotFound extends RuntimeException {

    public SurveyNotFound() {
        super("survey not found", null, false, false);
    }
}
