package io.steeldome.defence.wta;

import io.steeldome.core.error.SteeldomeException;

/**
 * A static weapon-target assignment instance: {@code weapons} weapons of {@code shotsPerWeapon} shots each, target
 * values and kill probabilities. Read from the benchmark format of Andersen, Pavlikov and Toffolo (2022): a line
 * {@code W T mu}, then T target values, then W x T lines {@code i j p_ij}.
 *
 * @param values V_j (copied)
 * @param pk p_ij, weapons x targets, each in [0, 1) (copied)
 */
public record WtaInstance(int weapons, int targets, int shotsPerWeapon, double[] values, double[][] pk) {
    public WtaInstance {
        values = values.clone();
        double[][] copy = new double[pk.length][];
        for (int i = 0; i < pk.length; i++) {
            copy[i] = pk[i].clone();
        }
        pk = copy;
        if (weapons < 1 || targets < 1 || shotsPerWeapon < 1) {
            throw new SteeldomeException(WtaError.MALFORMED_INSTANCE, "instance", 1, "W, T and mu must be >= 1");
        }
        if (values.length != targets || pk.length != weapons) {
            throw new SteeldomeException(WtaError.DIMENSION_MISMATCH, "values/pk", values.length, targets);
        }
    }

    /**
     * Parses the benchmark text format; errors name {@code name}, the line and what is wrong.
     *
     * @param name the file name, for messages
     */
    public static WtaInstance parse(String text, String name) {
        String[] lines = text.split("\\R");
        int ln = 0;
        while (ln < lines.length && lines[ln].isBlank()) {
            ln++;
        }
        if (ln == lines.length) {
            throw bad(name, 1, "empty file; expected a first line 'W T mu'");
        }
        String[] head = lines[ln].trim().split("\\s+");
        if (head.length != 3) {
            throw bad(name, ln + 1, "first line must be 'W T mu' (weapons, targets, shots per weapon)");
        }
        int w = integer(name, ln + 1, head[0], "W");
        int t = integer(name, ln + 1, head[1], "T");
        int mu = integer(name, ln + 1, head[2], "mu");
        if (w < 1 || t < 1 || mu < 1 || (long) w * t > 50_000_000L) {
            throw bad(name, ln + 1, "W, T and mu must be >= 1 (and W x T at most 5e7), got " + w + " " + t + " " + mu);
        }
        double[] values = new double[t];
        double[][] pk = new double[w][t];
        boolean[][] seen = new boolean[w][t];
        int valuesRead = 0;
        long pairsRead = 0;
        for (ln = ln + 1; ln < lines.length; ln++) {
            String line = lines[ln].trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (valuesRead < t) {
                if (f.length != 1) {
                    throw bad(name, ln + 1, "expected target value " + valuesRead + " alone on the line");
                }
                double v = number(name, ln + 1, f[0], "value");
                if (!(v >= 0)) {
                    throw bad(name, ln + 1, "target value must be >= 0, got " + v);
                }
                values[valuesRead++] = v;
                continue;
            }
            if (f.length != 3) {
                throw bad(name, ln + 1, "expected 'i j p_ij'");
            }
            int i = integer(name, ln + 1, f[0], "i");
            int j = integer(name, ln + 1, f[1], "j");
            double p = number(name, ln + 1, f[2], "p_ij");
            if (i < 0 || i >= w || j < 0 || j >= t) {
                throw bad(name, ln + 1, "pair (" + i + ", " + j + ") outside 0.." + (w - 1) + " x 0.." + (t - 1));
            }
            if (!(p >= 0 && p < 1)) {
                throw bad(name, ln + 1, "p_ij must be in [0, 1), got " + p);
            }
            if (seen[i][j]) {
                throw bad(name, ln + 1, "pair (" + i + ", " + j + ") given twice");
            }
            seen[i][j] = true;
            pk[i][j] = p;
            pairsRead++;
        }
        if (valuesRead < t) {
            throw bad(name, lines.length, "only " + valuesRead + " of " + t + " target values");
        }
        if (pairsRead != (long) w * t) {
            throw bad(name, lines.length, "only " + pairsRead + " of " + ((long) w * t) + " 'i j p_ij' lines");
        }
        return new WtaInstance(w, t, mu, values, pk);
    }

    /** Expected surviving value of a shot matrix (weapons x targets). */
    public double objective(int[][] shots) {
        return WtaObjective.expectedSurvivingValue(values, pk, shots);
    }

    private static int integer(String name, int line, String s, String what) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw bad(name, line, what + " '" + s + "' is not an integer");
        }
    }

    private static double number(String name, int line, String s, String what) {
        try {
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(name, line, what + " '" + s + "' is not a finite number");
        }
    }

    private static SteeldomeException bad(String name, int line, String what) {
        return new SteeldomeException(WtaError.MALFORMED_INSTANCE, name, line, what);
    }
}
