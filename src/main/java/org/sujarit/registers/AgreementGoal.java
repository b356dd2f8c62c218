package org.sujarit.registers;

/**
 * One line of an agreement: the goal, its indicator, the target and its weight in per cent (the
 * weights of an agreement add up to 100).
 */
public record AgreementGoal(String goal, String indicator, String target, int weight) {
}
