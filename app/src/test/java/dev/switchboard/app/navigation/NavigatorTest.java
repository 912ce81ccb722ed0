package dev.switchboard.app.navigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavigatorTest {

    private record Ticket(long id) implements Destination {
    }

    private record Customer(String email) implements Destination {
    }

    private final Navigator navigator = new Navigator();
    private final List<Object> opened = new ArrayList<>();

    @Test
    void eachDestinationIsOpenedByTheOpenerOfItsKind() {
        navigator.register(Ticket.class, ticket -> opened.add("ticket " + ticket.id()));
        navigator.register(Customer.class, customer -> opened.add("customer " + customer.email()));

        navigator.open(new Customer("li.lei@example.cn"));
        navigator.open(new Ticket(42));

        assertThat(opened).containsExactly("customer li.lei@example.cn", "ticket 42");
    }

    @Test
    void aDestinationNoFeatureOpensIsIgnored() {
        navigator.register(Ticket.class, opened::add);

        navigator.open(new Customer("li.lei@example.cn"));

        assertThat(opened).isEmpty();
    }

    @Test
    void aKindHasOneOpener() {
        navigator.register(Ticket.class, opened::add);

        assertThatThrownBy(() -> navigator.register(Ticket.class, opened::add)).isInstanceOf(IllegalStateException.class);
    }
}
