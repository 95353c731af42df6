package io.steeldome.sim.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "Did you mean" for keys and enum values: the closest valid word by optimal-string-alignment (Damerau) distance of
 * at most 2 (and at most a third of the word's length), else by a shared prefix of at least 3 letters, ignoring case
 * and the separators {@code -}, {@code _} and space. A key also matches through its stem without the unit suffix ({@code durationS} - {@code duration}) and a
 * few common synonyms ({@code latitude} - {@code latDeg}).
 */
final class Suggestions {
    private static final List<String> UNIT_SUFFIXES = List.of("Mps", "Deg", "Db", "M", "S");
    private static final Map<String, List<String>> SYNONYMS = Map.of(
            "latDeg", List.of("latitude", "lat"),
            "lonDeg", List.of("longitude", "lon", "lng", "long"),
            "hM", List.of("height", "altitude", "alt", "elevation", "heightM", "altM"),
            "timeStepS", List.of("dt", "step"),
            "polygon", List.of("area", "vertices"),
            "point", List.of("centre", "center"),
            "cellArcSec", List.of("cellSize", "resolution", "cell", "arcSec"),
            "dem", List.of("dems", "files", "srtm", "geotiff", "tiles"));
    private static final int PREFIX_SCORE = 3;

    private Suggestions() {}

    /** The best candidate for {@code typed}, if any is close enough; ties go to the earlier candidate. */
    static Optional<String> closest(String typed, List<String> candidates) {
        String lowerTyped = normalise(typed);
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int score = score(lowerTyped, candidate);
            if (score < bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A score of at most {@link #PREFIX_SCORE} if {@code candidate} is a plausible intent, else MAX_VALUE. */
    private static int score(String lowerTyped, String candidate) {
        int best = Integer.MAX_VALUE;
        for (String form : forms(candidate)) {
            String lowerForm = normalise(form);
            int distance = distance(lowerTyped, lowerForm);
            int allowed = Math.min(2, Math.max(lowerTyped.length(), lowerForm.length()) / 3);
            if (distance <= allowed) {
                best = Math.min(best, distance);
            } else if (sharesPrefix(lowerTyped, lowerForm)) {
                best = Math.min(best, PREFIX_SCORE);
            }
        }
        return best;
    }

    /** Lower case without separators: {@code Iron Dome} and {@code iron-dome} compare equal. */
    private static String normalise(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[-_ ]", "");
    }

    private static boolean sharesPrefix(String a, String b) {
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        // the shared part must be a word (>= 3 letters) that ends one of the two, e.g. grad / grad-rocket
        return common >= 3 && (common == a.length() || common == b.length());
    }

    private static List<String> forms(String candidate) {
        List<String> synonyms = SYNONYMS.getOrDefault(candidate, List.of());
        String stem = stem(candidate);
        if (stem.equals(candidate)) {
            return concat(List.of(candidate), synonyms);
        }
        return concat(List.of(candidate, stem), synonyms);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** The key without a unit suffix that follows a lower-case letter: maxRangeM - maxRange, hM - h. */
    static String stem(String key) {
        for (String suffix : UNIT_SUFFIXES) {
            int at = key.length() - suffix.length();
            if (at > 0 && key.endsWith(suffix) && Character.isLowerCase(key.charAt(at - 1))) {
                return key.substring(0, at);
            }
        }
        return key;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
