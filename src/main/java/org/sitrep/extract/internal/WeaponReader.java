package org.sitrep.extract.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.text.Token;

/**
 * Names the weapon family a sentence mentions, from the fixed vocabulary of the Event format
 * ({@code rocket}, {@code mortar}, {@code artillery}, {@code IED}, {@code drone}, {@code aircraft},
 * {@code grenade}, {@code suicide vest}, {@code small arms}, {@code knife}, {@code tear gas},
 * {@code chemical}). Ground-launched missiles count as rockets: reports use the words interchangeably.
 */
public final class WeaponReader {
    private static final Map<String, String> FAMILIES = new LinkedHashMap<>();

    static {
        for (String w : List.of("rocket", "rockets", "katyusha", "katyushas", "missile", "missiles", "projectile",
                "projectiles", "barrage")) {
            FAMILIES.put(w, "rocket");
        }
        FAMILIES.put("mortar", "mortar");
        FAMILIES.put("mortars", "mortar");
        for (String w : List.of("artillery", "shell", "shells", "shelling", "howitzer", "howitzers")) {
            FAMILIES.put(w, "artillery");
        }
        for (String w : List.of("ied", "ieds", "vbied", "improvised", "landmine", "landmines", "mine", "mines",
                "roadside", "booby", "magnetic", "sticky")) {
            FAMILIES.put(w, "IED");
        }
        for (String w : List.of("drone", "drones", "uav", "uavs")) {
            FAMILIES.put(w, "drone");
        }
        for (String w : List.of("airstrike", "airstrikes", "warplane", "warplanes", "jet", "jets", "aircraft",
                "helicopter", "helicopters", "gunship")) {
            FAMILIES.put(w, "aircraft");
        }
        FAMILIES.put("grenade", "grenade");
        FAMILIES.put("grenades", "grenade");
        for (String w : List.of("suicide", "kamikaze")) {
            FAMILIES.put(w, "suicide vest");
        }
        for (String w : List.of("gun", "guns", "gunfire", "gunmen", "gunman", "rifle", "rifles", "bullet",
                "bullets", "shooting", "shot", "firearm", "firearms", "ammunition")) {
            FAMILIES.put(w, "small arms");
        }
        for (String w : List.of("knife", "knives", "machete", "machetes", "stabbed", "stabbing")) {
            FAMILIES.put(w, "knife");
        }
        FAMILIES.put("teargas", "tear gas");
        FAMILIES.put("tear", "tear gas");
        for (String w : List.of("chlorine", "sarin", "chemical", "toxic", "poison", "poisonous")) {
            FAMILIES.put(w, "chemical");
        }
        FAMILIES.put("bomb", "IED");
        FAMILIES.put("bombs", "IED");
        FAMILIES.put("explosive", "IED");
        FAMILIES.put("explosives", "IED");
    }

    private WeaponReader() {
    }

    /**
     * A weapon named in the sentence, preferring the words nearest the trigger.
     *
     * @param tokens  the sentence's tokens
     * @param trigger the trigger
     * @return the weapon family and the index of the token that names it
     */
    public static Optional<Map.Entry<String, Integer>> read(List<Token> tokens, Trigger trigger) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (Token t : tokens) {
            String family = FAMILIES.get(t.word().toLowerCase());
            if (family == null || t.word().equals("tear") && !nextIs(tokens, t.index(), "gas")) {
                continue;
            }
            int distance = t.index() < trigger.first() ? trigger.first() - t.index()
                    : Math.max(0, t.index() - trigger.last());
            if (distance < bestDistance) {
                best = t.index();
                bestDistance = distance;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        String family = FAMILIES.get(tokens.get(best).word().toLowerCase());
        if (family.equals("IED") && trigger.type() == org.sitrep.extract.SubEventType.SUICIDE_BOMB) {
            family = "suicide vest";
        }
        return Optional.of(Map.entry(family, best));
    }

    private static boolean nextIs(List<Token> tokens, int index, String word) {
        return index + 1 < tokens.size() && tokens.get(index + 1).word().equalsIgnoreCase(word);
    }
}
