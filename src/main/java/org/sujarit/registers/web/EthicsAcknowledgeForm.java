package org.sujarit.registers.web;

import java.util.UUID;

/** The version of the code the person was shown and acknowledges. */
record EthicsAcknowledgeForm(UUID version) {
}
