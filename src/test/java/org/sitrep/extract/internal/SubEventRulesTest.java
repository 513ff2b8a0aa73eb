package org.sitrep.extract.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.SubEventType;
import org.sitrep.extract.Trigger;
import org.sitrep.lang.Language;
import org.sitrep.text.Token;

/**
 * Sub-event typing of hand-tagged sentences, for words that local crime news shares with conflict reporting: each
 * misreading is checked next to the reading the rule keeps.
 */
class SubEventRulesTest {
    private static final CueLexicon LEXICON = CueLexicon.load(Language.english());
    private static final SubEventRules RULES = new SubEventRules(Language.english());

    private static List<SubEventType> types(String tagged) {
        List<Token> tokens = Tokens.of(tagged);
        return RULES.type(tokens, LEXICON.match(tokens)).stream().map(Trigger::type).toList();
    }

    @Test
    void aGunThatGoesOffIsNoExplosiveDevice() {
        List<SubEventType> gun = types("the/the/DT gun/gun/NN went/go/VBD off/off/RP ,/,/, hitting/hit/VBG"
                + " the/the/DT boy/boy/NN");
        assertFalse(gun.contains(SubEventType.REMOTE_EXPLOSIVE), gun.toString());
        assertTrue(types("a/a/DT bomb/bomb/NN went/go/VBD off/off/RP in/in/IN the/the/DT market/market/NN")
                .contains(SubEventType.REMOTE_EXPLOSIVE));
    }

    @Test
    void shellCasingsFoundAtAShootingAreNoShelling() {
        List<SubEventType> casings = types("police/police/NNS recovered/recover/VBD 12/12/CD shell/shell/NN"
                + " casings/casing/NNS after/after/IN the/the/DT shooting/shooting/NN");
        assertFalse(casings.contains(SubEventType.SHELLING), casings.toString());
        assertTrue(types("militants/militant/NNS fired/fire/VBD shells/shell/NNS at/at/IN the/the/DT army/army/NN"
                + " base/base/NN").contains(SubEventType.SHELLING));
    }

    @Test
    void aGunPulledOutIsNoWithdrawal() {
        List<SubEventType> gun = types("the/the/DT man/man/NN pulled/pull/VBD out/out/RP a/a/DT gun/gun/NN and/and/CC"
                + " started/start/VBD shooting/shoot/VBG");
        assertFalse(gun.contains(SubEventType.NON_VIOLENT_TRANSFER), gun.toString());
        List<SubEventType> stepfather = types("one/one/CD of/of/IN them/they/PRP pulled/pull/VBD out/out/RP his/he/PRP$"
                + " stepfather/stepfather/NN 's/'s/POS shotgun/shotgun/NN");
        assertFalse(stepfather.contains(SubEventType.NON_VIOLENT_TRANSFER), stepfather.toString());
        assertTrue(types("rebel/rebel/JJ fighters/fighter/NNS entered/enter/VBD the/the/DT town/town/NN after/after/IN"
                + " Kurdish/kurdish/JJ forces/force/NNS pulled/pull/VBD out/out/RP")
                .contains(SubEventType.NON_VIOLENT_TRANSFER));
    }

    @Test
    void withdrawingChargesOrHandingOverAWalletIsNoTransferOfTerritory() {
        List<SubEventType> charges = types("prosecutors/prosecutor/NNS withdrew/withdraw/VBD the/the/DT more/more/RBR"
                + " serious/serious/JJ charges/charge/NNS");
        assertFalse(charges.contains(SubEventType.NON_VIOLENT_TRANSFER), charges.toString());
        List<SubEventType> wallet = types("the/the/DT boys/boy/NNS handed/hand/VBD over/over/RP their/they/PRP$"
                + " wallets/wallet/NNS");
        assertFalse(wallet.contains(SubEventType.NON_VIOLENT_TRANSFER), wallet.toString());
        assertTrue(types("the/the/DT army/army/NN withdrew/withdraw/VBD from/from/IN the/the/DT city/city/NN")
                .contains(SubEventType.NON_VIOLENT_TRANSFER));
    }

    @Test
    void aVigilForTheVictimsIsNoProtest() {
        List<SubEventType> vigil = types("hundreds/hundred/NNS gathered/gather/VBD for/for/IN a/a/DT candlelight/candlelight/NN"
                + " vigil/vigil/NN for/for/IN the/the/DT victims/victim/NNS");
        assertTrue(vigil.isEmpty(), vigil.toString());
        assertTrue(types("protesters/protester/NNS held/hold/VBD a/a/DT vigil/vigil/NN outside/outside/IN"
                + " parliament/parliament/NN").contains(SubEventType.PEACEFUL_PROTEST));
    }

    @Test
    void sittingInACarIsNoSitIn() {
        List<SubEventType> car = types("the/the/DT woman/woman/NN was/be/VBD sitting/sit/VBG in/in/IN a/a/DT car/car/NN");
        assertFalse(car.contains(SubEventType.PEACEFUL_PROTEST), car.toString());
        assertTrue(types("students/student/NNS staged/stage/VBD a/a/DT sit/sit/NN -/-/HYPH in/in/IN")
                .contains(SubEventType.PEACEFUL_PROTEST));
    }

    @Test
    void aHelicopterThatCarriedTheWoundedIsNoAirStrike() {
        List<SubEventType> flown = types("the/the/DT third/third/JJ victim/victim/NN died/die/VBD at/at/IN the/the/DT"
                + " university/university/NN hospital/hospital/NN after/after/IN being/be/VBG flown/fly/VBN"
                + " there/there/RB by/by/IN helicopter/helicopter/NN");
        assertFalse(flown.contains(SubEventType.AIR_DRONE_STRIKE), flown.toString());
        assertTrue(types("a/a/DT drone/drone/NN killed/kill/VBD two/two/CD militants/militant/NNS")
                .contains(SubEventType.AIR_DRONE_STRIKE));
    }

    @Test
    void anAirForceIsAnActorNotAStrike() {
        List<SubEventType> veteran = types("an/an/DT Air/air/NNP Force/force/NNP veteran/veteran/NN was/be/VBD"
                + " honoured/honour/VBN on/on/IN Monday/monday/NNP");
        assertFalse(veteran.contains(SubEventType.AIR_DRONE_STRIKE), veteran.toString());
        assertTrue(types("the/the/DT air/air/NN force/force/NN bombed/bomb/VBD rebel/rebel/JJ positions/position/NNS")
                .contains(SubEventType.AIR_DRONE_STRIKE));
    }

    @Test
    void aSuspectWhoSurrendersToPoliceMakesNoAgreement() {
        List<SubEventType> suspect = types("the/the/DT suspect/suspect/NN surrendered/surrender/VBD to/to/TO"
                + " police/police/NNS after/after/IN a/a/DT standoff/standoff/NN");
        assertFalse(suspect.contains(SubEventType.AGREEMENT), suspect.toString());
        assertTrue(types("30/30/CD militants/militant/NNS surrendered/surrender/VBD to/to/TO Afghan/afghan/JJ"
                + " forces/force/NNS").contains(SubEventType.AGREEMENT));
    }
}
