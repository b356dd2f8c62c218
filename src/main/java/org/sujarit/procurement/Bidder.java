package org.sujarit.procurement;

import java.math.BigDecimal;

/** One of รายชื่อผู้เสนอราคาและราคาที่เสนอ. */
public record Bidder(String name, BigDecimal price) {
}
