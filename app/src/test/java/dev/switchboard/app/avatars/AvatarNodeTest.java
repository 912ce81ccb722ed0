package dev.switchboard.app.avatars;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who a person is without a picture: their initials on a colour of their own. */
class AvatarNodeTest {

    @Test
    void initialsAreTheFirstLettersOfLatinNamesAndTheFirstCharacterOfChineseOnes() {
        assertThat(AvatarNode.initialsOf("Alice Wang")).isEqualTo("AW");
        assertThat(AvatarNode.initialsOf("alice")).isEqualTo("A");
        assertThat(AvatarNode.initialsOf("Alice 王丽")).isEqualTo("A");
        assertThat(AvatarNode.initialsOf("王丽")).isEqualTo("王");
        assertThat(AvatarNode.initialsOf("王丽 Li Wang")).isEqualTo("王");
        assertThat(AvatarNode.initialsOf("  ")).isEqualTo("?");
    }

    @Test
    void theColourDependsOnTheIdAloneAndNeighboursDiffer() {
        assertThat(AvatarNode.colourOf(7)).isEqualTo(AvatarNode.colourOf(7));
        assertThat(AvatarNode.colourOf(7)).isNotEqualTo(AvatarNode.colourOf(8));
        assertThat(AvatarNode.colourOf(-3)).isNotNull();
    }
}
