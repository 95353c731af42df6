#!/usr/bin/env python3
"""Regenerates required_snr_scipy.csv (exact required per-pulse SNR, square-law detector, N pulses non-coherent).

Method (independent of the Java series): threshold T = gammainccinv(N, Pfa); the steady-target Pd for summed signal
energy x is ncx2.sf(2T, 2N, 2x); fluctuating cases integrate it (scipy.integrate.quad) over the Gamma distribution of
x (case 1: Gamma(1, N*snr), 2: Gamma(N, snr), 3: Gamma(2, N*snr/2), 4: Gamma(2N, snr/2)); brentq finds the SNR in dB.
Run: python3 required_snr_scipy.py > required_snr_scipy.csv   (SciPy 1.17.1, NumPy 2.4.6; takes ~10 minutes)
"""
from scipy import integrate, optimize, special, stats


def pd_exact(sw, snr, pfa, n):
    t = special.gammainccinv(n, pfa)
    sf = lambda x: stats.ncx2.sf(2 * t, 2 * n, 2 * x)
    if sw == 0:
        return sf(n * snr)
    m, scale = {1: (1, n * snr), 2: (n, snr), 3: (2, n * snr / 2), 4: (2 * n, snr / 2)}[sw]
    g = stats.gamma(m, scale=scale)
    v, _ = integrate.quad(lambda x: sf(x) * g.pdf(x), g.ppf(1e-15), g.ppf(1 - 1e-15), limit=500,
                          epsabs=1e-14, epsrel=1e-12, points=[g.mean()])
    return v


def req_db(sw, pd, pfa, n):
    return optimize.brentq(lambda db: pd_exact(sw, 10 ** (db / 10), pfa, n) - pd, -30, 60, xtol=1e-10)


rows = []
for sw in range(5):  # Shnidman grid
    for n in (1, 3, 10, 30, 100):
        for pfa in ("0.001", "1e-06", "1e-09"):
            for pd in ("0.1", "0.5", "0.9", "0.99"):
                rows.append((sw, n, pfa, pd))
for n in (1, 2, 5, 10, 30, 100):  # Albersheim grid (case 0)
    for pfa in ("0.001", "1e-05", "1e-07"):
        for pd in ("0.1", "0.3", "0.5", "0.7", "0.9"):
            rows.append((0, n, pfa, pd))
print("# Exact required per-pulse SNR (dB) of a square-law detector, N pulses non-coherent, SciPy 1.17.1.")
print("# See PROVENANCE.md in this folder. Columns: swerling_case,pulses,pfa,pd,required_snr_db")
seen = set()
for r in rows:
    if r not in seen:
        seen.add(r)
        sw, n, pfa, pd = r
        print(f"{sw},{n},{pfa},{pd},{req_db(sw, float(pd), float(pfa), n):.10f}")
