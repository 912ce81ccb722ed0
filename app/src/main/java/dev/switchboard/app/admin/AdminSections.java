package dev.switchboard.app.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The sections features add to one window's Administration page, in the features' order. The
 * administration feature offers it to the features after it ({@code window.require(AdminSections.class)});
 * the page reads it when it first shows, after every feature has added its own. FX thread.
 */
public final class AdminSections {

    private final List<AdminSection> sections = new ArrayList<>();
    private Consumer<String> opener = id -> { };

    public void add(AdminSection section) {
        if (sections.stream().anyMatch(existing -> existing.id().equals(section.id()))) {
            throw new IllegalStateException("an administration section " + section.id() + " exists already");
        }
        sections.add(section);
    }

    public List<AdminSection> all() {
        return List.copyOf(sections);
    }

    /** Opens the section {@code id} (one section's link to another, say); nothing until the page exists, or when the reader may not open it. */
    public void open(String id) {
        opener.accept(id);
    }

    /** How the page opens a section; set when the page is made. */
    void openWith(Consumer<String> opener) {
        this.opener = opener;
    }
}
