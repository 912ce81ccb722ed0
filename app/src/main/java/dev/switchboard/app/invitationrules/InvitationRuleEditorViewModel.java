package dev.switchboard.app.invitationrules;

import dev.switchboard.app.admin.VersionedEditor;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.InvitationRule;
import dev.switchboard.shared.visitors.InvitationRuleRules;
import dev.switchboard.shared.visitors.NewInvitationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form of one automatic invitation rule: name, on or off, the site it watches, its conditions
 * (each empty for any), the message, forced or not, the group that must have a free agent and the
 * cool-down. Checked by the shared rules before sending; refusals next to the fields, everything
 * typed kept; a stale version shows both ({@link VersionedEditor}). FX thread.
 */
public final class InvitationRuleEditorViewModel extends VersionedEditor<InvitationRule, NewInvitationRule> {

    /** The whole-number fields, checked here because the record cannot carry what is not a number. */
    private static final List<String> NUMBERS = List.of("minSecondsOnPage", "minPagesViewed", "cooldownMinutes");

    private final InvitationRulesApi api;
    private final I18n i18n;
    private final InvitationRuleWords words;
    private final ReadOnlyObjectProperty<TeamSnapshot> team;
    private final Executor fx;

    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final ObservableList<String> sites = FXCollections.observableArrayList("default");
    private final ObjectProperty<String> site = new SimpleObjectProperty<>("default");
    private final StringProperty minSecondsOnPage = new SimpleStringProperty("");
    private final StringProperty minPagesViewed = new SimpleStringProperty("");
    private final StringProperty urlPattern = new SimpleStringProperty("");
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final StringProperty engine = new SimpleStringProperty("");
    private final StringProperty keyword = new SimpleStringProperty("");
    private final ObjectProperty<Boolean> returning = new SimpleObjectProperty<>();
    private final StringProperty language = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty forced = new SimpleBooleanProperty();
    private final ObjectProperty<Group> group = new SimpleObjectProperty<>();
    private final StringProperty cooldownMinutes = new SimpleStringProperty(Integer.toString(InvitationRuleRules.DEFAULT_COOLDOWN));

