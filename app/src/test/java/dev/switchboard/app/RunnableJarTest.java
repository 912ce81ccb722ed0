package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.platform.JavaFxNatives;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar {@code target/switchboard-app.jar} runs on every desktop we support: it carries
 * JavaFX's natives and platform classes for Windows x64, macOS Intel, macOS Apple silicon and Linux
 * x64, each built for its processor (read from the binaries' headers, not their names), where
 * {@link JavaFxNatives} and JavaFX look for them. Runs after packaging (the verify phase).
 */
class RunnableJarTest {

    private static final int PE_MACHINE_AMD64 = 0x8664;
    private static final int ELF_MACHINE_X86_64 = 0x3E;
    private static final int MACH_O_64_MAGIC = 0xFEEDFACF;
    private static final int MACH_O_CPU_X86_64 = 0x01000007;
    private static final int MACH_O_CPU_ARM64 = 0x0100000C;

    private static ZipFile jar;

    @BeforeAll
    static void openJar() throws IOException {
        Path path = Path.of("target", "switchboard-app.jar");
        assertThat(path).as("built by the package phase").exists();
        jar = new ZipFile(path.toFile());
    }

    @AfterAll
    static void closeJar() throws IOException {
        jar.close();
    }

    @Test
    void windowsX64NativesAtTheRootWhereJavaFxInstallsThemWithTheirRuntimeDlls() throws IOException {
        for (String name : List.of("glass.dll", "prism_d3d.dll", "prism_sw.dll", "javafx_font.dll", "javafx_iio.dll", "vcruntime140.dll")) {
            assertThat(peMachine(bytes(name))).as(name).isEqualTo(PE_MACHINE_AMD64);
        }
        assertClasses("com/sun/glass/ui/win/WinApplication.class", "com/sun/prism/d3d/D3DPipeline.class",
                "com/sun/javafx/font/directwrite/DWFactory.class");
    }

    @Test
    void macOsNativesForIntelAndAppleSiliconEachInTheirOwnFolder() throws IOException {
        List<String> natives = List.of("libglass.dylib", "libprism_es2.dylib", "libprism_sw.dylib", "libjavafx_font.dylib",
                "libjavafx_iio.dylib");
        for (String name : natives) {
            assertThat(machOCpu(bytes(JavaFxNatives.FOLDER + "mac-x64/" + name))).as("Intel " + name).isEqualTo(MACH_O_CPU_X86_64);
            assertThat(machOCpu(bytes(JavaFxNatives.FOLDER + "mac-aarch64/" + name))).as("Apple silicon " + name)
                    .isEqualTo(MACH_O_CPU_ARM64);
        }
        assertClasses("com/sun/glass/ui/mac/MacApplication.class", "com/sun/prism/es2/MacGLFactory.class",
                "com/sun/javafx/font/coretext/CTFactory.class");
    }

    @Test
    void linuxX64NativesInTheirFolder() throws IOException {
        for (String name : List.of("libglass.so", "libglassgtk3.so", "libprism_es2.so", "libprism_sw.so", "libjavafx_font.so",
                "libjavafx_font_freetype.so", "libjavafx_iio.so")) {
            assertThat(elfMachine(bytes(JavaFxNatives.FOLDER + "linux-x64/" + name))).as(name).isEqualTo(ELF_MACHINE_X86_64);
        }
        assertClasses("com/sun/glass/ui/gtk/GtkApplication.class", "com/sun/prism/es2/X11GLFactory.class",
                "com/sun/javafx/font/freetype/FTFactory.class");
    }

    @Test
    void noMacOsOrLinuxNativeAtTheRootWhereJavaFxWouldTakeItWhateverTheProcessor() {
        Set<String> atRoot = names(name -> !name.contains("/") && (name.endsWith(".dylib") || name.endsWith(".so")));

        assertThat(atRoot).isEmpty();
    }

    @Test
    void theWorkstationStartsFromIt() {
        assertThat(jar.getEntry("dev/switchboard/app/Launcher.class")).isNotNull();
        assertThat(jar.getEntry("dev/switchboard/app/platform/JavaFxNatives.class")).isNotNull();
        assertThat(jar.getEntry("javafx/application/Application.class")).isNotNull();
    }

    private static void assertClasses(String... names) {
        for (String name : names) {
            assertThat(jar.getEntry(name)).as(name).isNotNull();
        }
    }

    private static Set<String> names(Predicate<String> which) {
        return jar.stream().map(ZipEntry::getName).filter(which).collect(Collectors.toSet());
    }

    private static ByteBuffer bytes(String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        assertThat(entry).as(name + " in the jar").isNotNull();
        try (var in = jar.getInputStream(entry)) {
            return ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    /** The Machine field of a PE (Windows) image: after "MZ", the PE header's offset is at 0x3C. */
    private static int peMachine(ByteBuffer image) {
        assertThat(image.getShort(0)).as("MZ").isEqualTo((short) 0x5A4D);
        int pe = image.getInt(0x3C);
        assertThat(image.getInt(pe)).as("PE signature").isEqualTo(0x00004550);
        return Short.toUnsignedInt(image.getShort(pe + 4));
    }

    /** e_machine of a 64-bit little-endian ELF file. */
    private static int elfMachine(ByteBuffer image) {
        assertThat(image.getInt(0)).as("ELF magic").isEqualTo(0x464C457F);
        assertThat(image.get(4)).as("64-bit").isEqualTo((byte) 2);
        assertThat(image.get(5)).as("little-endian").isEqualTo((byte) 1);
        return Short.toUnsignedInt(image.getShort(0x12));
    }

    /** The CPU type of a thin 64-bit Mach-O file. */
    private static int machOCpu(ByteBuffer image) {
        assertThat(image.getInt(0)).as("64-bit Mach-O magic").isEqualTo(MACH_O_64_MAGIC);
        return image.getInt(4);
    }
}
