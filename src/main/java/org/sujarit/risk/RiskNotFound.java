package org.sujarit.risk;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such assessment, risk or measure in the caller's tenant: 404 whether it exists elsewhere or not. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RiskNotFound extends RuntimeException {

    public RiskNotFound(String what) {
        super("Not found in this tenant: " + what);
    }
}
