package dev.switchboard.app.home;

import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.session.LiveSession;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The agent's own page: greeting, status, role, chat limit and groups. */
public final class HomeViewModel {

    private final LiveSession live;
    private final I18n i18n;
    private final Disposer disposer = new Disposer();
    private final ObservableList<String> groupNames = FXCollections.observableArrayList();
    private final ObjectBinding<AgentStatus> status;
    private final StringBinding greeting;
    private final StringBinding statusText;
    private final StringBinding roleText;
    private final StringBinding chatLimitText;

    public HomeViewModel(LiveSession live, I18n i18n) {
        this.live = live;
        this.i18n = i18n;
        var self = live.selfProperty();
        this.status = Bindings.createObjectBinding(() -> self.get().status(), self);
        this.greeting = i18n.text(() -> i18n.get("home.greeting", self.get().displayName()), self);
        this.statusText = i18n.text(() -> i18n.get("status." + self.get().status().name()), self);
        this.roleText = i18n.text(() -> i18n.get("role." + self.get().role().name()), self);
        this.chatLimitText = i18n.text(() -> i18n.get("home.chatLimit", self.get().maxChats()), self);
    }

    public void activate() {
        disposer.observe(live.selfProperty(), agent -> showGroups());
        disposer.observe(live.team().snapshotProperty(), snapshot -> showGroups());
    }

    public void deactivate() {
        disposer.dispose();
    }

    private void showGroups() {
        Agent self = live.selfProperty().get();
        List<String> names = live.team().snapshot().groupNames(self);
        if (!names.equals(groupNames)) {
            groupNames.setAll(names);
        }
    }

    public ObservableList<String> groupNames() {
        return groupNames;
    }

    public ObjectBinding<AgentStatus> status() {
        return status;
    }

    public StringBinding greeting() {
        return greeting;
    }

    public StringBinding statusText() {
        return statusText;
    }

    public StringBinding roleText() {
        return roleText;
    }

    public StringBinding chatLimitText() {
        return chatLimitText;
    }

    public I18n i18n() {
        return i18n;
    }
}
