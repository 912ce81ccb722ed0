package dev.switchboard.app.platform;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Makes JavaFX find the natives of this machine in the runnable jar, which carries those of every
 * supported desktop. JavaFX 21 looks for a native as a resource at the jar's root by its file
 * name alone ({@code /libglass.dylib}), and macOS on Intel and on Apple silicon use the same
 * names; so the natives of macOS and Linux sit in {@code natives/<os>-<arch>/} instead, and this
 * copies the running platform's ones to the user's data folder and puts that folder on
 * {@code java.library.path}, which JavaFX's loader searches next (it reads the property when it
 * loads, not at JVM start). Windows natives stay at the root, where JavaFX itself installs them
 * together with the Microsoft runtime DLLs they need beside them. Run before anything touches
 * JavaFX.
 */
public final class JavaFxNatives {

    /** The jar folder holding the natives of macOS and Linux, one subfolder per platform. */
    public static final String FOLDER = "natives/";

    private JavaFxNatives() {
    }

    /** Installs this platform's natives when running from the runnable jar; else JavaFX's own jars serve. */
    public static void install(Map<String, String> env, Properties systemProperties) {
        Optional<String> platform = platform(systemProperties.getProperty("os.name", ""), systemProperties.getProperty("os.arch", ""));
        Optional<Path> jar = runningJar();
        if (platform.isEmpty() || jar.isEmpty()) {
            return;
        }
        Path target = AppPaths.dataHome(env, systemProperties).resolve("natives");
        try {
            Optional<Path> installed = extract(jar.get(), platform.get(), target);
            installed.ifPresent(folder -> {
                String path = systemProperties.getProperty("java.library.path", "");
                systemProperties.setProperty("java.library.path",
                        path.isEmpty() ? folder.toString() : folder + File.pathSeparator + path);
            });
        } catch (IOException e) {
            // JavaFX then reports which native it cannot find, which says more than this would.
            System.err.println("Could not unpack the JavaFX natives to " + target + ": " + e);
        }
    }

    /**
     * The folder of {@code natives/} for a system, or empty where the natives stay at the jar's
     * root (Windows) or none are shipped.
     */
    static Optional<String> platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
        if (os.startsWith("mac") && (x64 || arm64)) {
            return Optional.of(x64 ? "mac-x64" : "mac-aarch64");
        }
        if (os.startsWith("linux") && x64) {
            return Optional.of("linux-x64");
        }
        return Optional.empty();
    }

    /**
     * Copies {@code natives/<platform>/*} of {@code jar} into a folder of {@code target} named by
     * the jar's natives, so different versions never mix, and answers that folder; empty when the
     * jar has none for the platform. A file already there with the right size is kept: it is
     * moved into place only when complete, and may be in use by another workstation.
     */
    static Optional<Path> extract(Path jar, String platform, Path target) throws IOException {
        String prefix = FOLDER + platform + "/";
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> natives = new ArrayList<>();
            long fingerprint = 17;
            for (JarEntry entry : file.stream().toList()) {
                if (entry.getName().startsWith(prefix) && !entry.isDirectory() && entry.getName().indexOf('/', prefix.length()) < 0) {
                    natives.add(entry);
                    fingerprint = 31 * fingerprint + entry.getCrc();
                }
            }
            if (natives.isEmpty()) {
                return Optional.empty();
            }
            Path folder = target.resolve(platform + "-" + Long.toHexString(fingerprint));
            Files.createDirectories(folder);
            for (JarEntry entry : natives) {
                Path destination = folder.resolve(entry.getName().substring(prefix.length()));
                if (Files.isRegularFile(destination) && Files.size(destination) == entry.getSize()) {
                    continue;
                }
                Path partial = Files.createTempFile(folder, destination.getFileName().toString(), ".part");
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(partial, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return Optional.of(folder);
        }
    }

    private static Optional<Path> runningJar() {
        try {
            CodeSource source = JavaFxNatives.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
