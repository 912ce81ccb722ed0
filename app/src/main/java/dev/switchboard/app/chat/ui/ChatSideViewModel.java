package dev.switchboard.app.chat.ui;

import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.app.visitors.VisitorRow;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.shared.visitors.VisitorDetail;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * What the panel beside a chat shows: the visitor's details (asked for once, when the agent first
 * sees the chat, then kept current from the live visitor list as they move from page to page), the
 * site's pre-chat form for the labels of their answers, and the team for the routing's names.
 * FX thread.
 */
public final class ChatSideViewModel {

    private final ChatsContext context;
    private final ReadOnlyObjectProperty<Chat> chat;
    private final ReadOnlyObjectWrapper<VisitorDetail> visitor = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper visitorError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PrechatForm> prechatForm = new ReadOnlyObjectWrapper<>();
    private boolean visitorRequested;
    /** The visitor as the live list has them: the side panel follows them from page to page. */
    private final ObservableValue<VisitorRow> liveVisitor;
    private final ChangeListener<VisitorRow> visitorMoved = (observable, before, now) -> showLive(now);

    /** @param chat the tab's chat, as its newest snapshot */
    ChatSideViewModel(ChatsContext context, ReadOnlyObjectProperty<Chat> chat) {
        this.context = context;
        this.chat = chat;
        this.liveVisitor = context.visitors().follow(chat.get().conversation().visitorId());
        liveVisitor.addListener(visitorMoved);
    }

    /** Asks for the visitor's details and the site's form the first time the agent sees the chat. */
    void load() {
        if (visitorRequested) {
            return;
        }
        visitorRequested = true;
        context.chats().rest().visitor(chat.get().conversation().visitorId()).whenCompleteAsync((detail, failure) -> {
            if (failure != null) {
                visitorError.set(context.texts().i18n().get("chat.side.visitorUnavailable"));
            } else {
                visitor.set(detail);
                showLive(liveVisitor.getValue());
            }
        }, context.fx());
        // without the form the answers still show, under their keys made readable
        String site = chat.get().conversation().site();
        if (site != null) {
            context.chats().rest().prechatForm(site).thenAcceptAsync(prechatForm::set, context.fx());
        }
    }

    /** The live list's newer news of the visitor (another page, another status) replaces what the details said. */
    private void showLive(VisitorRow row) {
        VisitorDetail shown = visitor.get();
        if (row != null && shown != null && !row.visitor().equals(shown.visitor())) {
            visitor.set(new VisitorDetail(row.visitor(), shown.address(), shown.trail(), shown.pastVisits()));
        }
    }

    public ReadOnlyObjectProperty<Chat> chatProperty() {
        return chat;
    }

    public ReadOnlyObjectProperty<VisitorDetail> visitorProperty() {
        return visitor.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty visitorErrorProperty() {
        return visitorError.getReadOnlyProperty();
    }

    /** The pre-chat form of the chat's site, for the labels of the answers; null until (and unless) it is loaded. */
    public ReadOnlyObjectProperty<PrechatForm> prechatFormProperty() {
        return prechatForm.getReadOnlyProperty();
    }

    /** The agents and groups, for the names in the routing history. */
    public ReadOnlyObjectProperty<TeamSnapshot> team() {
        return context.team();
    }

    public ChatTexts texts() {
        return context.texts();
    }
}
