package org.sujarit.plan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such plan, revision, dimension or item in the caller's tenant: 404 whether it exists elsewhere or not. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PlanNotFound extends RuntimeException {

    public PlanNotFound(String what) {
        super("Not found in this tenant: " + what);
    }
}
