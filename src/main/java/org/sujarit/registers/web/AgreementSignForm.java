package org.sujarit.registers.web;

/** The hash of the version the signer was shown; a version changed since is not signed. */
record AgreementSignForm(String version) {
}
