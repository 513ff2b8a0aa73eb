package org.sitrep.nlp;

/**
 * How the CoreNLP pipeline is set up.
 *
 * @param depth            which sentences get the costly annotators (NER and the dependency parse)
 * @param nerModel         classpath of the CRF NER model
 * @param maxParsedTokens  sentences longer than this many tokens are not parsed (the parser's cost grows
 *                         with length and such "sentences" are usually lists or broken markup)
 * @param parser           how the dependency parser scores transitions
 */
public record NlpConfig(Depth depth, String nerModel, int maxParsedTokens, Parser parser) {
    /** The CoNLL four-class model: PERSON, LOCATION, ORGANIZATION, MISC (demonyms land in MISC). */
    public static final String DEFAULT_NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    /** Default cap on parsed sentence length, in tokens. */
    public static final int DEFAULT_MAX_PARSED_TOKENS = 120;
    /** Deep annotation of candidate sentences only, four-class NER, 120-token cap. */
    public static final NlpConfig DEFAULT = new NlpConfig(Depth.CANDIDATE_SENTENCES, DEFAULT_NER_MODEL,
            DEFAULT_MAX_PARSED_TOKENS, Parser.FAST_SCORING);

    /** How CoreNLP's neural dependency parser (the same model either way) is run. */
    public enum Parser {
        /** CoreNLP's own {@code DependencyParser.predict}. */
        CORENLP,
        /**
         * The same transition loop and model with a vectorised scoring step ({@code FastParser}): about twice
         * as fast, the same parses (checked against {@link #CORENLP} by a test).
         */
        FAST_SCORING
    }

    /** Which sentences get NER and the dependency parse. */
    public enum Depth {
        /** Only sentences the caller's selector accepts (those that can carry an event). */
        CANDIDATE_SENTENCES,
        /** Every sentence, as the plain CoreNLP pipeline would (for benchmarks and comparisons). */
        ALL_SENTENCES
    }
}
