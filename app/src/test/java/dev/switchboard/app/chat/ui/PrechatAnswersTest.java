package dev.switchboard.app.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.chat.ui.PrechatAnswers.Answer;
import dev.switchboard.shared.visitors.PrechatField;
import dev.switchboard.shared.visitors.PrechatForm;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrechatAnswersTest {

    private static final PrechatForm FORM = new PrechatForm(List.of(
            new PrechatField("name", PrechatField.FieldType.NAME, "Your name", "您的称呼", true, null, null),
            new PrechatField("question", PrechatField.FieldType.QUESTION_TYPE, "Question about", "咨询类型", true, List.of("Pre-sales"), null),
            new PrechatField("email", PrechatField.FieldType.EMAIL, "E-mail", "", false, null, null)));

    private static final Map<String, String> ANSWERS = Map.of("name", "Li Lei", "question", "Pre-sales",
            "email", "li@example.cn", "order_no", "<b>A-17</b>");

    @Test
    void answersGoUnderTheFormsLabelsInItsOrderUnknownKeysReadableAfterThem() {
        assertThat(PrechatAnswers.of(ANSWERS, FORM, Locale.ENGLISH)).containsExactly(
                new Answer("Your name", "Li Lei"),
                new Answer("Question about", "Pre-sales"),
                new Answer("E-mail", "li@example.cn"),
                new Answer("Order no", "<b>A-17</b>"));
    }

    @Test
    void chineseLabelsForAChineseReaderTheEnglishOneWhereTheFormHasNoChinese() {
        assertThat(PrechatAnswers.of(ANSWERS, FORM, Locale.SIMPLIFIED_CHINESE)).extracting(Answer::label)
                .containsExactly("您的称呼", "咨询类型", "E-mail", "Order no");
    }

    @Test
    void withoutTheFormEveryKeyIsMadeReadable() {
        assertThat(PrechatAnswers.of(Map.of("name", "Li Lei", "orderNumber", "17", "how-found", "search"), null, Locale.ENGLISH))
                .containsExactly(new Answer("How found", "search"), new Answer("Name", "Li Lei"), new Answer("Order number", "17"));
    }
}
