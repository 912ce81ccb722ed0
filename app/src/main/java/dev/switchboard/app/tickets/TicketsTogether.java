package dev.switchboard.app.tickets;

import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.app.tickets.together.BulkBar;
import dev.switchboard.app.tickets.together.MergeSplitBar;
import dev.switchboard.app.tickets.together.SavedViewsBar;
import dev.switchboard.app.tickets.together.TicketViewersModel;
import dev.switchboard.app.tickets.together.TogetherApi;
import dev.switchboard.app.tickets.together.ViewerMarkers;
import dev.switchboard.app.tickets.together.ViewersLabel;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.TicketStatus;
import dev.switchboard.shared.tickets.together.ViewConditions;
import dev.switchboard.shared.tickets.together.ViewVisibility;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Working the queue together on the Tickets page (issue 13, ADR 0037): the saved views beside the
 * queue, bulk actions over the selected rows, who else is on a ticket (in the list and on the
 * ticket), merge and split. The parts live in {@code tickets.together}; this class hands them what
 * they need of the page's models, so the page's own classes keep a few hook lines.
 */
final class TicketsTogether {

    private final TicketsPageModel page;
    private final TicketViewersModel viewers;
    private final I18n i18n;
    private final Role role;
    private final SavedViewsBar views;
    private final BulkBar bulk;
    private final ViewersLabel viewersLabel;
    private final MergeSplitBar mergeSplit;

    TicketsTogether(TicketsPageModel page, TogetherApi api, TicketViewersModel viewers, Executor fx, Role role, TableView<Ticket> table) {
        this.page = page;
        this.viewers = viewers;
        this.i18n = page.i18n();
        this.role = role;
        this.views = new SavedViewsBar(api, i18n, fx, page.me().id(), this::currentFilter, this::shares, scope -> {
            page.list().savedViewProperty().set(scope);
            page.list().reload();
        });
        this.bulk = new BulkBar(api, i18n, fx, table.getSelectionModel().getSelectedItems(), this::choices);
        this.viewersLabel = new ViewersLabel(viewers, page.ticket().ticketProperty(), i18n);
        this.mergeSplit = new MergeSplitBar(api, i18n, fx, page.ticket().ticketProperty(), page.ticket().comments(),
                ticket -> page.open(ticket.id()));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(0, ViewerMarkers.column(viewers));
    }

    /**
     * Under the queue's bar: the saved views, then the bulk bar. On the ticket, below its number and
     * subject: one line with who else views it and the merge/split toggle, then the (folded) merge and
     * split controls — at 1440x900 they had taken two rows above the ticket's number.
     */
    void addTo(Pane top, Pane ticketPage) {
        top.getChildren().add(1, views.root());
        top.getChildren().add(bulk.root());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox line = new HBox(8, viewersLabel.root(), gap, mergeSplit.toggle());
        line.setAlignment(Pos.CENTER_LEFT);
        Node subject = ticketPage.lookup("#ticketSubject");
        ticketPage.getChildren().addAll(ticketPage.getChildren().indexOf(subject) + 1, List.of(line, mergeSplit.root()));
    }

    void activate(Disposer disposer) {
        views.activate();
        bulk.activate();
        viewersLabel.activate();
        mergeSplit.activate();
        disposer.listen(page.list().queueProperty(), (observable, before, now) -> views.leaveView());
        // what the agent has in front of them: the open ticket while the page shows it, and whether they write on it
        Runnable shown = () -> {
            Ticket open = page.ticket().ticketProperty().get();
            viewers.show(open != null && page.besideProperty().get() == TicketsPageModel.Beside.TICKET ? open.id() : null);
        };
        disposer.invalidated(page.ticket().ticketProperty(), observable -> shown.run());
        disposer.invalidated(page.besideProperty(), observable -> shown.run());
        disposer.observe(page.ticket().replyProperty(), text -> viewers.replying(text != null && !text.isBlank()));
        shown.run();
        disposer.onDispose(() -> {
            viewers.show(null);
            views.deactivate();
            bulk.deactivate();
            viewersLabel.deactivate();
            mergeSplit.deactivate();
        });
    }

    /** The list's filter as it is: the queue's statuses and assignee, and the search typed. */
    private ViewConditions currentFilter() {
        TicketFilter filter = page.list().queueProperty().get().filter(page.termsProperty().get().openStatuses());
        String text = page.list().searchProperty().get();
        return new ViewConditions(filter.statuses(), List.of(), filter.assignee(), null, null, null,
                text == null || text.isBlank() ? null : text.strip(), null);
    }

    /** Who the agent may save a view for: themselves; supervisors also their groups; administrators any group and everyone. */
    private List<SavedViewsBar.Share> shares() {
        List<SavedViewsBar.Share> shares = new ArrayList<>(List.of(new SavedViewsBar.Share(i18n.get("tickets.views.share.personal"),
                ViewVisibility.PERSONAL, null, null)));
        if (role.atLeast(Role.ADMIN)) {
            shares.add(new SavedViewsBar.Share(i18n.get("tickets.views.share.everyone"), ViewVisibility.ROLE, Role.AGENT, null));
        }
        if (role.atLeast(Role.SUPERVISOR)) {
            TeamSnapshot team = page.termsProperty().get().team();
            Agent me = page.me();
            team.groups().values().stream().filter(group -> role.atLeast(Role.ADMIN) || me.groupIds().contains(group.id()))
                    .forEach(group -> shares.add(new SavedViewsBar.Share(i18n.get("tickets.views.share.group", group.name()),
                            ViewVisibility.GROUP, null, group.id())));
        }
        return shares;
    }

    private List<BulkBar.Choice> choices(BulkBar.Field field) {
        TicketTerms terms = page.termsProperty().get();
        List<BulkBar.Choice> choices = new ArrayList<>();
        switch (field) {
            case PRIORITY -> {
                for (TicketPriority priority : TicketPriority.values()) {
                    choices.add(new BulkBar.Choice(terms.priority(priority, i18n), priority));
                }
            }
            case STATUS -> terms.statuses().values().stream().sorted(java.util.Comparator.comparingInt(TicketStatus::position))
                    .forEach(status -> choices.add(new BulkBar.Choice(status.name(i18n.locale()), status.key())));
            case ASSIGNEE -> {
                choices.add(new BulkBar.Choice(i18n.get("tickets.none"), null));
                terms.team().agents().values().stream().filter(Agent::enabled)
                        .forEach(agent -> choices.add(new BulkBar.Choice(agent.displayName(), agent.id())));
            }
            case GROUP -> {
                choices.add(new BulkBar.Choice(i18n.get("tickets.none"), null));
                terms.team().groups().values().forEach(group -> choices.add(new BulkBar.Choice(group.name(), group.id())));
            }
            case ADD_TAG, REMOVE_TAG -> {
            }
        }
        return choices;
    }
}
