package org.sujarit.complaint.vault;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.sujarit.complaint.CaseView.Contact;

/** A reporter's identity as bytes to seal: four optional strings. */
final class Identity {

    private Identity() {
    }

    static byte[] bytes(Contact c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            for (String field : new String[] {c.name(), c.phone(), c.email(), c.address()}) {
                data.writeBoolean(field != null);
                if (field != null) {
                    data.writeUTF(field);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Contact contact(byte[] bytes) {
        try (DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes))) {
            String[] fields = new String[4];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = data.readBoolean() ? data.readUTF() : null;
            }
            return new Contact(fields[0], fields[1], fields[2], fields[3]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
