package dev.switchboard.app.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * The sections features add to one window's Administration page, in the features' order. The
 * administration feature offers it to the features after it ({@code window.require(AdminSections.class)});
 * the page reads it when it first shows, after every feature has added its own. FX thread.
 */
public final class AdminSections {

    private final List<AdminSection> sections = new ArrayList<>();

    public void add(AdminSection section) {
        if (sections.stream().anyMatch(existing -> existing.id().equals(section.id()))) {
            throw new IllegalStateException("an administration section " + section.id() + " exists already");
        }
        sections.add(section);
    }

    public List<AdminSection> all() {
        return List.copyOf(sections);
    }
}
