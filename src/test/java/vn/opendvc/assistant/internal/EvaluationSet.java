package vn.opendvc.assistant.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The committed evaluation set: {@code src/test/resources/assistant/questions.tsv}. */
record EvaluationSet(List<Question> questions) {

    /** A question and the procedures (codes, or names of procedures without a code) any of which is right. */
    record Question(String text, List<String> expected) {

        boolean unanswerable() {
            return expected.isEmpty();
        }

        boolean isRight(vn.opendvc.catalog.Procedure p) {
            return expected.contains(p.code()) || expected.contains(p.name());
        }
    }

    static EvaluationSet load() {
        return load("assistant/questions.tsv");
    }

    static EvaluationSet load(String resource) {
        try (InputStream in = EvaluationSet.class.getClassLoader().getResourceAsStream(resource)) {
            List<Question> questions = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                String expected = columns[1].strip();
                questions.add(new Question(columns[0].strip(), expected.equals("?") ? List.of()
                        : Arrays.stream(expected.split(" \\| ")).map(String::strip).toList()));
            }
            return new EvaluationSet(questions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
