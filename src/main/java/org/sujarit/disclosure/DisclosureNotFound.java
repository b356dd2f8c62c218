package org.sujarit.disclosure;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such checklist, item or publication for this local government. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DisclosureNotFound extends RuntimeException {

    public DisclosureNotFound(String what) {
        super(what + " not found");
    }
}
