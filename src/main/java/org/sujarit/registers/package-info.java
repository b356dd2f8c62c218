/**
 * The integrity registers every member of staff takes part in (issue 15): gifts and benefits
 * (No Gift, ทะเบียนการรับของขวัญ) under a per-year rule kept as data, reports beyond the rule to
 * the head of the agency with their 30-day clock, conflict-of-interest declarations (yearly and
 * for one matter, such as a procurement committee) checked against the bidders and suppliers of
 * the procurement summary, performance agreements signed by both sides, and the code of ethics
 * with each person's acknowledgement. Each person sees their own records; the integrity officer
 * and the executive see everyone's, and each such view is audited.
 */
package org.sujarit.registers;
