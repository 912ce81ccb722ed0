package dev.switchboard.app.tickets;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.Choices;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketLinkKind;
import dev.switchboard.shared.tickets.TicketPatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The open ticket's links: its parent, its parts and the related tickets, each to open or remove;
 * and a link to add by the other ticket's number. A parent or a related ticket is a change of this
 * ticket; a part is a change of the other one (its parent), each sent from the version read like any
 * save, so the backend merges it with other changes. The list is read again when the ticket changes.
 * Ids: {@code ticketLinks}, rows {@code ticketLink-<number>} with {@code ticketLinkOpen-<number>} and
 * {@code ticketLinkRemove-<number>}, {@code ticketLinkKind}, {@code ticketLinkNumber}, {@code ticketLinkAdd},
 * {@code ticketLinkError}.
 */
final class TicketLinksPanel extends View<VBox> {

    private record Link(TicketLinkKind kind, Ticket other) {
    }

    private final ObservableValue<Ticket> ticket;
    private final TicketSource source;
    private final TicketExtras extras;
    private final ObjectProperty<TicketTerms> terms;
    private final I18n i18n;
    private final Executor fx;
    private final FormErrors errors;
    private final VBox rows = new VBox(6);
    private final Label none = new Label();
    private final ComboBox<TicketLinkKind> kind = new ComboBox<>();
    private final TextField number = new TextField();
    private final Button add = new Button();
    private final Label error = EditorForm.error("ticketLinkError");
    private final VBox root = new VBox(10);
    /** The newest version of the open ticket seen (a link's save answers it before the change log does). */
    private Ticket shown;
    private int reads;

    TicketLinksPanel(ObservableValue<Ticket> ticket, TicketSource source, TicketExtras extras, ObjectProperty<TicketTerms> terms, I18n i18n,
                     Executor fx) {
        this.ticket = ticket;
        this.source = source;
        this.extras = extras;
        this.terms = terms;
        this.i18n = i18n;
        this.fx = fx;
        this.errors = new FormErrors(i18n);
        root.setId("ticketLinks");
        root.setPadding(new Insets(8));
        kind.setId("ticketLinkKind");
        kind.getItems().setAll(TicketLinkKind.values());
        kind.setValue(TicketLinkKind.RELATED);
        number.setId("ticketLinkNumber");
        HBox.setHgrow(number, Priority.ALWAYS);
        add.setId("ticketLinkAdd");
        add.setOnAction(event -> add());
        number.setOnAction(event -> add());
        HBox adding = new HBox(8, kind, number, add);
        adding.setAlignment(Pos.CENTER_LEFT);
        none.getStyleClass().add(Styles.TEXT_MUTED);
        root.getChildren().setAll(rows, adding, error);
    }

