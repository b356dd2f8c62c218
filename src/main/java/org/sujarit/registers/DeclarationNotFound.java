package org.sujarit.registers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such declaration, committee or flag for this person in this tenant — the same answer either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DeclarationNotFound extends RuntimeException {

    public DeclarationNotFound(String what) {
        super(what + " not found");
    }
}
