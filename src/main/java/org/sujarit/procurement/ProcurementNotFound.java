package org.sujarit.procurement;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such month or purchase in the caller's tenant: 404 whether it exists elsewhere or not. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProcurementNotFound extends RuntimeException {

    public ProcurementNotFound(String what) {
        super("Not found in this tenant: " + what);
    }
}
