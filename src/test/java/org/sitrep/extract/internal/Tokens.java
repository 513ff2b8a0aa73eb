package org.sitrep.extract.internal;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.text.Token;

/** Builds hand-tagged tokens for tests: {@code "Rockets/rocket/NNS hit/hit/VBD"}. */
final class Tokens {
    private Tokens() {
    }

    static List<Token> of(String tagged) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (String part : tagged.split(" ")) {
            String[] f = part.split("/");
            out.add(new Token(out.size(), f[0], f[1], f[2], "O", offset, offset + f[0].length()));
            offset += f[0].length() + 1;
        }
        return out;
    }
}
