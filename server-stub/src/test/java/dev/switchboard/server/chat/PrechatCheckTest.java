package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.visitors.WidgetMessages;
import dev.switchboard.shared.ws.Envelope;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A hand-made {@code chat.start} over a real visitor socket: the backend checks the answers
 * against the site's pre-chat form as the widget does, and only the form's options route.
 */
class PrechatCheckTest {

    static final long AFTERSALES = 2;
    static final String REPAIRS = "Repairs";
    /** A form with every kind of field; the question-type field is deliberately not called "question". */
    static final String FORM = """
            {"fields":[
              {"key":"name","type":"NAME","label":"Your name","required":true},
              {"key":"email","type":"EMAIL","label":"E-mail","required":false},
              {"key":"phone","type":"PHONE","label":"Phone","required":false},
              {"key":"topic","type":"QUESTION_TYPE","label":"About","required":true,"options":["Sales","Repairs"]},
              {"key":"order","type":"TEXT","label":"Order number","required":false,"pattern":"A-[0-9]+"},
              {"key":"details","type":"TEXT","label":"Details","required":false}
            ]}""";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perClass();
    static ApiClient api;
    static String admin;

    @BeforeAll
    static void start() {
        api = backend.api();
        admin = backend.token("admin");
        ApiResponse form = api.send("PUT", "/api/v1/sites/default/prechat-form", admin, FORM, ApiClient.JSON);
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        ApiResponse rule = api.post("/api/v1/routing-rules", admin, Map.of("name", "Repairs", "groupId", AFTERSALES, "questionType", REPAIRS));
        assertThat(rule.status()).as(rule.body()).isEqualTo(201);
    }

    static Stream<Arguments> badAnswers() {
        return Stream.of(
                Arguments.of("a required field missing", without("name"), "prechat.name", "required"),
                Arguments.of("a required field blank", with("name", "   "), "prechat.name", "required"),
                Arguments.of("a required option missing", without("topic"), "prechat.topic", "required"),
                Arguments.of("an e-mail without a domain", with("email", "li@localhost"), "prechat.email", "not an e-mail address"),
                Arguments.of("an e-mail with a space", with("email", "li lei@example.cn"), "prechat.email", "not an e-mail address"),
                Arguments.of("a phone with letters", with("phone", "call me 12345"), "prechat.phone", "not a phone number"),
                Arguments.of("a phone of four digits", with("phone", "1234"), "prechat.phone", "not a phone number"),
                Arguments.of("an option not on the list", with("topic", "VIP please"), "prechat.topic", "not one of the options"),
                Arguments.of("an answer the pattern refuses", with("order", "B-17"), "prechat.order", "does not match the expected format"),
                Arguments.of("a one-line answer over 100 characters", with("name", "x".repeat(101)), "prechat.name", "too long"),
                Arguments.of("a text over 500 characters", with("details", "x".repeat(501)), "prechat.details", "too long"),
                Arguments.of("a key the form does not have", with("question", "Repairs"), "prechat.question", "not a field of this form"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAnswers")
    void aChatStartWhoseAnswersDoNotFitTheFormIsRefusedNamingTheField(String what, Map<String, String> answers, String field, String reason) {
        try (VisitorClient visitor = arrive()) {
            String ref = visitor.socket().send(ChatMessages.START, new ChatMessages.Start(answers));

            Envelope error = visitor.await(WidgetMessages.ERROR);
            assertThat(error.payload().path("ref").asText()).isEqualTo(ref);
            JsonNode problem = error.payload().path("problem");
            assertThat(problem.path("status").asInt()).isEqualTo(400);
            assertThat(problem.path("type").asText()).endsWith("/validation");
            assertThat(problem.path("errors")).hasSize(1);
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo(field);
            assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo(reason);
            // the socket stays usable: the visitor can correct the answers
            visitor.send(ChatMessages.START, new ChatMessages.Start(good()));
            assertThat(visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong()).isPositive();
        }
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        try (VisitorClient visitor = arrive()) {
            Map<String, String> answers = Map.of("email", "nope", "topic", "Billing", "extra", "x");
            visitor.send(ChatMessages.START, new ChatMessages.Start(answers));

            JsonNode errors = visitor.await(WidgetMessages.ERROR).payload().path("problem").path("errors");
            assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder("prechat.name", "prechat.email", "prechat.topic", "prechat.extra");
        }
    }

    @Test
    void answersThatFitStartTheChatTrimmedAndTheChosenOptionRoutesIt() {
        try (VisitorClient visitor = arrive()) {
            Map<String, String> answers = new HashMap<>(good());
            answers.put("name", "  王女士 ");
            answers.put("email", "wang@example.cn");
            answers.put("phone", "+86 138-0013-8000");
            answers.put("order", "A-17");
            answers.put("details", "滤芯 " + "x".repeat(497));
            visitor.send(ChatMessages.START, new ChatMessages.Start(answers));

            long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            visitor.socket().await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("status").asText().equals("QUEUED"), "queued");
            JsonNode conversation = api.get("/api/v1/conversations/" + id, admin).json();
            assertThat(conversation.path("groupId").asLong()).as("routed by the chosen question type").isEqualTo(AFTERSALES);
            assertThat(conversation.path("prechat").path("name").asText()).isEqualTo("王女士");
            assertThat(conversation.path("prechat").path("topic").asText()).isEqualTo(REPAIRS);
        }
    }

    private static VisitorClient arrive() {
        return VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Shop", null);
    }

    private static Map<String, String> good() {
        return Map.of("name", "Li Lei", "topic", REPAIRS);
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> answers = new LinkedHashMap<>(good());
        answers.put(key, value);
        return answers;
    }

    private static Map<String, String> without(String key) {
        Map<String, String> answers = new LinkedHashMap<>(good());
        answers.remove(key);
        return answers;
    }
}
