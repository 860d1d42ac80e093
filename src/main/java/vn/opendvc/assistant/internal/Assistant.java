package vn.opendvc.assistant.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.PublicUrl;

/**
 * Answers a citizen's question: finds the procedure (or continues with the one the conversation is about), answers
 * what is asked from its catalog record, asks which one when several fit equally, says it does not know when unsure.
 */
@Component
public class Assistant {

    /** The longest question accepted. */
    public static final int MAX_QUESTION = 500;
    /** A second procedure at least this close to the best makes the assistant ask which one is meant. */
    private static final double CLOSE = 0.85;

    private final CatalogCopy copy;
    private final ProcedureCatalog catalog;
    private final Conversations conversations;
    private final Answers answers;
    private final Dossiers dossiers;
    private final PublicUrl publicUrl;
    private final AssistantProperties properties;

    Assistant(CatalogCopy copy, ProcedureCatalog catalog, Conversations conversations, Answers answers,
            Dossiers dossiers, PublicUrl publicUrl, AssistantProperties properties) {
        this.copy = copy;
        this.catalog = catalog;
        this.conversations = conversations;
        this.answers = answers;
        this.dossiers = dossiers;
        this.publicUrl = publicUrl;
        this.properties = properties;
    }

    public Reply ask(String question, String conversationId, Optional<CurrentUser> user, String agency,
            Locale locale) {
        Understanding.Understood understood = copy.understanding().understand(question);
        ReadQuestion read = understood.question();
        Optional<Conversations.State> state = conversations.find(conversationId);
        String hotline = properties.hotlineOf(agency);
        String searchUrl = publicUrl.base() + "/procedures?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8);
        Intent intent = mainIntent(read);

        if (intent == Intent.STATUS) {
            String answer = user.map(u -> answers.status(dossiers.mine(u), publicUrl.base() + "/me/dossiers", locale))
                    .orElseGet(() -> answers.signInForStatus(publicUrl.base() + "/lookup", locale));
            String id = conversations.save(conversationId, state.map(Conversations.State::procedureId).orElse(null),
                    List.of());
            return new Reply(id, answer, List.of(), intent, List.of(), null, true, searchUrl, hotline, null);
        }

        // an answer to the clarifying question: its number, or words that pick one of the options
        Optional<Procedure> chosen = state.flatMap(s -> choice(question, s, understood));
        if (chosen.isEmpty() && !understood.knows() && !read.intents().isEmpty()) {
            // "còn lệ phí thì sao?": the procedure the conversation is about
            chosen = state.map(Conversations.State::procedureId).flatMap(catalog::find);
        }
        if (chosen.isPresent()) {
            Procedure p = chosen.get();
            return answer(p, List.of(new Reply.Found(p.id(), p.code(), p.name(), 1.0, url(p))), intent, null,
                    conversationId, searchUrl, hotline, locale);
        }
        if (!understood.knows()) {
            String id = conversations.save(conversationId, null, List.of());
            return new Reply(id, answers.dontKnow(searchUrl, hotline, locale), List.of(), intent, List.of(), null,
                    false, searchUrl, hotline, null);
        }
        List<AssistantIndex.Match> matches = understood.matches();
        List<Reply.Found> found = matches.stream().map(m -> new Reply.Found(m.procedure().id(), m.procedure().code(),
                m.procedure().name(), Math.round(m.score() * 100) / 100.0, url(m.procedure()))).toList();
        double best = matches.getFirst().score();
        List<AssistantIndex.Match> close = matches.stream().filter(m -> m.score() >= CLOSE * best).limit(4).toList();
        Reply.Clarify clarify = null;
        if (close.size() > 1) {
            List<Reply.Option> options = new ArrayList<>();
            for (int i = 0; i < close.size(); i++) {
                options.add(new Reply.Option(i + 1, close.get(i).procedure().id(), close.get(i).procedure().name()));
            }
            clarify = new Reply.Clarify(answers.clarify(locale), options);
        }
        return answer(matches.getFirst().procedure(), found, intent, clarify, conversationId, searchUrl, hotline,
                locale);
    }

    private Reply answer(Procedure best, List<Reply.Found> found, Intent intent, Reply.Clarify clarify,
            String conversationId, String searchUrl, String hotline, Locale locale) {
        String url = url(best);
        String text = answers.about(best, intent, url, hotline, locale);
        List<Long> options = clarify == null ? List.of() : clarify.options().stream().map(Reply.Option::id).toList();
        String id = conversations.save(conversationId, best.id(), options);
        String draft = intent == Intent.SUBMIT && best.configured()
                ? publicUrl.base() + "/me/dossiers/new?procedure=" + best.id() : null;
        return new Reply(id, text, found, intent, List.of(new Reply.Source(best.name(), url)), clarify, true,
                searchUrl, hotline, draft);
    }

    private Optional<Procedure> choice(String question, Conversations.State state, Understanding.Understood read) {
        if (state.options().isEmpty()) {
            return Optional.empty();
        }
        String trimmed = question.strip();
        if (trimmed.matches("\\d{1,2}")) {
            int n = Integer.parseInt(trimmed);
            return n >= 1 && n <= state.options().size() ? catalog.find(state.options().get(n - 1)) : Optional.empty();
        }
        // the words given pick the first of the options that the search ranks
        return read.matches().stream().map(m -> m.procedure().id()).filter(state.options()::contains).findFirst()
                .filter(id -> read.question().intents().isEmpty()).flatMap(catalog::find);
    }

    /** The intent answered first: what is asked about a procedure, else which procedure. */
    private static Intent mainIntent(ReadQuestion read) {
        for (Intent intent : List.of(Intent.STATUS, Intent.SUBMIT, Intent.FEE, Intent.DOCUMENTS, Intent.TIME,
                Intent.PAYMENT, Intent.WHERE)) {
            if (read.intents().contains(intent)) {
                return intent;
            }
        }
        return Intent.PROCEDURE;
    }

    private String url(Procedure p) {
        return publicUrl.base() + "/procedures/" + p.id();
    }
}
