#!/usr/bin/env bash
# Times gdal_viewshed and steeldome on the same 3601 x 3601 30 m DEM in one session (the README's viewshed table):
#   1. gdal_viewshed: process start-up (tiny DEM), one centre observer (5 runs), 50 observers (one process each);
#   2. steeldome viewshed / coverage CLI on the same files (wall clock, JVM start included);
#   3. JMH ViewshedBenchmark (compute only, in-process).
# Needs gdal-bin (apt-get install gdal-bin). Parameters as the anchor: -oz 20 -tz 0 -md 30000 -cc 0.85714.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/.mvn/find-jdk.sh"
steeldome_find_jdk
java="$JAVA_HOME/bin/java"
command -v gdal_viewshed >/dev/null || { echo "needs gdal_viewshed: apt-get install gdal-bin" >&2; exit 2; }
jar="$root/bench/target/benchmarks.jar"
if [ ! -f "$jar" ] || [ ! -f "$root/cli/target/steeldome-cli.jar" ]; then
  (cd "$root" && ./mvnw -B -ntp -q -DskipTests -Dspotless.check.skip=true -pl bench,cli -am package)
fi
work="${WORK:-$(mktemp -d)}"
mkdir -p "$work"
"$java" -cp "$jar" io.steeldome.bench.core.ViewshedBenchmark "$work/dem.tif" "$work/sites.csv"
gdal_translate -q -srcwin 0 0 11 11 "$work/dem.tif" "$work/tiny.tif"

wall() { local t0=$EPOCHREALTIME; "$@" >/dev/null 2>&1; local t1=$EPOCHREALTIME; awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.4f\n", b-a}'; }
median() { sort -g | awk '{v[NR]=$1} END{ if (NR%2) print v[(NR+1)/2]; else printf "%.4f\n", (v[NR/2]+v[NR/2+1])/2 }'; }
VS=(gdal_viewshed -q -oz 20 -tz 0 -md 30000 -cc 0.85714)
OX=454015; OY=4945985

startup=$(for i in $(seq 10); do wall "${VS[@]}" -ox 400165 -oy 4999835 "$work/tiny.tif" "$work/t.tif"; done | median)
gdal1=$(for i in $(seq 5); do wall "${VS[@]}" -ox $OX -oy $OY "$work/dem.tif" "$work/g.tif"; done | median)
t0=$EPOCHREALTIME
tail -n +2 "$work/sites.csv" | while IFS=, read -r id x y h; do
  "${VS[@]}" -ox "$x" -oy "$y" "$work/dem.tif" "$work/g_$id.tif" >/dev/null
done
gdal50=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.2f\n", b-a}')

sd=("$java" --enable-native-access=ALL-UNNAMED -jar "$root/cli/target/steeldome-cli.jar")
ours1=$(for i in $(seq 5); do wall "${sd[@]}" viewshed --dem "$work/dem.tif" --observer-xy $OX,$OY --height-m 20 \
  --target-height-m 0 --radius-m 30000 --curvature-coefficient 0.85714 --out "$work/s.tif"; done | median)
ours50=$(wall "${sd[@]}" coverage --dem "$work/dem.tif" --sites "$work/sites.csv" --target-height-m 0 \
  --radius-m 30000 --refraction-k 1.1666686 --no-progress --out "$work/cov.tif")

echo "# $(date -u +%F) nproc=$(nproc) $(lscpu | sed -n 's/^Model name: *//p') $(gdalinfo --version)"
echo "gdal_viewshed start-up (11x11 DEM, median of 10): ${startup} s"
echo "gdal_viewshed one observer, 30 km (median of 5):   ${gdal1} s"
echo "gdal_viewshed 50 observers, 50 processes:          ${gdal50} s"
echo "steeldome viewshed CLI one observer (median of 5): ${ours1} s (JVM start and DEM read included)"
echo "steeldome coverage CLI 50 observers, all cores:    ${ours50} s (JVM start and DEM read included)"
echo "JMH (compute only):"
"$java" -jar "$jar" 'ViewshedBenchmark.(singleViewshed|coverage50Observers)$' -f 1 -wi 3 -i 5 -w 2s -r 2s 2>/dev/null \
  | grep -E '^(Benchmark|ViewshedBenchmark)'
echo "outputs in $work"