    @Override
    public VBox root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        Choices.wordAs(disposer, i18n, kind, value -> value == null ? "" : i18n.get("tickets.link." + value.name()));
        disposer.bind(number.promptTextProperty(), i18n.text("tickets.link.numberPrompt"));
        disposer.bind(add.textProperty(), i18n.text("tickets.link.add"));
        disposer.bind(none.textProperty(), i18n.text("tickets.link.none"));
        EditorForm.showMessage(disposer, error, errors.general());
        disposer.observe(ticket, now -> {
            if (now == null || shown == null || now.id() != shown.id() || now.version() > shown.version()) {
                if (now == null || shown == null || now.id() != shown.id()) {
                    errors.clear();
                    number.clear();
                }
                shown = now;
                read();
            }
        });
    }

    private void read() {
        Ticket of = shown;
        int read = ++reads;
        if (of == null) {
            rows.getChildren().clear();
            return;
        }
        CompletableFuture<List<Link>> parent = of.parentId() == null ? CompletableFuture.completedFuture(List.of())
                : source.get(of.parentId()).thenApply(found -> List.of(new Link(TicketLinkKind.PARENT, found)));
        CompletableFuture<List<Link>> children = extras.lookups().children(of.id())
                .thenApply(found -> found.stream().map(child -> new Link(TicketLinkKind.CHILD, child)).toList());
        List<CompletableFuture<Ticket>> relatedReads = of.relatedIds().stream().map(source::get).toList();
        CompletableFuture<List<Link>> related = CompletableFuture.allOf(relatedReads.toArray(CompletableFuture[]::new))
                .thenApply(done -> relatedReads.stream().map(future -> new Link(TicketLinkKind.RELATED, future.join())).toList());
        parent.thenCombine(children, this::joined).thenCombine(related, this::joined).whenCompleteAsync((links, failure) -> {
            if (read != reads) {
                return;
            }
            if (failure != null) {
                errors.show(failure);
                return;
            }
            show(links);
        }, fx);
    }

    private List<Link> joined(List<Link> first, List<Link> second) {
        List<Link> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private void show(List<Link> links) {
        rows.getChildren().clear();
        if (links.isEmpty()) {
            rows.getChildren().add(none);
        }
        for (Link link : links) {
            Label what = new Label(i18n.get("tickets.link." + link.kind().name()));
            what.getStyleClass().add(Styles.TEXT_MUTED);
            what.setMinWidth(70);
            Hyperlink open = new Hyperlink(link.other().number());
            open.setId("ticketLinkOpen-" + link.other().number());
            open.setOnAction(event -> extras.open(link.other().id()));
            Label subject = new Label(link.other().subject() + " · " + terms.get().status(link.other().status(), i18n));
            subject.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(subject, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon(Material2MZ.REMOVE_CIRCLE_OUTLINE));
            remove.setId("ticketLinkRemove-" + link.other().number());
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setAccessibleText(i18n.get("tickets.link.remove"));
            remove.setTooltip(new javafx.scene.control.Tooltip(i18n.get("tickets.link.remove")));
            remove.setOnAction(event -> remove(link));
            HBox row = new HBox(8, what, open, subject, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setId("ticketLink-" + link.other().number());
            rows.getChildren().add(row);
        }
    }

    private void add() {
        Ticket of = shown;
        String wanted = number.getText() == null ? "" : number.getText().strip();
        if (of == null || wanted.isEmpty() || kind.getValue() == null) {
            return;
        }
        TicketLinkKind linking = kind.getValue();
        extras.lookups().byNumber(wanted).thenCompose(found -> {
            if (found.isEmpty() || found.get().id() == of.id()) {
                return CompletableFuture.completedFuture(Optional.<Ticket>empty());
            }
            Ticket other = found.get();
            return switch (linking) {
                case PARENT -> source.patch(of.id(), link(of.version(), Optional.of(other.id()), null)).thenApply(Optional::of);
                case CHILD -> source.patch(other.id(), link(other.version(), Optional.of(of.id()), null)).thenApply(saved -> Optional.of(of));
                case RELATED -> {
                    List<Long> related = new ArrayList<>(of.relatedIds());
                    related.add(other.id());
                    yield source.patch(of.id(), link(of.version(), null, related)).thenApply(Optional::of);
                }
            };
        }).whenCompleteAsync((saved, failure) -> {
            if (failure != null) {
                errors.show(failure);
            } else if (saved.isEmpty()) {
                errors.show(List.of(new dev.switchboard.shared.problem.FieldError("", i18n.get("tickets.link.notFound", wanted))));
            } else {
                errors.clear();
                number.clear();
                newer(saved.get());
            }
        }, fx);
    }

    private void remove(Link link) {
        Ticket of = shown;
        if (of == null) {
            return;
        }
        CompletableFuture<Ticket> saved = switch (link.kind()) {
            case PARENT -> source.patch(of.id(), link(of.version(), Optional.empty(), null));
            case CHILD -> source.patch(link.other().id(), link(link.other().version(), Optional.empty(), null)).thenApply(child -> of);
            case RELATED -> source.patch(of.id(), link(of.version(), null,
                    of.relatedIds().stream().filter(id -> id != link.other().id()).toList()));
        };
        saved.whenCompleteAsync((now, failure) -> {
            if (failure != null) {
                errors.show(failure);
            } else {
                errors.clear();
                newer(now);
            }
        }, fx);
    }

    /** Shows the links of {@code now} (this ticket as a link's save answered it, or unchanged when a part changed). */
    private void newer(Ticket now) {
        if (shown != null && now.id() == shown.id() && now.version() >= shown.version()) {
            shown = now;
        }
        read();
    }

    private static TicketPatch link(long version, Optional<Long> parentId, List<Long> relatedIds) {
        return new TicketPatch(version, null, null, null, null, null, null, null, null, parentId, relatedIds, null);
    }
}
