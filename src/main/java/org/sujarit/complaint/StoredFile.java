package org.sujarit.complaint;

/** An attachment's bytes as stored, with the type its content was recognised as. */
public record StoredFile(String fileName, String contentType, byte[] content, boolean visibleToCitizen) {
}
