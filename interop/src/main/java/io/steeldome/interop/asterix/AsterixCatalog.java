package io.steeldome.interop.asterix;

import io.steeldome.core.error.SteeldomeException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The category definitions a decoder and encoder use: one compiled asterix-specs edition per category. Bundled
 * editions (resources {@code io/steeldome/interop/asterix/specs/catNNN_X.Y.json}, see PROVENANCE.md there) are CAT021
 * 2.6/2.7, CAT034 1.27/1.29, CAT048 1.27/1.32, CAT062 1.18/1.21 and CAT065 1.6. Immutable; safe to share.
 */
public final class AsterixCatalog {
    /** Bundled editions per category. */
    public static final Map<Integer, List<String>> BUNDLED = Map.of(
            21, List.of("2.6", "2.7"),
            34, List.of("1.27", "1.29"),
            48, List.of("1.27", "1.32"),
            62, List.of("1.18", "1.21"),
            65, List.of("1.6"));

    /**
     * Default editions. CAT048 1.27 and CAT034 1.27 are the oldest bundled and closest to the 1.21/1.27 the sample
     * data were written with; CAT062 1.18 is the samples' edition; CAT021 2.7 has the same UAP as 2.6 and only adds
     * extents, so it also decodes 2.6 data.
     */
    public static final Map<Integer, String> DEFAULT_EDITIONS =
            Map.of(21, "2.7", 34, "1.27", 48, "1.27", 62, "1.18", 65, "1.6");

    private final Map<Integer, Spec.Category> categories;

    private AsterixCatalog(Map<Integer, Spec.Category> categories) {
        this.categories = Collections.unmodifiableMap(new TreeMap<>(categories));
    }

    /** The default editions of all bundled categories. */
    public static AsterixCatalog defaults() {
        return of(DEFAULT_EDITIONS);
    }

    /** The given edition per category (each must be bundled). */
    public static AsterixCatalog of(Map<Integer, String> editions) {
        Map<Integer, Spec.Category> m = new TreeMap<>();
        editions.forEach((cat, ed) -> m.put(cat, load(cat, ed)));
        return new AsterixCatalog(m);
    }

    /** This catalog with another bundled edition for one category. */
    public AsterixCatalog withEdition(int category, String edition) {
        Map<Integer, Spec.Category> m = new TreeMap<>(categories);
        m.put(category, load(category, edition));
        return new AsterixCatalog(m);
    }

    /** The edition loaded for a category, if any. */
    public Optional<String> edition(int category) {
        return Optional.ofNullable(categories.get(category)).map(Spec.Category::edition);
    }

    /** Categories loaded, ascending. */
    public List<Integer> categories() {
        return List.copyOf(categories.keySet());
    }

    Spec.Category category(int cat) {
        return categories.get(cat);
    }

    private static Spec.Category load(int cat, String edition) {
        List<String> eds = BUNDLED.getOrDefault(cat, List.of());
        if (!eds.contains(edition)) {
            throw new SteeldomeException(AsterixError.UNKNOWN_EDITION, String.format("%03d", cat), edition, eds);
        }
        String res = String.format("specs/cat%03d_%s.json", cat, edition);
        try (InputStream in = AsterixCatalog.class.getResourceAsStream(res)) {
            if (in == null) throw new SteeldomeException(AsterixError.BAD_SPEC, res, "resource missing");
            return SpecLoader.compile(JsonMapper.shared().readTree(in));
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            throw new SteeldomeException(e, AsterixError.BAD_SPEC, res, e.getMessage());
        }
    }
}
