package dev.switchboard.server.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.Chromium;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketAttachment;
import dev.switchboard.shared.tickets.TicketChannel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web form page in a real headless Chromium: drawn in the visitor's language from the form's
 * definition, what an administrator named shown as text, a filled form sent and its ticket number
 * shown; a missing or refused field shown next to it with everything typed kept.
 */
class WebFormPageTest {

    static Chromium chromium;

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final Forms forms = new Forms(backend.api(), backend.token("admin"));
    final List<String> pageErrors = new CopyOnWriteArrayList<>();
    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void closeContext() {
        try {
            Assertions.assertThat(pageErrors).as("script errors on the page").isEmpty();
        } finally {
            if (context != null) {
                context.close();
            }
        }
    }

    @Test
    void aVisitorFillsTheFormWithAFileAndSeesTheTicketNumber() {
        forms.setUp("support");
        Response answer = open("en-US");
        Assertions.assertThat(answer.headers().get("content-security-policy")).contains("script-src 'self'").contains("frame-ancestors");

        assertThat(page.locator("[data-sb=title]")).hasText("Aurora <b>support</b>");
        Assertions.assertThat(page.locator("[data-sb=title] b").count()).as("a title is text, never markup").isZero();
        assertThat(page.locator("label[for=f-subject]")).hasText("Subject*");
        page.fill("[name=name]", "Li Lei");
        page.fill("[name=email]", "li.lei@example.com");
        page.fill("[name=subject]", "Filter for my A3");
        page.fill("[name=description]", "<script>alert(1)</script> which filter?");
        page.selectOption("[name='customFields.product']", "A3");
        page.fill("[name='customFields.quantity']", "2");
        page.fill("[name='customFields.purchase_date']", "2026-11-30");
        page.check("[name='customFields.colours'][value=black]");
        page.check("[name='customFields.gift']");
        page.setInputFiles("[name=attachments]", new FilePayload("receipt.png", "image/png", Forms.PNG));
        page.click("[data-sb=send]");

        Locator number = page.locator("[data-sb=ticket-number]");
        assertThat(number).hasText(Pattern.compile("T-\\d{8}-\\d{4}"));
        Ticket ticket = forms.byNumber(number.textContent());
        Assertions.assertThat(ticket.channel()).isEqualTo(TicketChannel.WEB_FORM);
        Assertions.assertThat(ticket.description()).isEqualTo("<script>alert(1)</script> which filter?");
        Assertions.assertThat(ticket.customFields()).containsEntry("product", "A3").containsEntry("purchase_date", "2026-11-30")
                .containsEntry("colours", List.of("black")).containsEntry("gift", true);
        Assertions.assertThat(((Number) ticket.customFields().get("quantity")).intValue()).isEqualTo(2);
        TicketAttachment[] files = backend.api().get("/api/v1/tickets/" + ticket.id() + "/attachments", backend.token("admin"))
                .as(TicketAttachment[].class);
        Assertions.assertThat(files).extracting(TicketAttachment::fileName).containsExactly("receipt.png");
    }

    @Test
    void aMissingOrRefusedFieldIsShownNextToItAndWhatWasTypedStays() {
        forms.setUp("support");
        open("zh-CN");
        assertThat(page.locator("label[for=f-subject]")).hasText("主题*");
        assertThat(page.locator("[data-field='customFields.product'] .label, label[for='f-customFields-product']")).hasText("产品*");
        page.fill("[name=email]", "li.lei@");
        page.fill("[name=subject]", "滤网怎么换");
        page.fill("[name='customFields.quantity']", "1");
        page.click("[data-sb=send]");

        assertThat(error("customFields.product")).hasText("此项必填");
        assertThat(page.locator("[name=subject]")).hasValue("滤网怎么换");

        // the backend's own check (this address is checked there only): shown next to the field, nothing made
        page.selectOption("[name='customFields.product']", "A1");
        page.click("[data-sb=send]");
        assertThat(error("email")).not().isEmpty();
        assertThat(error("customFields.product")).isEmpty();
        assertThat(page.locator("[name=subject]")).hasValue("滤网怎么换");
        assertThat(page.locator("[name='customFields.quantity']")).hasValue("1");
        Assertions.assertThat(forms.tickets()).isEmpty();

        page.fill("[name=email]", "li.lei@example.com");
        page.click("[data-sb=send]");
        assertThat(page.locator("[data-sb=ticket-number]")).hasText(Pattern.compile("T-\\d{8}-\\d{4}"));
        Assertions.assertThat(forms.tickets()).hasSize(1);
    }

    @Test
    void anUnknownFormSaysSo() {
        context = chromium.newContext(new Browser.NewContextOptions().setLocale("en-US"));
        page = context.newPage();
        page.onPageError(pageErrors::add);
        Response answer = page.navigate(backend.api().baseUrl() + "/forms/nosuchform");
        Assertions.assertThat(answer.status()).isEqualTo(404);
    }

    private Response open(String locale) {
        context = chromium.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(900, 1000));
        page = context.newPage();
        page.onPageError(pageErrors::add);
        Response answer = page.navigate(backend.api().baseUrl() + "/forms/support");
        Assertions.assertThat(answer.status()).isEqualTo(200);
        page.locator("[data-sb=form]").waitFor();
        return answer;
    }

    private Locator error(String field) {
        return page.locator("[data-sb='error-" + field + "']");
    }
}
