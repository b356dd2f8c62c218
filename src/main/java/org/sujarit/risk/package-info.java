/**
 * The fraud-risk assessment (ประเมินความเสี่ยงการทุจริต) in the seed's 9 steps: risks per fiscal
 * year rated on a versioned matrix, treated by measures linked to the action plan, monitored in
 * rounds, checked for consistency and published; and the COSO self-assessment (ปค.๔).
 */
package org.sujarit.risk;
