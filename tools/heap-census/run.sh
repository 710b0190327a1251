#!/usr/bin/env bash
# Runs the device bench program (tools/Pos.Bench.Device) on the kit's nanoCLR under gdb and takes a census of the
# managed heap at each GC.Run (census.py). Usage, from the repository root:
#   tools/heap-census/run.sh [--kit PATH] [--out DIR] [--top N]
# The .pe files are the device bench's build (tools/Pos.Bench.Device/bin/nf, as `dotnet run -c Release --project
# tools/Pos.Bench -- device` leaves it); they are built with the kit's nf-build when missing.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
kit="$root/../shared/nanoframework"
out="$root/tools/heap-census/out"
top=25
while [ $# -gt 0 ]; do
    case "$1" in
        --kit) kit="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        --top) top="$2"; shift 2 ;;
        *) echo "usage: $0 [--kit PATH] [--out DIR] [--top N]" >&2; exit 2 ;;
    esac
done
kit="$(cd "$kit" && pwd)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
command -v gdb >/dev/null || { echo "gdb not found (apt-get install gdb)" >&2; exit 1; }

bench="$root/tools/Pos.Bench.Device/bin/nf"
baseline="$root/tools/Pos.Bench.Device/bin/baseline/out/Pos.Bench.Baseline.pe"
if [ ! -f "$bench/Pos.Bench.Device.pe" ] || [ ! -f "$baseline" ]; then
    echo "no device bench build; building it with: dotnet run -c Release --project tools/Pos.Bench -- device" >&2
    (cd "$root" && dotnet run -c Release --project tools/Pos.Bench -- device >/dev/null)
fi

census() { # NAME WORKDIR PE...
    local name="$1" dir="$2"
    shift 2
    (cd "$dir" && CENSUS_OUT="$out" CENSUS_NAME="$name" LD_LIBRARY_PATH="$kit/nanoclr" \
        gdb -q -batch -nx -x "$root/tools/heap-census/census.py" \
        --args "$kit/nanoclr/nanoFramework.nanoCLR.test" "$@" >"$out/$name.gdb.log" 2>&1)
    grep '^census ' "$out/$name.gdb.log" >&2 || { echo "census $name failed; see $out/$name.gdb.log" >&2; exit 1; }
}

# The bench's own command lines (tools/Pos.Bench/Device/DeviceBudgets.cs): the bench program gets every .pe of the
# build folder in ordinal order, Pos.Bench.Device.pe last, run from that folder; the empty baseline program gets
# mscorlib and nanoFramework.Runtime.Native (then also the app's assemblies: every other .pe but the bench's
# scaffolding, Pos.Core.Testing and Pos.Bench.Device), run from its own folder. nanoclr/ is on LD_LIBRARY_PATH.
mapfile -t all < <(cd "$bench" && ls -1 -- *.pe | grep -vx 'Pos.Bench.Device.pe' | LC_ALL=C sort)
base=("$bench/mscorlib.pe" "$bench/nanoFramework.Runtime.Native.pe")
apps=()
for pe in "${all[@]}"; do
    case "$pe" in
        mscorlib.pe|nanoFramework.Runtime.Native.pe|Pos.Core.Testing.pe) ;;
        *) apps+=("$bench/$pe") ;;
    esac
done

census bench "$bench" "${all[@]}" Pos.Bench.Device.pe
census baseline "$(dirname "$baseline")" "${base[@]}" "$baseline"
census baseline-app "$(dirname "$baseline")" "${base[@]}" "${apps[@]}" "$baseline"
grep -q '^bench done' "$out/bench.program.txt" \
    || { echo "the bench program did not finish; see $out/bench.program.txt" >&2; exit 1; }
status=0
python3 "$root/tools/heap-census/census.py" --report "$out" --top "$top" >"$out/report.txt" || status=$?
cat "$out/report.txt"
exit $status
