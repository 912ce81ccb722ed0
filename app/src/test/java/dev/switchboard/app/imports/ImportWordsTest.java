package dev.switchboard.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.imports.ImportError;
import dev.switchboard.shared.imports.ImportErrorCode;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An imported row's errors in the reader's language, from the codes the server sends. */
class ImportWordsTest {

    final ImportWords chinese = new ImportWords(new I18n(Locale.SIMPLIFIED_CHINESE));
    final ImportWords english = new ImportWords(new I18n(Locale.ENGLISH));

    @Test
    void codesAreSaidInTheReadersLanguageWithTheirParameters() {
        ImportError twice = ImportError.of("login", ImportErrorCode.ALSO_IN_ROW, "row", "2");
        ImportError group = ImportError.of("groups", ImportErrorCode.NO_SUCH_GROUP, "names", "售前, Nowhere");
        assertThat(chinese.error(twice)).isEqualTo("login：与第 2 行重复");
        assertThat(english.error(twice)).isEqualTo("login: also in row 2");
        assertThat(chinese.error(group)).isEqualTo("groups：没有这个分组：售前, Nowhere");
        assertThat(chinese.reason(ImportError.of("password", ImportErrorCode.PASSWORD_TOO_SHORT, "min", "12"))).isEqualTo("太短：至少 12 个字符");
    }

    @Test
    void everyCodeHasWordsInBothLanguagesAndAnErrorWithoutACodeStaysAsTheServerWroteIt() {
        for (ImportErrorCode code : ImportErrorCode.values()) {
            ImportError error = new ImportError("column", "as the server wrote it", code, Map.of("row", "7", "names", "X", "min", "1",
                    "max", "9"));
            assertThat(chinese.reason(error)).as(code.name()).doesNotContain("!imports.").doesNotContain("{");
            assertThat(english.reason(error)).as(code.name()).doesNotContain("!imports.").doesNotContain("{");
        }
        assertThat(chinese.reason(new ImportError("role", "something new", ImportErrorCode.OTHER, null))).isEqualTo("something new");
    }
}
