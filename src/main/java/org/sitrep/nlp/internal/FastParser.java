package org.sitrep.nlp.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * The greedy transition loop of CoreNLP's neural dependency parser with a faster scoring step.
 *
 * <p>CoreNLP scores every transition with one scalar double-by-float dot product per label, which
 * takes most of the parser's time. Here the output weights are transposed once into doubles so that the
 * scores of all transitions are accumulated together, a loop the JIT vectorises. The hidden layer is summed
 * in CoreNLP's own order from the same pre-computed vectors, so the parses are the same up to rounding in the
 * last bits of the scores. Hidden-layer slices for features outside the pre-computed set are cached in a
 * bounded concurrent map instead of CoreNLP's synchronised 5,000-entry cache. Thread-safe after
 * construction.
 */
public final class FastParser {
    /** Largest number of cached hidden-layer slices (about 1 KB each). */
    public static final int DEFAULT_MAX_CACHED = 50_000;

    private final DependencyParser parser;
    private final ArcStandard system;
    private final List<String> transitions;
    private final float[][] w1;
    private final float[][] embeddings;
    private final float[] b1;
    private final double[][] w2t;
    private final double[][] saved;
    private final Map<Integer, Integer> preMap;
    private final int hiddenSize;
    private final int embeddingSize;
    private final int numTokens;
    private final Method featureArray;
    private final Method relation;
    private final Method structure;
    private final Map<Integer, float[]> cache = new ConcurrentHashMap<>();
    private final AtomicReferenceArray<int[]> validByState = new AtomicReferenceArray<>(54);

