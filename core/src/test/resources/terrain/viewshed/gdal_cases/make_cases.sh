#!/usr/bin/env bash
# Regenerates the small gdal_viewshed reference cases used by ViewshedGdalCasesTest (GDAL 3.6.2, Debian bookworm
# gdal-bin; /usr/bin/python3 with numpy and python3-gdal). Deterministic: the DEMs come from seeded numpy generators.
#   bash make_cases.sh   (run in this folder)
set -euo pipefail
cd "$(dirname "$0")"
/usr/bin/python3 - <<'PY'
import numpy as np
from osgeo import gdal, osr
gdal.UseExceptions()

def fbm(rows, cols, seed, hurst=0.8):
    n = 1 << int(np.ceil(np.log2(max(rows, cols, 16))))
    rng = np.random.default_rng(seed)
    kx = np.fft.fftfreq(n)[:, None]; ky = np.fft.rfftfreq(n)[None, :]
    k = np.sqrt(kx * kx + ky * ky); k[0, 0] = 1.0
    amp = k ** (-(hurst + 1.0)); amp[0, 0] = 0.0
    f = np.fft.irfft2((rng.standard_normal(amp.shape) + 1j * rng.standard_normal(amp.shape)) * amp, s=(n, n))
    f = f[:rows, :cols]
    return (f - f.min()) / (f.max() - f.min())

def write(name, z, ulx, uly, pw, ph, epsg, dtype):
    drv = gdal.GetDriverByName("GTiff")
    ds = drv.Create(name, z.shape[1], z.shape[0], 1, dtype, ["COMPRESS=DEFLATE"])
    ds.SetGeoTransform([ulx, pw, 0, uly, 0, -ph])
    s = osr.SpatialReference(); s.ImportFromEPSG(epsg); ds.SetProjection(s.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(z)
    ds = None

# A: 241 x 181 cells of 30 m, Float32 heights 200..900 m with fractional metres.
zA = (200 + 700 * fbm(181, 241, 11)).astype(np.float32)
write("dem_a.tif", zA, 500000.0, 4100000.0, 30.0, 30.0, 32633, gdal.GDT_Float32)
# B: non-square cells 25 m x 40 m, Int16 heights 0..400 m, with a straight N-S ridge 150 m high.
zB = np.rint(400 * fbm(150, 200, 5) ** 2).astype(np.int16)
zB[:, 120:123] += 150
write("dem_b.tif", zB, 300000.0, 5200000.0, 25.0, 40.0, 32632, gdal.GDT_Int16)
PY
VS=(gdal_viewshed -q -co COMPRESS=DEFLATE)
# case 1: centre of A, 10 m mast, 2 m target, 3 km, GDAL's default cc
"${VS[@]}" -oz 10 -tz 2 -md 3000 -cc 0.85714 -ox 503615 -oy 4097285 dem_a.tif vs_a1.tif
# case 2: A, observer 3 cells from the west edge (window clipped), 2 m eye, 2 m target, 5 km, 4/3 earth
"${VS[@]}" -oz 2 -tz 2 -md 5000 -cc 0.75 -ox 500105 -oy 4097315 dem_a.tif vs_a2.tif
# case 3: A, observer in the north-east corner cell, 50 m mast, range beyond the DEM (whole DEM), bare earth cc 1
"${VS[@]}" -oz 50 -tz 0 -md 20000 -cc 1 -ox 507215 -oy 4099985 dem_a.tif vs_a3.tif
# case 4: B (non-square cells, ridge), observer exactly on a cell corner (the cell to its south-east is used),
#         25 m mast, 5 m target, 6 km, no curvature
"${VS[@]}" -oz 25 -tz 5 -md 6000 -cc 0 -ox 302000 -oy 5197000 dem_b.tif vs_b4.tif
# case 5: case 1 as minimum target height above ground (Float64; out-of-range cells are -ov 0 in GDAL's output)
"${VS[@]}" -om GROUND -oz 10 -md 3000 -cc 0.85714 -ox 503615 -oy 4097285 dem_a.tif mh_a1.tif
sha256sum dem_a.tif dem_b.tif vs_*.tif mh_*.tif
