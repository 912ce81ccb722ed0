package dev.switchboard.shared.visitors;

import java.util.List;

/** The fields a visitor fills before a chat; an empty list means chats start without a form. */
public record PrechatForm(List<PrechatField> fields) {

    public static final PrechatForm NONE = new PrechatForm(List.of());

    public PrechatForm {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
