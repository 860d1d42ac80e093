package vn.opendvc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The translation channel without Spring MVC: a {@link Problem} made of {@link Message}s reads Vietnamese or English
 * from the real bundles whatever the JVM's locale, and every key the code names exists in both languages.
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    /** The examples in the Javadoc are not keys the code uses. */
    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern KEY_IN_CODE = Pattern.compile("Message\\.of\\(\\s*\"([^\"]+)\"\\s*[,)]");

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Locale jvmLocale;

    @BeforeEach
    void serverInEnglish() {
        jvmLocale = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(jvmLocale);
    }

    @Test
    void aProblemIsRenderedInTheAskedLanguage() throws IOException {
        ResourceBundleMessageSource messages = applicationBundles();
        Problem problem = Problems.badRequest(Message.of("problem.bad-parameter.detail", "x'y", "id"),
                Map.of("id", Message.of("problem.invalid-input.value", 12345)));

        ProblemDetail vietnamese = problem.updateAndGetBody(messages, VIETNAMESE);
        assertThat(vietnamese.getType()).hasToString("urn:opendvc:problem:bad-request");
        assertThat(vietnamese.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST.value());
        assertThat(vietnamese.getTitle()).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(vietnamese.getDetail()).isEqualTo("Giá trị 'x'y' của tham số 'id' không hợp lệ");
        assertThat(vietnamese.getProperties()).containsEntry("errors", Map.of("id", "Giá trị '12345' không hợp lệ"));

        ProblemDetail english = problem.updateAndGetBody(messages, Locale.ENGLISH);
        assertThat(english.getTitle()).isEqualTo("Invalid request");
        assertThat(english.getDetail()).isEqualTo("Invalid value 'x'y' for 'id'");
        assertThat(english.getProperties()).containsEntry("errors", Map.of("id", "Invalid value '12345'"));
    }

    @Test
    void aMessageArgumentIsTranslatedToo() throws IOException {
        ResourceBundleMessageSource messages = applicationBundles();
        Problem problem = Problems.notFound(Message.of("catalog.problem.procedure"), 7);

        assertThat(problem.updateAndGetBody(messages, VIETNAMESE).getDetail()).isEqualTo("Không tìm thấy thủ tục '7'");
        assertThat(problem.updateAndGetBody(messages, Locale.ENGLISH).getDetail())
                .isEqualTo("Not found: procedure '7'");
        assertThat(problem.getMessage()).contains("problem.not-found.detail");
    }

    @Test
    void aMissingKeyShowsAsItselfRatherThanFailing() throws IOException {
        assertThat(Translations.text(applicationBundles(), Message.of("no.such.key"), Locale.ENGLISH))
                .isEqualTo("no.such.key");
    }

    @Test
    void everyVietnameseKeyHasItsEnglishAndNoBundleCopiesTheDefault() throws IOException {
        for (String module : modules()) {
            Properties vietnamese = load(BUNDLES.resolve(module + ".properties"));
            Properties english = load(BUNDLES.resolve(module + "_en.properties"));
            assertThat(english.stringPropertyNames()).as(module + "_en.properties")
                    .containsAll(vietnamese.stringPropertyNames());
            assertThat(BUNDLES.resolve(module + "_vi.properties")).as("the default bundle is Vietnamese already")
                    .doesNotExist();
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInBothLanguages() throws IOException {
        Set<String> vietnamese = new TreeSet<>();
        Set<String> english = new TreeSet<>();
        for (String module : modules()) {
            vietnamese.addAll(load(BUNDLES.resolve(module + ".properties")).stringPropertyNames());
            english.addAll(load(BUNDLES.resolve(module + "_en.properties")).stringPropertyNames());
        }
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher key = KEY_IN_CODE.matcher(JAVADOC.matcher(Files.readString(source)).replaceAll(""));
                while (key.find()) {
                    named.add(key.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(vietnamese).as("keys in the Vietnamese bundles").containsAll(named);
        assertThat(english).as("keys in the English bundles").containsAll(named);
    }

    /** As the application configures it: the basenames of application.yml, no fallback to the JVM's locale. */
    static ResourceBundleMessageSource applicationBundles() throws IOException {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(modules().stream().map(module -> "i18n/" + module).toArray(String[]::new));
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static List<String> modules() throws IOException {
        List<String> modules = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .sorted()
                    .forEach(modules::add);
        }
        return modules;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
