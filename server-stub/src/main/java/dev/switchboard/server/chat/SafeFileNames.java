package dev.switchboard.server.chat;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.problem.ProblemType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of chat files, which people see and their computers save and open by extension. A name a
 * computer would run (a program, a script, a web page) is refused whatever the file holds; every
 * other name is made to end in an extension that fits what the file really is, so a text file
 * named {@code invoice} is saved as {@code invoice.txt} and opens in an editor, never elsewhere.
 */
public final class SafeFileNames {

    /**
     * Extensions that Windows, macOS, Linux, Android or a browser run or render as active content
     * when opened: refused even when the file holds harmless text.
     */
    private static final Set<String> DANGEROUS = Set.of(
            // Windows programs, installers, libraries and shortcuts
            "exe", "com", "scr", "pif", "cpl", "msi", "msp", "mst", "msc", "msix", "msixbundle", "appx", "appxbundle", "dll", "sys", "drv", "ocx",
            "lnk", "url", "scf", "reg", "inf", "ins", "isp", "application", "appref-ms", "gadget", "diagcab", "settingcontent-ms", "library-ms",
            "search-ms", "chm", "hlp", "iso", "img", "vhd", "vhdx",
            // Windows scripts
            "bat", "cmd", "ps1", "psm1", "psd1", "ps1xml", "psc1", "vbs", "vbe", "vb", "js", "jse", "wsf", "wsh", "wsc", "sct", "hta",
            // web pages and documents that run script when opened
            "html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml", "svg", "svgz", "xml", "xsl", "xslt", "mjs", "cjs",
            // Java, Android, Apple and Linux packages and scripts
            "jar", "jnlp", "class", "apk", "xapk", "aab", "ipa", "app", "dmg", "pkg", "command", "tool", "terminal", "scpt", "applescript",
            "workflow", "action", "sh", "bash", "zsh", "csh", "ksh", "fish", "run", "bin", "appimage", "deb", "rpm", "desktop",
            "py", "pyw", "pyc", "pl", "rb", "php", "phtml", "asp", "aspx", "jsp", "cgi");

    /** What each accepted kind of content may be called; the first extension is added when the name has none of them. */
    private static final Map<String, String[]> EXTENSIONS = Map.of(
            "image/png", new String[] {"png", "jpg", "jpeg", "jpe", "jfif", "gif", "webp"},
            "image/jpeg", new String[] {"jpg", "jpeg", "jpe", "jfif", "png", "gif", "webp"},
            "image/gif", new String[] {"gif", "png", "jpg", "jpeg", "webp"},
            "image/webp", new String[] {"webp", "png", "jpg", "jpeg", "gif"},
            "application/pdf", new String[] {"pdf"},
            // .csv is not here: a spreadsheet runs formulas a stranger wrote in it
            ContentSniffer.TEXT, new String[] {"txt", "text", "log", "md", "json"});

    /** Text that a browser or an editor's preview could take for a page keeps nothing but {@code .txt}. */
    private static final String[] MARKUP_TEXT = {"txt"};

    private static final int MAX_LENGTH = 200;

    private SafeFileNames() {
    }

    /** The name as sent, without path, control or invisible characters and what Windows cannot save; "file" when nothing is left. */
    public static String clean(String requested) {
        String name = requested == null ? "" : requested.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                // control characters, and format characters such as the right-to-left override that shows "exe.jpg" for "gpj.exe"
                .replaceAll("[\\p{Cntrl}\\p{Cf}]", "")
                .replaceAll("[<>:\"|?*]", "_")
                .strip();
        // Windows drops trailing dots and spaces when it saves ("run.bat." is run.bat); leading dots hide a file
        name = name.replaceAll("[. ]+$", "").replaceAll("^[. ]+", "");
        return name.isEmpty() ? "file" : name;
    }

    /** Refuses (415) a name a computer would run or render, before its bytes are read. */
    public static void refuseDangerous(String cleanName) {
        String extension = extension(cleanName);
        if (DANGEROUS.contains(extension)) {
            throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "for safety, programs, scripts and web pages (." + extension + ") cannot be sent; pictures, PDF and text files can");
        }
    }

    /** {@code cleanName} ending in an extension that fits {@code mediaType}, at most 200 characters. */
    public static String fitted(String cleanName, String mediaType, boolean markup) {
        String[] allowed = markup && mediaType.equals(ContentSniffer.TEXT) ? MARKUP_TEXT : EXTENSIONS.get(mediaType);
        if (allowed == null) {
            throw new IllegalArgumentException("no names for " + mediaType);
        }
        String extension = extension(cleanName);
        boolean fits = false;
        for (String candidate : allowed) {
            fits |= candidate.equals(extension);
        }
        String suffix = fits ? "" : "." + allowed[0];
        String name = cleanName;
        if (name.length() + suffix.length() > MAX_LENGTH) {
            // shorten the middle, keep what the name ends with
            int dot = fits ? name.lastIndexOf('.') : name.length();
            String ending = name.substring(dot);
            name = name.substring(0, MAX_LENGTH - suffix.length() - ending.length()) + ending;
        }
        return name + suffix;
    }

    /** A download's header: always saved, never shown in the page, with an ASCII name for old browsers and the real one. */
    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\%;]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }
}
