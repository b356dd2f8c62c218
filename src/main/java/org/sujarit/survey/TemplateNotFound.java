package org.sujarit.survey;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No survey template of that key (or, for the ITA page, the survey was not made from an ITA template). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TemplateNotFound extends RuntimeException {

    public TemplateNotFound() {
        super("survey template not found", null, false, false);
    }
}
