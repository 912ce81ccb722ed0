package dev.switchboard.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The list half of an administration section, without a screen: reloads keep the choice, searches filter, refusals show. */
class AdminListTest {

    record Item(long id, String name) {
    }

    final List<Item> backend = new ArrayList<>();
    final EntityChanges changes = new EntityChanges("item");
    final AdminList<Item> list = new AdminList<>(new I18n(Locale.ENGLISH), Runnable::run,
            () -> CompletableFuture.completedFuture(List.copyOf(backend)), Item::id, Item::name, null);

    @Test
    void aChosenItemChangedElsewhereIsChosenAsItIsNowAndOneDeletedLeavesNothingChosen() {
        backend.addAll(List.of(new Item(1, "Sales"), new Item(2, "Support")));
        list.activate(new Disposer(), changes);
        list.selectedProperty().set(list.items().get(1));

        backend.set(1, new Item(2, "Support desk"));
        changes.apply(List.of());
        assertThat(list.selectedProperty().get()).isEqualTo(new Item(2, "Support desk"));

        backend.remove(1);
        changes.apply(List.of());
        assertThat(list.items()).containsExactly(new Item(1, "Sales"));
        assertThat(list.selectedProperty().get()).isNull();
    }

    @Test
    void anItemJustSavedIsChosenOnceTheListShowsIt() {
        list.activate(new Disposer(), changes);
        backend.add(new Item(7, "VIP"));

        list.reloadChoosing(7);

        assertThat(list.selectedProperty().get()).isEqualTo(new Item(7, "VIP"));
    }

    @Test
    void theSearchFindsItemsByTheirTextWhateverTheCase() {
        backend.addAll(List.of(new Item(1, "Sales"), new Item(2, "Support")));
        list.activate(new Disposer(), changes);

        list.searchProperty().set(" SUP ");

        assertThat(list.shown()).containsExactly(new Item(2, "Support"));
    }

    @Test
    void aRefusedChangeShowsAboveTheListWhichIsReadAgain() {
        list.activate(new Disposer(), changes);
        backend.add(new Item(3, "Billing"));

        list.change(CompletableFuture.failedFuture(new IllegalStateException("refused")), answer -> { });

        assertThat(list.errors().general().get()).contains("refused");
        assertThat(list.items()).containsExactly(new Item(3, "Billing"));
    }
}