    /**
     * @param parser a loaded CoreNLP parser using the arc-standard system
     * @throws IllegalStateException if the parser's internals cannot be reached
     */
    @SuppressWarnings("unchecked")
    public FastParser(DependencyParser parser) {
        this.parser = parser;
        try {
            Object sys = field(DependencyParser.class, "system").get(parser);
            if (!(sys instanceof ArcStandard arc)) {
                throw new IllegalStateException("the parser does not use the arc-standard system");
            }
            this.system = arc;
            this.transitions = List.copyOf((List<String>) field(ParsingSystem.class, "transitions").get(arc));
            Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
            Config config = (Config) field(DependencyParser.class, "config").get(parser);
            this.w1 = classifier.getW1();
            this.embeddings = classifier.getE();
            this.b1 = classifier.getb1();
            this.w2t = transpose(classifier.getW2());
            this.saved = (double[][]) field(Classifier.class, "saved").get(classifier);
            this.preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(classifier);
            this.hiddenSize = config.hiddenSize;
            this.embeddingSize = config.embeddingSize;
            this.numTokens = Config.numTokens;
            this.featureArray = method(DependencyParser.class, "getFeatureArray", Configuration.class);
            this.relation = method(DependencyParser.class, "makeGrammaticalRelation", String.class);
            this.structure = method(DependencyParser.class, "makeGrammaticalStructure", List.class,
                    TreeGraphNode.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot reach the internals of CoreNLP's dependency parser: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Parses one tagged sentence, as {@link DependencyParser#predict(CoreMap)} does.
     *
     * @param sentence a CoreNLP sentence with tokens and part-of-speech tags
     * @return its basic dependency structure
     */
    public GrammaticalStructure predict(CoreMap sentence) {
        Configuration c = system.initialConfiguration(sentence);
        double[] hidden = new double[hiddenSize];
        double[] scores = new double[transitions.size()];
        while (!system.isTerminal(c)) {
            int[] valid = valid(c);
            int best = valid[0];
            if (valid.length > 1) {
                score(features(c), hidden, scores);
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int j : valid) {
                    if (scores[j] > bestScore) {
                        bestScore = scores[j];
                        best = j;
                    }
                }
            }
            system.apply(c, transitions.get(best));
        }
        return structure(sentence, c);
    }

    /**
     * The transitions the system allows in this state, in transition order. Arc-standard decides from the
     * signs of the top two stack items, whether the stack holds fewer than, exactly or more than two items
     * and whether the buffer is empty, so the answers are remembered per combination; states that
     * allow a single transition and need no scoring at all.
     */
    private int[] valid(Configuration c) {
        int stack = c.getStackSize();
        int key = ((Integer.signum(c.getStack(0)) + 1) * 3 + Integer.signum(c.getStack(1)) + 1) * 6
                + (stack < 2 ? 0 : stack == 2 ? 1 : 2) * 2 + (c.getBufferSize() == 0 ? 1 : 0);
        int[] known = validByState.get(key);
        if (known == null) {
            known = IntStream.range(0, transitions.size())
                    .filter(j -> system.canApply(c, transitions.get(j))).toArray();
            validByState.set(key, known);
        }
        return known;
    }

    private void score(int[] features, double[] hidden, double[] scores) {
        java.util.Arrays.fill(hidden, 0);
        int offset = 0;
        for (int j = 0; j < features.length; j++) {
            int tok = features[j];
            int index = tok * numTokens + j;
            Integer pre = preMap.get(index);
            if (pre != null) {
                addInPlace(hidden, saved[pre]);
            } else {
                float[] slice = cache.get(index);
                if (slice == null) {
                    slice = slice(embeddings[tok], offset);
                    if (cache.size() < DEFAULT_MAX_CACHED) {
                        cache.put(index, slice);
                    }
                }
                for (int i = 0; i < hiddenSize; i++) {
                    hidden[i] += slice[i];
                }
            }
            offset += embeddingSize;
        }
        for (int i = 0; i < hiddenSize; i++) {
            double h = hidden[i] + b1[i];
            hidden[i] = h * h * h;
        }
        java.util.Arrays.fill(scores, 0);
        int i = 0;
        // Four hidden units per pass over the scores: a quarter of the loads and stores of the scores.
        for (; i + 3 < hiddenSize; i += 4) {
            double h0 = hidden[i];
            double h1 = hidden[i + 1];
            double h2 = hidden[i + 2];
            double h3 = hidden[i + 3];
            double[] r0 = w2t[i];
            double[] r1 = w2t[i + 1];
            double[] r2 = w2t[i + 2];
            double[] r3 = w2t[i + 3];
            for (int j = 0; j < scores.length; j++) {
                scores[j] += h0 * r0[j] + h1 * r1[j] + h2 * r2[j] + h3 * r3[j];
            }
        }
        for (; i < hiddenSize; i++) {
            double h = hidden[i];
            double[] row = w2t[i];
            for (int j = 0; j < scores.length; j++) {
                scores[j] += h * row[j];
            }
        }
    }

    private float[] slice(float[] embedding, int offset) {
        float[] out = new float[hiddenSize];
        for (int i = 0; i < hiddenSize; i++) {
            float[] row = w1[i];
            float sum = 0;
            for (int k = 0; k < embedding.length; k++) {
                sum += row[offset + k] * embedding[k];
            }
            out[i] = sum;
        }
        return out;
    }

    private static void addInPlace(double[] to, double[] from) {
        for (int i = 0; i < to.length; i++) {
            to[i] += from[i];
        }
    }

    private int[] features(Configuration c) {
        try {
            return (int[]) featureArray.invoke(parser, c);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("CoreNLP's feature extraction failed: " + e.getMessage(), e);
        }
    }

    private GrammaticalStructure structure(CoreMap sentence, Configuration c) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> deps = new ArrayList<>(tokens.size());
        try {
            for (int i = 1; i <= tokens.size(); i++) {
                int head = c.getHead(i);
                IndexedWord word = new IndexedWord(tokens.get(i - 1));
                IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
                GrammaticalRelation rel = head == 0 ? GrammaticalRelation.ROOT
                        : (GrammaticalRelation) relation.invoke(parser, c.getLabel(i));
                deps.add(new TypedDependency(rel, headWord, word));
            }
            return (GrammaticalStructure) structure.invoke(parser, deps, new TreeGraphNode(root));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("CoreNLP's dependency structure failed: " + e.getMessage(), e);
        }
    }

    private static double[][] transpose(float[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static Method method(Class<?> owner, String name, Class<?>... types) throws NoSuchMethodException {
        Method m = owner.getDeclaredMethod(name, types);
        m.setAccessible(true);
        return m;
    }
}
