package dev.switchboard.shared.settings;

import java.util.Objects;
import java.util.function.Function;

/**
 * The choices an agent makes for themselves and takes to any workstation ({@code GET/PUT
 * /api/v1/me/settings}): one flat document of known fields, so that two versions can be merged
 * field by field. {@code version} is 0 while the account never stored any (every field null); a
 * {@code PUT} sends the version it read and is refused with 409 once someone stored a newer one.
 * Every field is required in a {@code PUT}: the document is replaced whole.
 *
 * @param language   {@code en} or {@code zh-CN}, see {@link AccountSettingsRules#LANGUAGES}
 * @param theme      {@code LIGHT} or {@code DARK}
 * @param longWaitSeconds after how long a visitor waiting in the agent's groups' queue counts as waiting long
 * @param vipMarker  text in the landing URL or UTM campaign that marks a VIP visitor; blank for none
 * @param invitationMessage the invitation text to start from; blank for the default text in the UI language
 */
public record AccountSettings(
        long version,
        String language,
        String theme,
        Boolean notificationSound,
        Boolean notifyNewChats,
        Boolean notifyMessages,
        Boolean notifyTransfers,
        Boolean notifyLongWait,
        Integer longWaitSeconds,
        Boolean notifyReturningVisitors,
        Boolean notifyVipVisitors,
        String vipMarker,
        String invitationMessage) {

    /**
     * The change log's entity of an account's settings, keyed by the agent's id and seen only by
     * that agent's own sessions: every open workstation of the account follows a change at once.
     */
    public static final String ENTITY = "account_settings";

    /** What the backend answers for an account that never stored its settings. */
    public static final AccountSettings NONE = new AccountSettings(0, null, null, null, null, null, null, null, null, null, null, null, null);

    /** Whether the account ever stored its settings. */
    public boolean stored() {
        return version > 0;
    }

    public AccountSettings withVersion(long newVersion) {
        return new AccountSettings(newVersion, language, theme, notificationSound, notifyNewChats, notifyMessages, notifyTransfers,
                notifyLongWait, longWaitSeconds, notifyReturningVisitors, notifyVipVisitors, vipMarker, invitationMessage);
    }

    /** The same choices, whatever the versions: whether a store would change anything. */
    public boolean sameChoices(AccountSettings other) {
        return withVersion(0).equals(other.withVersion(0));
    }

    /**
     * Three-way merge, field by field: each field {@code mine} changed since {@code base} keeps my
     * value, every other field takes {@code theirs}; the version is theirs. How a workstation
     * sends what was changed offline after someone else stored a newer version meanwhile (ADR 0025).
     */
    public static AccountSettings merge(AccountSettings base, AccountSettings mine, AccountSettings theirs) {
        return new AccountSettings(theirs.version(),
                pick(base, mine, theirs, AccountSettings::language),
                pick(base, mine, theirs, AccountSettings::theme),
                pick(base, mine, theirs, AccountSettings::notificationSound),
                pick(base, mine, theirs, AccountSettings::notifyNewChats),
                pick(base, mine, theirs, AccountSettings::notifyMessages),
                pick(base, mine, theirs, AccountSettings::notifyTransfers),
                pick(base, mine, theirs, AccountSettings::notifyLongWait),
                pick(base, mine, theirs, AccountSettings::longWaitSeconds),
                pick(base, mine, theirs, AccountSettings::notifyReturningVisitors),
                pick(base, mine, theirs, AccountSettings::notifyVipVisitors),
                pick(base, mine, theirs, AccountSettings::vipMarker),
                pick(base, mine, theirs, AccountSettings::invitationMessage));
    }

    private static <T> T pick(AccountSettings base, AccountSettings mine, AccountSettings theirs, Function<AccountSettings, T> field) {
        T my = field.apply(mine);
        return Objects.equals(my, field.apply(base)) ? field.apply(theirs) : my;
    }
}
