package dev.switchboard.app.groups;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** A member of the group in the editor: who, and their skill there as set. */
final class MemberRow {

    final long agentId;
    final String name;
    final IntegerProperty skill;

    MemberRow(long agentId, String name, int skill) {
        this.agentId = agentId;
        this.name = name;
        this.skill = new SimpleIntegerProperty(skill);
    }
}
