package org.sujarit.registers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such agreement in the caller's tenant, or not one the caller may open: 404 either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AgreementNotFound extends RuntimeException {

    public AgreementNotFound() {
        super("No such agreement for this account");
    }
}
