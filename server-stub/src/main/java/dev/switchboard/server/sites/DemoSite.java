package dev.switchboard.server.sites;

import dev.switchboard.shared.automation.LocalizedText;
import dev.switchboard.shared.sites.WidgetLook;
import dev.switchboard.shared.visitors.PrechatField;
import dev.switchboard.shared.visitors.PrechatForm;
import java.util.List;

/** The demo shop's site: a name, a phone and what the question is about, which routing reads. */
final class DemoSite {

    private DemoSite() {
    }

    static PrechatForm form() {
        return new PrechatForm(List.of(
                new PrechatField("name", PrechatField.FieldType.NAME, "Your name", "您的称呼", true, null, null),
                new PrechatField("phone", PrechatField.FieldType.PHONE, "Phone", "手机号", false, null, "^\\+?[0-9 -]{6,20}$"),
                new PrechatField("question", PrechatField.FieldType.QUESTION_TYPE, "Question about", "咨询类型", true,
                        List.of("售前咨询 Pre-sales", "订单与物流 Orders", "售后维修 Repairs"), null)));
    }

    /** The shop's own teal, and a greeting in its voice: what an administrator would set up first. */
    static WidgetLook look() {
        return new WidgetLook("#0d9488", "#0284c7", "#ffffff", WidgetLook.Position.BOTTOM_RIGHT, 20, 20,
                new LocalizedText("您好，欢迎来到 Aurora 极光净化！选购、订单、售后都可以问我们。",
                        "Hello and welcome to Aurora! Ask us about choosing a purifier, your order or repairs."),
                new LocalizedText("", ""));
    }
}
