package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.shared.chat.ChatMessages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Files in the widget: pictures both ways as thumbnails, other files as download links, chosen,
 * dropped or pasted; refused files explained in the chat with the caption kept.
 */
class WidgetChatFilesTest extends WidgetChatSupport {

    /** Drops (or pastes) a file made in the page onto the widget, as a person's drag from the desktop does. */
    static final String DROP = """
            ([how, name, type, text, bytes, size]) => {
              const root = document.querySelector('switchboard-widget').shadowRoot;
              const data = new DataTransfer();
              const content = bytes ? new Uint8Array(bytes) : size ? new Uint8Array(size) : text;
              data.items.add(new File([content], name, { type }));
              if (how === 'paste') {
                root.querySelector('[data-sb=input]').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
                return;
              }
              const win = root.querySelector('[data-sb=window]');
              for (const event of ['dragenter', 'dragover', 'drop']) {
                win.dispatchEvent(new DragEvent(event, { dataTransfer: data, bubbles: true, cancelable: true }));
              }
            }""";

    @Test
    void picturesGoBothWaysAsThumbnails() throws IOException {
        try (Desk desk = desk()) {
            visit("/");
            startChat("王女士");
            desk.assigned();

            sb("file").setInputFiles(new FilePayload("户型图.png", "image/png", png(800, 600)));
            assertThat(sb("staged")).containsText("户型图.png");
            sb("input").fill("我家的户型，<b>80</b> 平米");
            sb("send").click();
            assertThat(sb("staged")).isHidden();
            Locator mine = sb("message").last();
            assertThat(mine).hasAttribute("data-state", "sent");
            assertThat(mine.locator(".cap")).hasText("我家的户型，<b>80</b> 平米");
            assertThat(mine.locator("[data-sb=progress]")).hasCount(0);

            JsonNode received = desk.next(ChatMessages.MESSAGE, p -> p.has("attachment"));
            Assertions.assertThat(received.path("body").asText()).isEqualTo("我家的户型，<b>80</b> 平米");
            JsonNode attachment = received.path("attachment");
            Assertions.assertThat(attachment.path("fileName").asText()).isEqualTo("户型图.png");
            Assertions.assertThat(attachment.path("mediaType").asText()).isEqualTo("image/png");
            Assertions.assertThat(attachment.path("thumbnail").asBoolean()).isTrue();
            // the workstation's side: the thumbnail it shows
            Request thumbnail = new Request.Builder().url(api.baseUrl() + "/api/v1/attachments/" + attachment.path("id").asText() + "?thumbnail=true")
                    .header("Authorization", "Bearer " + desk.token).build();
            try (Response response = ApiClient.http().newCall(thumbnail).execute()) {
                Assertions.assertThat(response.code()).isEqualTo(200);
                BufferedImage small = ImageIO.read(response.body().byteStream());
                Assertions.assertThat(small.getWidth()).isEqualTo(240);
                Assertions.assertThat(small.getHeight()).isEqualTo(180);
            }

            desk.sendFile("a7-size.png", png(600, 600), "A7 的尺寸");
            Locator reply = sb("message").last();
            assertThat(reply).hasAttribute("data-from", "agent");
            assertThat(reply.locator(".cap")).hasText("A7 的尺寸");
            loaded(reply.locator("[data-sb=thumbnail]"), 240);
            loaded(mine.locator("[data-sb=thumbnail]"), 0);
            Assertions.assertThat(reply.locator("[data-sb=thumbnail]").getAttribute("src")).startsWith("blob:");
            Assertions.assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
            snap("pictures-zh");

            // after a reload both come from the server
            page.reload();
            loaded(sb("message").first().locator("[data-sb=thumbnail]"), 240);
            loaded(sb("message").last().locator("[data-sb=thumbnail]"), 240);
        }
    }

    @Test
    void onAPhoneARenamedExecutableIsRefusedReadablyAndTheCaptionStays() throws IOException {
        usePhone();
        try (Desk desk = desk()) {
            visit("/");
            startChat("王女士");
            desk.assigned();

            byte[] executable = ("MZ" + "\0".repeat(300)).getBytes(StandardCharsets.ISO_8859_1);
            sb("file").setInputFiles(new FilePayload("发票.pdf", "application/pdf", executable));
            sb("input").fill("这是发票");
            sb("send").click();
            assertThat(sb("upload-error")).hasText("无法发送“发票.pdf”：只能发送图片、PDF 和文本文件，不能发送程序或脚本");
            assertThat(sb("input")).hasValue("这是发票");
            assertThat(sb("message")).hasCount(0);

            // too large: refused here, before it travels
            page.evaluate(DROP, new Object[] {"drop", "视频.png", "image/png", null, null, 10 * 1024 * 1024 + 1});
            assertThat(sb("upload-error").last()).hasText("“视频.png”太大了，文件不能超过 10 MB，图片不能超过 2 亿像素");
            assertThat(sb("staged")).isHidden();
            snap("refused-zh");

            // a text file dropped on the chat goes with the kept caption, as a download link
            page.evaluate(DROP, new Object[] {"drop", "订单.txt", "text/plain", "订单号 1042", null, 0});
            assertThat(sb("staged")).containsText("订单.txt");
            snap("phone-staged-zh");
            sb("send").click();
            Locator sent = sb("message").last();
            assertThat(sent).hasAttribute("data-state", "sent");
            assertThat(sent.locator("[data-sb=file-link]")).containsText("订单.txt");
            assertThat(sent.locator(".cap")).hasText("这是发票");
            Assertions.assertThat(desk.next(ChatMessages.MESSAGE, p -> p.has("attachment")).path("attachment").path("fileName").asText())
                    .isEqualTo("订单.txt");

            // a pasted picture is staged like a chosen one
            page.evaluate(DROP, new Object[] {"paste", "image.png", "image/png", null, toInts(png(40, 30)), 0});
            assertThat(sb("staged")).containsText("image.png");
            sb("send").click();
            loaded(sb("message").last().locator("[data-sb=thumbnail]"), 0);
            desk.next(ChatMessages.MESSAGE, p -> p.path("attachment").path("fileName").asText().equals("image.png"));
            snap("phone-files-zh");

            JsonNode stored = api.get("/api/v1/conversations/" + desk.conversation + "/messages", alice).json().path("messages");
            Assertions.assertThat(StreamSupport.stream(stored.spliterator(), false).map(m -> m.path("attachment").path("fileName").asText()))
                    .as("the executable was never stored").containsExactly("", "订单.txt", "image.png");
        }
    }

