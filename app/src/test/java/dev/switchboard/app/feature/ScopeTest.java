package dev.switchboard.app.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScopeTest {

    private record Chats(String name) {
    }

    private record Queue(String name) {
    }

    private final Scope workstation = new Scope(null);

    @Test
    void aSessionSeesWhatItAndTheWorkstationWereOfferedButNotAnotherSessionsOffers() {
        workstation.provide(Chats.class, new Chats("stores"));
        Scope first = new Scope(workstation);
        Scope second = new Scope(workstation);
        first.provide(Queue.class, new Queue("first"));

        assertThat(first.require(Chats.class)).isEqualTo(new Chats("stores"));
        assertThat(first.require(Queue.class)).isEqualTo(new Queue("first"));
        assertThatThrownBy(() -> second.require(Queue.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Queue.class.getName());
    }

    @Test
    void aTypeIsOfferedOnce() {
        workstation.provide(Chats.class, new Chats("one"));

        assertThatThrownBy(() -> workstation.provide(Chats.class, new Chats("two"))).isInstanceOf(IllegalStateException.class);
        assertThat(workstation.require(Chats.class)).isEqualTo(new Chats("one"));
    }
}
