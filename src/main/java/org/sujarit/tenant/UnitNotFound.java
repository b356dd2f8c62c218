package org.sujarit.tenant;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No unit with that id in the caller's tenant: shown as 404 whether it exists elsewhere or not. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnitNotFound extends RuntimeException {

    public UnitNotFound(UnitId id) {
        super("No unit " + id + " in this tenant");
    }
}
