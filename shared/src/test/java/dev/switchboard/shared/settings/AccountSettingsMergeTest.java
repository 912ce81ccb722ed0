package dev.switchboard.shared.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The field-by-field merge of settings changed offline with a version stored elsewhere meanwhile (ADR 0025). */
class AccountSettingsMergeTest {

    static final AccountSettings BASE = new AccountSettings(4, "en", "LIGHT", true, true, true, true, true, 60, true, true, "vip", "");

    @Test
    void fieldsChangedHereKeepTheirValueAndEveryOtherTakesTheServers() {
        AccountSettings mine = new AccountSettings(4, "en", "DARK", true, true, false, true, true, 60, true, true, "vip", "");
        AccountSettings theirs = new AccountSettings(6, "zh-CN", "LIGHT", false, true, true, true, true, 60, true, true, "gold", "");

        AccountSettings merged = AccountSettings.merge(BASE, mine, theirs);

        assertThat(merged).isEqualTo(new AccountSettings(6, "zh-CN", "DARK", false, true, false, true, true, 60, true, true, "gold", ""));
    }

    @Test
    void theSameFieldChangedOnBothEndsKeepsTheOneMergingAndNothingChangedHereIsTheServers() {
        AccountSettings mine = BASE.withVersion(0);
        AccountSettings theirs = new AccountSettings(5, "zh-CN", "DARK", true, true, true, true, true, 90, true, true, "vip", "您好");
        assertThat(AccountSettings.merge(BASE, mine, theirs)).isEqualTo(theirs);

        AccountSettings waitChangedHere = new AccountSettings(4, "en", "LIGHT", true, true, true, true, true, 120, true, true, "vip", "");
        assertThat(AccountSettings.merge(BASE, waitChangedHere, theirs).longWaitSeconds()).isEqualTo(120);
    }

    @Test
    void theRulesNameEveryWrongField() {
        assertThat(AccountSettingsRules.check(BASE)).isEmpty();
        assertThat(AccountSettingsRules.check(AccountSettings.NONE)).extracting(error -> error.field()).containsExactlyInAnyOrder(
                "language", "theme", "notificationSound", "notifyNewChats", "notifyMessages", "notifyTransfers", "notifyLongWait",
                "longWaitSeconds", "notifyReturningVisitors", "notifyVipVisitors", "vipMarker", "invitationMessage");
        AccountSettings lines = new AccountSettings(1, "en", "LIGHT", true, true, true, true, true, 3600, true, true, "", "第一行\n第二行");
        assertThat(AccountSettingsRules.check(lines)).as("an invitation may have line breaks").isEmpty();
    }
}