    InvitationRuleEditorViewModel(InvitationRulesApi api, I18n i18n, ReadOnlyObjectProperty<TeamSnapshot> team, Executor fx,
                                  Consumer<InvitationRule> saved) {
        super(i18n, fx, new Items<>(api::list, api::create, api::replace, InvitationRule::id, InvitationRule::version),
                "invitationRules.error.gone", saved);
        this.api = api;
        this.i18n = i18n;
        this.words = new InvitationRuleWords(i18n);
        this.team = team;
        this.fx = fx;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** The sites to choose from (only "default" until the administrator's list is read). */
    public ObservableList<String> sites() {
        return sites;
    }

    public ObjectProperty<String> siteProperty() {
        return site;
    }

    public StringProperty minSecondsOnPageProperty() {
        return minSecondsOnPage;
    }

    public StringProperty minPagesViewedProperty() {
        return minPagesViewed;
    }

    public StringProperty urlPatternProperty() {
        return urlPattern;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public StringProperty engineProperty() {
        return engine;
    }

    public StringProperty keywordProperty() {
        return keyword;
    }

    /** Null: any visitor; true: returning only; false: first visits only. */
    public ObjectProperty<Boolean> returningProperty() {
        return returning;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty forcedProperty() {
        return forced;
    }

    public ObjectProperty<Group> groupProperty() {
        return group;
    }

    public StringProperty cooldownMinutesProperty() {
        return cooldownMinutes;
    }

    public ReadOnlyObjectProperty<TeamSnapshot> team() {
        return team;
    }

    /** Reads the sites (administrators may; supervisors keep "default" and the rules' own). */
    void readSites() {
        api.sites().thenAccept(ids -> fx.execute(() -> sites.setAll(ids)));
    }

    @Override
    protected void fill(InvitationRule rule) {
        name.set(rule == null ? "" : rule.name());
        enabled.set(rule == null || rule.enabled());
        if (rule != null && !sites.contains(rule.site())) {
            sites.add(rule.site());
        }
        site.set(rule == null ? sites.stream().findFirst().orElse("default") : rule.site());
        minSecondsOnPage.set(number(rule == null ? null : rule.minSecondsOnPage()));
        minPagesViewed.set(number(rule == null ? null : rule.minPagesViewed()));
        urlPattern.set(text(rule == null ? null : rule.urlPattern()));
        channel.set(rule == null ? null : rule.channel());
        engine.set(text(rule == null ? null : rule.engine()));
        keyword.set(text(rule == null ? null : rule.keyword()));
        returning.set(rule == null ? null : rule.returning());
        language.set(text(rule == null ? null : rule.language()));
        message.set(rule == null ? "" : rule.message());
        forced.set(rule != null && rule.forced());
        group.set(rule == null ? team.get().groups().values().stream().findFirst().orElse(null) : team.get().groups().get(rule.groupId()));
        cooldownMinutes.set(Integer.toString(rule == null ? InvitationRuleRules.DEFAULT_COOLDOWN : rule.cooldownMinutes()));
    }

    /** Whether the form still shows the rule as read (and holds whole numbers where they belong). */
    @Override
    public boolean isUnchanged() {
        return notNumbers().isEmpty() && super.isUnchanged();
    }

    @Override
    protected NewInvitationRule request(Long version) {
        return new NewInvitationRule(name.get().strip(), enabled.get(), site.get(), integer(minSecondsOnPage.get()), blankToNull(urlPattern.get()),
                integer(minPagesViewed.get()), channel.get(), blankToNull(engine.get()), blankToNull(keyword.get()), returning.get(),
                blankToNull(language.get()), group.get() == null ? null : group.get().id(), message.get().strip(), forced.get(),
                integer(cooldownMinutes.get()), version);
    }

    @Override
    protected List<FieldError> check(NewInvitationRule request, boolean replacing) {
        List<FieldError> wrong = new ArrayList<>(notNumbers());
        InvitationRuleRules.check(request, replacing, sites::contains, groupId -> team.get().groups().containsKey(groupId)).stream()
                .filter(error -> wrong.stream().noneMatch(known -> known.field().equals(error.field())))
                .map(words::word).forEach(wrong::add);
        return wrong;
    }

    @Override
    protected FieldError word(FieldError error) {
        return words.word(error);
    }

    @Override
    protected String describe(NewInvitationRule request) {
        return words.describe(request, team.get().groups());
    }

    /** The whole-number fields that hold something else. */
    private List<FieldError> notNumbers() {
        List<FieldError> wrong = new ArrayList<>();
        List<StringProperty> values = List.of(minSecondsOnPage, minPagesViewed, cooldownMinutes);
        for (int i = 0; i < NUMBERS.size(); i++) {
            String value = values.get(i).get();
            if (value != null && !value.isBlank() && !value.strip().matches("\\d{1,9}")) {
                wrong.add(new FieldError(NUMBERS.get(i), i18n.get("invitationRules.error.number")));
            }
        }
        return wrong;
    }

    @Override
    protected NewInvitationRule asRequest(InvitationRule r) {
        return requestOf(r);
    }

    /** The request that would save {@code r} as it is (its conditions are worded from it in the list too). */
    static NewInvitationRule requestOf(InvitationRule r) {
        return new NewInvitationRule(r.name(), r.enabled(), r.site(), r.minSecondsOnPage(), r.urlPattern(), r.minPagesViewed(), r.channel(),
                r.engine(), r.keyword(), r.returning(), r.language(), r.groupId(), r.message(), r.forced(), r.cooldownMinutes(), r.version());
    }

    private static Integer integer(String value) {
        return value == null || !value.strip().matches("\\d{1,9}") ? null : Integer.valueOf(value.strip());
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
