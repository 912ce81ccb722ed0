package dev.switchboard.app.accounts;

import dev.switchboard.shared.agents.SkillChange;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One group in the account editor: whether the account is in it, and its skill there. FX thread. */
public final class Membership {

    private final long groupId;
    private final String groupName;
    private final BooleanProperty member = new SimpleBooleanProperty();
    private final ObjectProperty<Integer> skill = new SimpleObjectProperty<>(SkillChange.DEFAULT);

    Membership(long groupId, String groupName, boolean member, int skill) {
        this.groupId = groupId;
        this.groupName = groupName;
        this.member.set(member);
        this.skill.set(skill);
    }

    public long groupId() {
        return groupId;
    }

    public String groupName() {
        return groupName;
    }

    public BooleanProperty memberProperty() {
        return member;
    }

    public ObjectProperty<Integer> skillProperty() {
        return skill;
    }
}
