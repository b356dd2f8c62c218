package org.sujarit.complaint;

public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
