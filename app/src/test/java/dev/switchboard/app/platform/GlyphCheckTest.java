package dev.switchboard.app.platform;

import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.testing.WorkstationDriver;
import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GlyphCheckTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        WorkstationDriver.initToolkit();
    }

    @Test
    void lettersAreDrawnAndACodePointNoFontHasIsNot() {
        GlyphCheck glyphs = onFx(() -> GlyphCheck.of(Font.font(20)));
        assertThat(onFx(() -> glyphs.draws("A"))).isTrue();
        assertThat(onFx(() -> glyphs.draws("♥"))).as("a symbol every desktop font has").isTrue();
        assertThat(onFx(() -> glyphs.draws(new String(Character.toChars(0x10FFFC))))).as("private use, in no font").isFalse();
        assertThat(onFx(() -> glyphs.draws(" "))).as("nothing drawn").isFalse();
    }
}
