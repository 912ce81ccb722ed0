package dev.switchboard.shared.sites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.automation.LocalizedText;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.visitors.PrechatField;
import dev.switchboard.shared.visitors.PrechatField.FieldType;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.shared.visitors.PrechatFormRules;
import dev.switchboard.shared.visitors.SiteSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules both the backend and the workstation's site editor apply. */
class SiteRulesTest {

    @Test
    void originsAreSchemeHostAndPortAsBrowsersSendThem() {
        assertThat(SiteRules.normalizedOrigin(" https://Shop.Example.com/ ")).isEqualTo("https://shop.example.com");
        assertThat(SiteRules.normalizedOrigin("https://shop.example.com/a/")).as("a path stays, to be refused").isEqualTo("https://shop.example.com/a/");
        assertThat(List.of("*", "https://shop.example.com", "http://localhost:8080", "http://127.0.0.1:3000", "https://[::1]:8443", "https://xn--fiqs8s.cn"))
                .allMatch(SiteRules::isOrigin);
        assertThat(List.of("shop.example.com", "https://shop.example.com/products", "ftp://shop.example.com", "https://shop.example.com:0",
                "https://shop.example.com:70000", "https://-shop.example.com", "https://shop..example.com", "https://user@shop.example.com", ""))
                .noneMatch(SiteRules::isOrigin);
    }

    @Test
    void aSiteNamesEachBadFieldAsItsJson() {
        WidgetLook look = new WidgetLook("#12345", "#abcdef", "white", null, -1, 301, new LocalizedText("长".repeat(301), ""), null);
        SiteSettings site = new SiteSettings("Bad Key", " ", List.of("https://a.example.com", "nope", "https://a.example.com"), null, look,
                new PrechatForm(List.of(new PrechatField("topic", FieldType.SELECT, "Topic", null, true, List.of(), null))), null);

        assertThat(SiteRules.checkNew(site)).extracting(FieldError::field).containsExactlyInAnyOrder("id", "name", "allowedOrigins[1]",
                "allowedOrigins[2]", "look.color", "look.textColor", "look.position", "look.offsetX", "look.offsetY", "look.greeting.zh",
                "prechat.fields[0].options");
        assertThat(SiteRules.check(new SiteSettings(null, null, null, null))).as("a change of nothing").isEmpty();
        assertThat(SiteRules.checkNew(new SiteSettings("shop-1", "Shop", List.of("*"), false, WidgetLook.DEFAULT, PrechatForm.NONE, null))).isEmpty();
    }

    @Test
    void aFormHasUniqueKeysChoicesWithOptionsAndOneFieldForRouting() {
        PrechatForm form = new PrechatForm(List.of(
                new PrechatField("name", FieldType.NAME, "Name", "姓名", true, List.of("x"), null),
                new PrechatField("topic", FieldType.QUESTION_TYPE, "Topic", null, true, List.of("a", "a"), null),
                new PrechatField("topic", FieldType.QUESTION_TYPE, "Again", null, false, List.of("b"), "(unclosed")));
        assertThat(PrechatFormRules.check(form)).extracting(FieldError::field, FieldError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("fields[0].options", PrechatFormRules.OPTIONS_NOT_ALLOWED),
                org.assertj.core.groups.Tuple.tuple("fields[1].options", PrechatFormRules.OPTION_TWICE),
                org.assertj.core.groups.Tuple.tuple("fields[2].key", PrechatFormRules.KEY_TWICE),
                org.assertj.core.groups.Tuple.tuple("fields[2].type", PrechatFormRules.ONE_ROUTING_FIELD),
                org.assertj.core.groups.Tuple.tuple("fields[2].pattern", PrechatFormRules.BAD_PATTERN + ": Unclosed group"));
    }

    @Test
    void contrastIsWcagsRatio() {
        assertThat(WidgetColors.contrast("#ffffff", "#000000")).isEqualTo(21.0);
        assertThat(WidgetColors.contrast("#ffffff", "#ffffff")).isEqualTo(1.0);
        assertThat(WidgetColors.contrast("#ffffff", "#2563eb")).isBetween(5.1, 5.2);
        assertThat(WidgetColors.contrast("#ffffff", "#facc15")).isLessThan(WidgetColors.READABLE);
    }
}
