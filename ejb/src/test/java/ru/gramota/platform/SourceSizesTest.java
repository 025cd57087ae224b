package ru.gramota.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sizes we keep (docs/layout.md): no main source file over 400 lines, no method or constructor
 * over 60, in every module. Read from the sources, from {@code ejb/} where the tests run.
 */
class SourceSizesTest {

    private static final int FILE_LINES = 400;
    private static final int METHOD_LINES = 60;
    private static final List<String> MODULES = List.of("ejb", "batch", "jms", "web", "health");

    @BeforeAll
    static void readJava17() {
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
    }

    @Test
    void noSourceFileIsOverFourHundredLines() throws IOException {
        List<String> over = new ArrayList<>();
        for (Path file : sources()) {
            long lines = Files.readAllLines(file).size();
            if (lines > FILE_LINES) {
                over.add(file + ": " + lines + " lines");
            }
        }
        assertEquals(List.of(), over);
    }

    @Test
    void noMethodIsOverSixtyLines() throws IOException {
        List<String> over = new ArrayList<>();
        for (Path file : sources()) {
            CompilationUnit unit = StaticJavaParser.parse(file);
            for (CallableDeclaration<?> callable : unit.findAll(CallableDeclaration.class)) {
                int lines = callable.getEnd().orElseThrow().line
                        - callable.getBegin().orElseThrow().line
                        + 1;
                if (lines > METHOD_LINES) {
                    over.add(file + ": " + callable.getNameAsString() + " has " + lines + " lines");
                }
            }
        }
        assertEquals(List.of(), over);
    }

    private static List<Path> sources() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String module : MODULES) {
            Path root = Path.of("..", module, "src", "main", "java");
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(all::add);
                }
            }
        }
        assertFalse(all.isEmpty(), "no sources found from " + Path.of("").toAbsolutePath());
        return all;
    }
}
