package dev.switchboard.app.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.feature.StatusMenu;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.AgentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/**
 * The tray's status menu offers what the window's status menu offers: the plain statuses and the
 * away reasons (小休, 用餐, ...) the presence feature adds, following the reasons and the language; a
 * reason picked in the tray is asked for with its id. At the menu's model: a headless run has no
 * tray, the model is built all the same.
 */
class TrayStatusMenuTest {

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final List<TrayStatusMenu.Item> chosen = new ArrayList<>();
    private final TrayGlue glue = new TrayGlue(false, i18n, Runnable::run, Runnable::run,
            new TrayController.Actions(() -> { }, chosen::add, () -> { }));

    @Test
    void theTrayOffersTheAwayReasonsOfTheWindowsMenuAndAsksForTheOnePicked() {
        ObservableList<StatusMenu.Choice> windowChoices = FXCollections.observableArrayList();
        glue.follow(null, windowChoices);
        assertThat(labels()).containsExactly("Online", "Busy", "Away");

        windowChoices.setAll(new StatusMenu.Choice("status-AWAY-1", "Away · 小休 Break", AgentStatus.AWAY, 1L),
                new StatusMenu.Choice("status-AWAY-2", "Away · 用餐 Meal", AgentStatus.AWAY, 2L));
        assertThat(labels()).as("the reasons follow the window's menu").containsExactly("Online", "Busy", "Away", "Away · 小休 Break",
                "Away · 用餐 Meal");

        TrayStatusMenu.Item meal = glue.statusItems().stream().filter(item -> item.label().equals("Away · 用餐 Meal")).findFirst().orElseThrow();
        glue.choose(meal);
        assertThat(chosen).extracting(TrayStatusMenu.Item::status, TrayStatusMenu.Item::reasonId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AgentStatus.AWAY, 2L));

        glue.choose(glue.statusItems().get(0));
        assertThat(chosen.get(1).reasonId()).as("a plain status has no reason").isNull();
        assertThat(chosen.get(1).status()).isEqualTo(AgentStatus.ONLINE);
    }

    @Test
    void thePlainStatusesFollowTheLanguageAndASignedOutTrayOffersNoReasons() {
        ObservableList<StatusMenu.Choice> windowChoices = FXCollections.observableArrayList(
                new StatusMenu.Choice("status-AWAY-1", "离开 · 小休", AgentStatus.AWAY, 1L));
        glue.follow(null, windowChoices);

        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(labels()).containsExactly("在线", "忙碌", "离开", "离开 · 小休");

        glue.follow(null, null);
        assertThat(labels()).containsExactly("在线", "忙碌", "离开");
        windowChoices.add(new StatusMenu.Choice("status-AWAY-2", "离开 · 用餐", AgentStatus.AWAY, 2L));
        assertThat(labels()).as("a window no longer followed changes nothing").containsExactly("在线", "忙碌", "离开");
    }

    private List<String> labels() {
        return glue.statusItems().stream().map(TrayStatusMenu.Item::label).toList();
    }
}
