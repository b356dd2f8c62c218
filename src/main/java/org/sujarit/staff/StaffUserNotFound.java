package org.sujarit.staff;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No account with that id in the caller's tenant: 404 whether it exists elsewhere or not. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class StaffUserNotFound extends RuntimeException {

    public StaffUserNotFound(UUID id) {
        super("No user " + id + " in this tenant");
    }
}
