package org.sujarit.oversight.followup;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such request, or no such local government, for this user: 404 alike, so that an overseer
 * cannot tell an LAO outside the scope from one that does not exist.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OversightRequestNotFound extends RuntimeException {

    public OversightRequestNotFound() {
        super("No such oversight request or local government in scope");
    }
}
