package dev.switchboard.app.accounts;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentRules;
import dev.switchboard.shared.agents.AvatarRules;
import dev.switchboard.shared.agents.ProfileChange;
import dev.switchboard.shared.problem.FieldError;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The agent's own profile: the name colleagues and visitors see, and the picture colleagues see
 * (a chosen file is scaled down here and checked again by the backend). The name is checked by
 * the shared rule first; a refusal shows under its field and keeps what was typed. FX thread.
 */
public final class ProfileViewModel {

    private final AccountsApi api;
    private final I18n i18n;
    private final AccountTexts texts;
    private final ReadOnlyObjectProperty<Agent> self;
    private final Function<Path, byte[]> prepare;
    private final Executor io;
    private final Executor fx;
    private final StringProperty displayName = new SimpleStringProperty("");
    private final FormErrors errors;
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<byte[]> avatar = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** The tag of the picture shown, so that it is read again only when it changed. */
    private String shownTag;

    /** @param prepare reads a chosen picture file and makes the PNG to send, off the FX thread */
    ProfileViewModel(AccountsApi api, I18n i18n, ReadOnlyObjectProperty<Agent> self, Function<Path, byte[]> prepare, Executor io,
                     Executor fx) {
        this.api = api;
        this.i18n = i18n;
        this.texts = new AccountTexts(i18n);
        this.self = self;
        this.prepare = prepare;
        this.io = io;
        this.fx = fx;
        this.errors = new FormErrors(i18n);
    }

    public void activate(Disposer disposer) {
        Agent me = self.get();
        displayName.set(me == null ? "" : me.displayName());
        errors.clear();
        outcome.set("");
        disposer.observe(self, this::showAvatar);
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public FormErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The picture as a PNG; null while there is none. */
    public ReadOnlyObjectProperty<byte[]> avatarProperty() {
        return avatar.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public I18n i18n() {
        return i18n;
    }

    public void saveName() {
        if (busy.get()) {
            return;
        }
        outcome.set("");
        ProfileChange change = new ProfileChange(displayName.get());
        List<FieldError> local = AgentRules.check(change);
        if (!local.isEmpty()) {
            errors.show(texts.words(local));
            return;
        }
        errors.clear();
        busy.set(true);
        api.changeProfile(change).whenCompleteAsync((agent, failure) -> {
            busy.set(false);
            if (failure == null) {
                displayName.set(agent.displayName());
                outcome.set(i18n.get("profile.saved"));
            } else {
                errors.show(texts.words(failure));
            }
        }, fx);
    }

    /** Scales the chosen picture down and sends it. */
    public void useAvatar(Path file) {
        if (busy.get()) {
            return;
        }
        outcome.set("");
        errors.clear();
        busy.set(true);
        CompletableFuture.supplyAsync(() -> prepare.apply(file), io).thenCompose(api::putAvatar).whenCompleteAsync((agent, failure) -> {
            busy.set(false);
            if (failure == null) {
                outcome.set(i18n.get("profile.avatarSaved"));
                showAvatar(agent);
            } else if (unwrap(failure) instanceof AvatarPicture.NotAPicture) {
                errors.show(texts.words(List.of(new FieldError("avatar", AvatarRules.NOT_A_PICTURE))));
            } else {
                errors.show(texts.words(failure));
            }
        }, fx);
    }

    public void removeAvatar() {
        if (busy.get()) {
            return;
        }
        outcome.set("");
        errors.clear();
        busy.set(true);
        api.removeAvatar().whenCompleteAsync((agent, failure) -> {
            busy.set(false);
            if (failure == null) {
                showAvatar(agent);
            } else {
                errors.show(texts.words(failure));
            }
        }, fx);
    }

    /** Reads the picture when its tag differs from the one shown (the synced account may bring a new one). */
    private void showAvatar(Agent agent) {
        String tag = agent == null ? null : agent.avatar();
        if (Objects.equals(tag, shownTag)) {
            return;
        }
        shownTag = tag;
        if (tag == null) {
            avatar.set(null);
            return;
        }
        api.avatar(agent.id()).whenCompleteAsync((png, failure) -> {
            if (failure == null && Objects.equals(tag, shownTag)) {
                avatar.set(png);
            }
        }, fx);
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
