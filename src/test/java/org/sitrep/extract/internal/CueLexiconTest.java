package org.sitrep.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Cue;
import org.sitrep.extract.CueMatch;
import org.sitrep.lang.Language;

class CueLexiconTest {
    private static final CueLexicon LEXICON = CueLexicon.load(Language.english());

    private static List<Cue> cues(String tagged) {
        return LEXICON.match(Tokens.of(tagged)).stream().map(CueMatch::cue).toList();
    }

    @Test
    void matchesAMultiWordPhraseOverItsLemmas() {
        List<CueMatch> m = LEXICON.match(Tokens.of("a/a/DT roadside/roadside/JJ bomb/bomb/NN exploded/explode/VBD"));
        assertTrue(m.contains(new CueMatch(Cue.IED, 1, 2)), "roadside bomb should be one IED cue: " + m);
    }

    @Test
    void bridgesAGapOfUpToThreeWords() {
        assertTrue(cues("they/they/PRP set/set/VBD the/the/DT market/market/NN ablaze/ablaze/RB").contains(Cue.LOOTING));
    }

    @Test
    void doesNotBridgeAGapOfFourWords() {
        assertFalse(cues("they/they/PRP set/set/VBD the/the/DT old/old/JJ wooden/wooden/JJ market/market/NN"
                + " ablaze/ablaze/RB").contains(Cue.LOOTING));
    }

    @Test
    void theMonthMarchIsNoProtestMarch() {
        assertFalse(cues("On/on/IN 21/21/CD March/march/NNP 2020/2020/CD").contains(Cue.PROTEST));
        assertTrue(cues("thousands/thousand/NNS marched/march/VBD").contains(Cue.PROTEST));
    }

    @Test
    void accordingToIsNoAccord() {
        assertFalse(cues("According/accord/VBG to/to/TO police/police/NNS").contains(Cue.AGREEMENT));
    }

    @Test
    void findsTriggersOnlyWhereEventWordsAre() {
        assertTrue(LEXICON.hasTrigger(Tokens.of("gunmen/gunman/NNS kidnapped/kidnap/VBD students/student/NNS")));
        assertFalse(LEXICON.hasTrigger(Tokens.of("the/the/DT minister/minister/NN visited/visit/VBD Kabul/kabul/NNP")));
        assertEquals(List.of(), cues("the/the/DT minister/minister/NN visited/visit/VBD Kabul/kabul/NNP"));
    }

    @Test
    void matchesHyphenatedPhrasesAsCoreNlpSplitsThem() {
        assertTrue(cues("the/the/DT cease/cease/NN -/-/HYPH fire/fire/NN held/hold/VBD").contains(Cue.AGREEMENT));
        assertTrue(cues("a/a/DT car/car/NN -/-/HYPH bomb/bomb/NN").contains(Cue.IED));
    }
}
