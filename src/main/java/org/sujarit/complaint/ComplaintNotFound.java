package org.sujarit.complaint;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such case, category or file in the caller's tenant: 404 whether it exists elsewhere or not. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ComplaintNotFound extends RuntimeException {

    public ComplaintNotFound(String what) {
        super("Not found in this tenant: " + what);
    }
}
