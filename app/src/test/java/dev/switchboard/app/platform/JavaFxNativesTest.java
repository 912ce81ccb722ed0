package dev.switchboard.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaFxNativesTest {

    @TempDir
    Path dir;

    @Test
    void eachMacOrLinuxMachineGetsTheFolderOfItsProcessorAndWindowsUsesTheRoot() {
        assertThat(JavaFxNatives.platform("Mac OS X", "aarch64")).contains("mac-aarch64");
        assertThat(JavaFxNatives.platform("Mac OS X", "x86_64")).contains("mac-x64");
        assertThat(JavaFxNatives.platform("Linux", "amd64")).contains("linux-x64");
        assertThat(JavaFxNatives.platform("Windows 11", "amd64")).isEmpty();
        assertThat(JavaFxNatives.platform("Linux", "aarch64")).as("not shipped").isEmpty();
    }

    @Test
    void unpacksOnlyThisPlatformsNativesIntoAFolderNamedByTheirContent() throws IOException {
        Path jar = jar(Map.of("natives/mac-aarch64/libglass.dylib", "arm", "natives/mac-x64/libglass.dylib", "intel",
                "glass.dll", "windows"));

        Optional<Path> folder = JavaFxNatives.extract(jar, "mac-aarch64", dir.resolve("natives"));

        assertThat(folder).isPresent();
        try (var files = Files.list(folder.get())) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("libglass.dylib");
        }
        assertThat(folder.get().resolve("libglass.dylib")).hasContent("arm");
        Path newer = jar(Map.of("natives/mac-aarch64/libglass.dylib", "arm, next version"));
        assertThat(JavaFxNatives.extract(newer, "mac-aarch64", dir.resolve("natives"))).isPresent().get().isNotEqualTo(folder.get());
        assertThat(JavaFxNatives.extract(jar, "linux-x64", dir.resolve("natives"))).isEmpty();
    }

    @Test
    void anInstalledFolderIsReusedAndIncompleteFilesAreReplaced() throws IOException {
        Path jar = jar(Map.of("natives/linux-x64/libglass.so", "elf", "natives/linux-x64/libprism_sw.so", "sw"));
        Path folder = JavaFxNatives.extract(jar, "linux-x64", dir).orElseThrow();
        Files.writeString(folder.resolve("libprism_sw.so"), "s");

        assertThat(JavaFxNatives.extract(jar, "linux-x64", dir)).contains(folder);
        assertThat(folder.resolve("libprism_sw.so")).hasContent("sw");
        assertThat(folder.resolve("libglass.so")).hasContent("elf");
    }

    private Path jar(Map<String, String> entries) throws IOException {
        Path jar = Files.createTempFile(dir, "app", ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }
}
