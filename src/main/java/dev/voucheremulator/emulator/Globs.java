package dev.voucheremulator.emulator;

import java.util.regex.Pattern;

/**
 * Path globs of the journal's criteria and of fault rules: {@code *} matches within a segment,
 * {@code **} across segments. The regex uses only backslash escapes, so PostgreSQL reads it the same.
 */
public final class Globs {

    private static final String SPECIAL = "\\.^$*+?()[]{}|";

    private Globs() {
    }

    public static Pattern regex(String glob) {
        StringBuilder regex = new StringBuilder("^");
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                boolean twice = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                regex.append(twice ? ".*" : "[^/]*");
                i += twice ? 1 : 0;
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    regex.append('\\');
                }
                regex.append(c);
            }
        }
        return Pattern.compile(regex.append('$').toString());
    }
}
