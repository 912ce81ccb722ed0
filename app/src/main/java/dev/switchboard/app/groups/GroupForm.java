package dev.switchboard.app.groups;

import dev.switchboard.shared.agents.SkillChange;
import dev.switchboard.shared.automation.AutoMessageSettings;
import dev.switchboard.shared.chat.RoutingStrategy;
import dev.switchboard.shared.groups.GroupMember;
import dev.switchboard.shared.groups.GroupSetup;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.wrapup.WrapUpMode;
import dev.switchboard.shared.wrapup.WrapUpSetting;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Every field of a group's setup as typed, filled from a setup and read back into one. FX thread. */
final class GroupForm {

    /** What a new group starts with: the backend's defaults. */
    static final GroupSetup NEW = new GroupSetup(0, "", "", 0, RoutingStrategy.LEAST_LOAD, 30, 300, List.of(), null,
            WrapUpSetting.DEFAULT, null);

    final StringProperty name = new SimpleStringProperty("");
    final StringProperty description = new SimpleStringProperty("");
    final ObjectProperty<RoutingStrategy> strategy = new SimpleObjectProperty<>(RoutingStrategy.LEAST_LOAD);
    final StringProperty acceptTimeout = new SimpleStringProperty("");
    final StringProperty maxWait = new SimpleStringProperty("");
    final ObjectProperty<WrapUpMode> wrapUpMode = new SimpleObjectProperty<>(WrapUpMode.OPTIONAL);
    final StringProperty wrapUpLimit = new SimpleStringProperty("");
    final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    final ScheduleModel schedule = new ScheduleModel();
    final AutoMessagesModel autoMessages = new AutoMessagesModel();

    /** Shows {@code setup}, replacing whatever was typed. */
    void fill(GroupSetup setup, LongFunction<String> agentName) {
        name.set(setup.name());
        description.set(setup.description() == null ? "" : setup.description());
        strategy.set(setup.strategy());
        acceptTimeout.set(String.valueOf(setup.acceptTimeoutSeconds()));
        maxWait.set(String.valueOf(setup.maxWaitSeconds()));
        WrapUpSetting wrapUp = setup.wrapUp() == null ? WrapUpSetting.DEFAULT : setup.wrapUp();
        wrapUpMode.set(wrapUp.mode());
        wrapUpLimit.set(String.valueOf(wrapUp.timeLimitSeconds()));
        members.setAll(setup.members().stream().map(member -> new MemberRow(member.agentId(), agentName.apply(member.agentId()),
                member.skill() == null ? SkillChange.DEFAULT : member.skill())).toList());
        schedule.load(setup.businessHours());
        autoMessages.load(setup.autoMessages());
    }

    /** The setup as typed, as group {@code id} at {@code version}; what does not parse is added to {@code found}. */
    GroupSetup typed(long id, long version, List<FieldError> found) {
        Integer accept = Numbers.parse(acceptTimeout.get(), "acceptTimeoutSeconds", found);
        Integer wait = Numbers.parse(maxWait.get(), "maxWaitSeconds", found);
        Integer limit = Numbers.parse(wrapUpLimit.get(), "wrapUp.timeLimitSeconds", found);
        List<GroupMember> chosen = members.stream().map(member -> new GroupMember(member.agentId, member.skill.get())).toList();
        return new GroupSetup(id, name.get() == null ? null : name.get().strip(),
                description.get() == null || description.get().isBlank() ? null : description.get(), version,
                strategy.get(), accept, wait, chosen, schedule.hours(found),
                new WrapUpSetting(wrapUpMode.get(), limit == null ? 0 : limit), autoMessages.settings(found));
    }

    static GroupSetup withIdentity(GroupSetup setup, long id, long version) {
        return new GroupSetup(id, setup.name(), setup.description(), version, setup.strategy(), setup.acceptTimeoutSeconds(),
                setup.maxWaitSeconds(), setup.members(), setup.businessHours(), setup.wrapUp(), setup.autoMessages());
    }

    /** Whether two setups say the same: versions aside, members in any order, no description or messages as none. */
    static boolean same(GroupSetup one, GroupSetup other) {
        return comparable(one).equals(comparable(other));
    }

    private static GroupSetup comparable(GroupSetup setup) {
        List<GroupMember> sorted = setup.members().stream().sorted(Comparator.comparingLong(GroupMember::agentId)).toList();
        String description = setup.description() == null || setup.description().isBlank() ? null : setup.description();
        AutoMessageSettings messages = Objects.requireNonNullElse(setup.autoMessages(), AutoMessageSettings.NONE);
        return new GroupSetup(setup.id(), setup.name(), description, 0, setup.strategy(), setup.acceptTimeoutSeconds(),
                setup.maxWaitSeconds(), sorted, setup.businessHours(), setup.wrapUp(), messages);
    }
}