    @Test
    void aDamagedPictureAScriptAndAFullChatAreRefusedReadablyInBothLanguagesAndTheCaptionStays() {
        for (String lang : new String[] {"zh-CN", "en"}) {
            try (Desk desk = desk()) {
                visit(lang.equals("en") ? "/?lang=en" : "/");
                startChat(lang.equals("en") ? "Ms Wang" : "王女士");
                desk.assigned();
                boolean en = lang.equals("en");

                byte[] damaged = new byte[600];
                System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, damaged, 0, 8);
                send(new FilePayload("照片.png", "image/png", damaged), en ? "my photo" : "我的照片");
                assertThat(sb("upload-error").last()).hasText(en ? "“照片.png” cannot be sent: the file is empty or damaged"
                        : "无法发送“照片.png”：文件是空的或已损坏");
                assertThat(sb("input")).hasValue(en ? "my photo" : "我的照片");

                sb("input").fill("");
                send(new FilePayload("fix.bat", "text/plain", "@echo off".getBytes(StandardCharsets.UTF_8)), en ? "run this" : "运行这个");
                assertThat(sb("upload-error").last()).hasText(en ? "“fix.bat” cannot be sent: pictures, PDF and text files can, programs and scripts cannot"
                        : "无法发送“fix.bat”：只能发送图片、PDF 和文本文件，不能发送程序或脚本");
                assertThat(sb("input")).hasValue(en ? "run this" : "运行这个");

                // the agent fills the chat's quota (50 files by default); the visitor's next file is refused with 429
                for (int i = 0; i < 50; i++) {
                    upload(desk, "a" + i + ".txt");
                }
                sb("input").fill("");
                send(new FilePayload("订单.txt", "text/plain", "订单号 1042".getBytes(StandardCharsets.UTF_8)), en ? "my order" : "我的订单");
                assertThat(sb("upload-error").last()).hasText(en ? "“订单.txt” was not sent: no more files can be sent for now. Please try again later."
                        : "“订单.txt”未能发送：可发送的文件数量或大小已达上限，请稍后再试");
                assertThat(sb("input")).hasValue(en ? "my order" : "我的订单");
                assertThat(sb("message").locator("[data-sb=file-link]")).hasCount(0);
                snap("quota-" + lang);
                desk.end();
            }
            // the next language is another visitor, with a browser of their own
            context.close();
            context = chromium.newContext();
            page = watch(context.newPage());
        }
        Assertions.assertThat(pageErrors).isEmpty();
    }

    private void send(FilePayload file, String caption) {
        sb("file").setInputFiles(file);
        sb("input").fill(caption);
        sb("send").click();
    }

    /** A file the agent uploads over REST to the desk's chat, not sent in a message: it counts towards the chat's quota all the same. */
    private void upload(Desk desk, String name) {
        Request request = new Request.Builder().url(api.baseUrl() + "/api/v1/conversations/" + desk.conversation + "/attachments?name=" + name)
                .header("Authorization", "Bearer " + desk.token)
                .post(RequestBody.create("x".getBytes(StandardCharsets.UTF_8), MediaType.get("application/octet-stream"))).build();
        try (Response response = ApiClient.http().newCall(request).execute()) {
            Assertions.assertThat(response.code()).isEqualTo(201);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits until the thumbnail has loaded from its object URL ({@code width} 0: any width). */
    private void loaded(Locator image, int width) {
        page.waitForCondition(() -> Boolean.TRUE.equals(image.evaluate(
                "(img, width) => img.complete && img.naturalWidth > 0 && (width === 0 || img.naturalWidth === width)", width)));
    }

    /** Bytes as Playwright passes them to the page: a list of numbers. */
    private static List<Integer> toInts(byte[] bytes) {
        List<Integer> ints = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            ints.add(b & 0xff);
        }
        return ints;
    }
}
