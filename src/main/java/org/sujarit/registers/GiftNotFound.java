package org.sujarit.registers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such gift for the caller — in another tenant, someone else's, or none: 404 all the same. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class GiftNotFound extends RuntimeException {

    public GiftNotFound() {
        super("No such gift for the caller");
    }
}
