package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import org.sitrep.article.Article;
import org.sitrep.nlp.internal.FastParser;
import org.sitrep.nlp.internal.SentenceConverter;
import org.sitrep.nlp.internal.SentenceMender;
import org.sitrep.text.Sentence;
import org.sitrep.text.Token;

/**
 * Stanford CoreNLP, set up once per process and shared by all threads.
 *
 * <p>Every sentence is tokenised, tagged and lemmatised (cheap); only sentences that can carry an event
 * also get NER and the dependency parse, which cost about 90 % of CoreNLP's time. The neural dependency
 * parser is called directly for basic Universal Dependencies: the enhanced graphs that CoreNLP's depparse
 * annotator also builds cost a third of its time and are rebuilt cheaply in {@link SentenceConverter}
 * where Sitrep needs them (case-marked relations such as {@code obl:on}). Sentence breaks that
 * cleaning or the source left inside a sentence ("Abu Mahdi. al-Muhandis") are mended before the costly
 * annotators run.
 */
public final class NlpPipeline {
    private final NlpConfig config;
    private final StanfordCoreNLP shallow;
    private final StanfordCoreNLP ner;
    private final Function<CoreMap, GrammaticalStructure> parser;

    private NlpPipeline(NlpConfig config, StanfordCoreNLP shallow, StanfordCoreNLP ner,
                        Function<CoreMap, GrammaticalStructure> parser) {
        this.config = config;
        this.shallow = shallow;
        this.ner = ner;
        this.parser = parser;
    }

    /**
     * Loads the models (about 5 s and 500 MB of heap).
     *
     * @param config the set-up
     * @return the pipeline
     * @throws NlpException if a model cannot be loaded
     */
    public static NlpPipeline load(NlpConfig config) {
        Objects.requireNonNull(config, "config");
        try {
            return new NlpPipeline(config, new StanfordCoreNLP(shallowProperties()),
                    new StanfordCoreNLP(nerProperties(config)),
                    parser(config.parser()));
        } catch (RuntimeException e) {
            throw new NlpException("cannot load the CoreNLP models: is stanford-corenlp-models on the classpath? ("
                    + e.getMessage() + ")", e);
        }
    }

    /** @return the set-up this pipeline was loaded with */
    public NlpConfig config() {
        return config;
    }

    /**
     * Annotates one article.
     *
     * @param article   the cleaned article
     * @param candidate decides, from the shallow tokens of every sentence, which can carry an event and so
     *                  need NER and a parse; ignored when the config says {@link NlpConfig.Depth#ALL_SENTENCES}
     * @return the annotated article
     * @throws NlpException if CoreNLP fails on the text
     */
    public AnnotatedArticle annotate(Article article, DeepSelector candidate) {
        try {
            Annotation doc = new Annotation(article.text());
            shallow.annotate(doc);
            List<CoreMap> sentences = SentenceMender.mend(doc.get(CoreAnnotations.SentencesAnnotation.class));
            List<CoreMap> chosen = choose(sentences, candidate);
            if (!chosen.isEmpty()) {
                ner.annotate(subDocument(article.text(), chosen));
            }
            List<Sentence> out = new ArrayList<>(sentences.size());
            for (int i = 0; i < sentences.size(); i++) {
                CoreMap s = sentences.get(i);
                out.add(chosen.contains(s) ? SentenceConverter.convert(i, s, parser.apply(s))
                        : SentenceConverter.convert(i, s, null));
            }
            return new AnnotatedArticle(article, out);
        } catch (RuntimeException e) {
            throw new NlpException("CoreNLP failed on article '" + article.id() + "': " + e.getMessage(), e);
        }
    }

    /**
     * Annotates an article shallowly: tokens, parts of speech and lemmas of every sentence, without NER or a
     * parse. The layer every annotation starts from, for readers that need the words and sentences only.
     *
     * @param article the cleaned article
     * @return the article with every sentence shallow (NER {@code O}, no dependencies)
     * @throws NlpException if CoreNLP fails on the text
     */
    public AnnotatedArticle shallow(Article article) {
        try {
            Annotation doc = new Annotation(article.text());
            shallow.annotate(doc);
            List<CoreMap> sentences = SentenceMender.mend(doc.get(CoreAnnotations.SentencesAnnotation.class));
            List<Sentence> out = new ArrayList<>(sentences.size());
            for (int i = 0; i < sentences.size(); i++) {
                out.add(SentenceConverter.convertTagged(i, sentences.get(i), false));
            }
            return new AnnotatedArticle(article, out);
        } catch (RuntimeException e) {
            throw new NlpException("CoreNLP failed on article '" + article.id() + "': " + e.getMessage(), e);
        }
    }

    /**
     * Tags every sentence of an article with tokens, parts of speech, lemmas and named entities, without
     * parsing: what the geocoder needs, at a fraction of {@link #annotate}'s cost on long texts.
     *
     * @param article the cleaned article
     * @return the article with NER on every sentence of at most {@link NlpConfig#maxParsedTokens()} tokens
     *         and no dependencies
     * @throws NlpException if CoreNLP fails on the text
     */
    public AnnotatedArticle tagEntities(Article article) {
        try {
            Annotation doc = new Annotation(article.text());
            shallow.annotate(doc);
            List<CoreMap> sentences = SentenceMender.mend(doc.get(CoreAnnotations.SentencesAnnotation.class));
            List<CoreMap> chosen = new ArrayList<>();
            for (CoreMap s : sentences) {
                if (s.get(CoreAnnotations.TokensAnnotation.class).size() <= config.maxParsedTokens()) {
                    chosen.add(s);
                }
            }
            if (!chosen.isEmpty()) {
                ner.annotate(subDocument(article.text(), chosen));
            }
            List<Sentence> out = new ArrayList<>(sentences.size());
            for (int i = 0; i < sentences.size(); i++) {
                CoreMap s = sentences.get(i);
                out.add(SentenceConverter.convertTagged(i, s, chosen.contains(s)));
            }
            return new AnnotatedArticle(article, out);
        } catch (RuntimeException e) {
            throw new NlpException("CoreNLP failed on article '" + article.id() + "': " + e.getMessage(), e);
        }
    }

    private List<CoreMap> choose(List<CoreMap> sentences, DeepSelector candidate) {
        List<List<Token>> shallowTokens = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            shallowTokens.add(SentenceConverter.shallowTokens(s));
        }
        boolean[] wanted = config.depth() == NlpConfig.Depth.ALL_SENTENCES ? null : candidate.select(shallowTokens);
        List<CoreMap> chosen = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            int size = shallowTokens.get(i).size();
            if ((wanted == null || wanted[i]) && size <= config.maxParsedTokens()) {
                chosen.add(sentences.get(i));
            }
        }
        return chosen;
    }

    private static Function<CoreMap, GrammaticalStructure> parser(NlpConfig.Parser kind) {
        DependencyParser model = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
        return switch (kind) {
            case CORENLP -> model::predict;
            case FAST_SCORING -> new FastParser(model)::predict;
        };
    }

    private static Annotation subDocument(String text, List<CoreMap> sentences) {
        Annotation sub = new Annotation(text);
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : sentences) {
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return sub;
    }

    private static Properties shallowProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        // Two newlines end a sentence: keeps headlines and leftover markers out of the next sentence.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
        return p;
    }

    private static Properties nerProperties(NlpConfig config) {
        Properties p = new Properties();
        p.setProperty("annotators", "ner");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("ner.model", config.nerModel());
        // Dates come from Sitrep's own resolver; SUTime, the numeric and fine-grained classifiers are
        // most of CoreNLP's NER time and get the sample's dates wrong.
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }
}
