#!/usr/bin/env bash
# End-to-end check of the subset guard: copies the core to a scratch folder, adds one forbidden construct per file to
# the core (the cases the guard must catch), builds the guarded core project and checks that the build fails and
# names each rule at its line. Then the same for the ESP32 device code and its compile check (tests/Pos.DeviceCheck,
# against the nanoFramework assemblies of the kit): a .NET-only member of a type nanoFramework also has must fail with
# the compiler's error, and what nanoFramework's mscorlib compiles but the device cannot run must fail naming the rule.
# Prints one "PASS"/"FAIL" line per case and a summary "guard: N passed, N failed".
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# The nanoFramework kit, found from the real checkout (the scratch copy has no ../shared next to it).
kit=${NanoFrameworkKit:-$root/../shared/nanoframework}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r "$root/build" "$root/firmware" "$root/hal" "$root/Directory.Build.props" "$root/Directory.Packages.props" "$scratch/"
mkdir -p "$scratch/tools" "$scratch/tests" && cp -r "$root/tools/Pos.Analyzers" "$scratch/tools/"
cp -r "$root/tests/Pos.DeviceCheck" "$scratch/tests/"
find "$scratch" -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} +

passed=0
failed=0

# run_cases NAMESPACE FOLDER PROJECT WHERE CASES...: writes one file per case ("name|id|one line of C# inside a class")
# into FOLDER, builds PROJECT, and checks that the build fails naming each case's id at that file's line.
run_cases() {
  local namespace=$1 folder=$2 project=$3 where=$4
  shift 4
  local cases=("$@") i=0 c name rest id body output
  rm -f "$scratch"/firmware/Pos.Core.Events/Events/GuardSmoke*.cs "$scratch"/hal/Pos.Hal.Esp32/GuardSmoke*.cs
  for c in "${cases[@]}"; do
    i=$((i + 1))
    body=${c#*|*|}
    printf 'namespace %s\n{\n    internal sealed class GuardSmoke%d\n    {\n        %s\n    }\n}\n' "$namespace" "$i" "$body" > "$scratch/$folder/GuardSmoke$i.cs"
  done
  "$scratch/build/sync-projitems.sh" >/dev/null 2>&1
  if output=$(cd "$scratch" && dotnet build "$project" -nologo -v:q -p:NanoFrameworkKit="$kit" 2>&1); then
    echo "FAIL guard: $project built although $where contain forbidden constructs"
    failed=$((failed + 1))
  fi
  i=0
  for c in "${cases[@]}"; do
    i=$((i + 1))
    name=${c%%|*}
    rest=${c#*|}
    id=${rest%%|*}
    if grep -q "GuardSmoke$i.cs(5,[0-9]*): error \([A-Z0-9]*: .*\)\?$id" <<<"$output"; then
      echo "PASS guard: $name in $where fails the build naming $id"
      passed=$((passed + 1))
    else
      echo "FAIL guard: $name in $where did not fail the build with $id"
      failed=$((failed + 1))
    fi
  done
}

# The core (its event kernel layer), built by its guarded host twin.
run_cases Pos.Core.Events firmware/Pos.Core.Events/Events firmware/Pos.Core.Events.Host/Pos.Core.Events.Host.csproj "core files" \
  "List<T>|NF1002|object o = new System.Collections.Generic.List<int>();" \
  "async method|NF1003|async void M() { }" \
  "LINQ call|NF1004|int L(int[] x) { return System.Linq.Enumerable.Count(x); }" \
  "tuple|NF1006|object T() { return (1, 2); }" \
  "decimal|NF1008|object D() { return 1.5m; }" \
  "string.Join|NF2002|string J(string[] s) { return string.Join(\",\", s); }" \
  "DateTime.Now|NF2013|System.DateTime N() { return System.DateTime.Now; }" \
  "DateTime in year 1|NF1017|System.DateTime Y() { return new System.DateTime(1, 1, 1); }" \
  "string[] slot == null|NF1018|bool S(string[] names) { return names[0] == null; }" \
  "string.Empty in a static initializer|NF1019|static readonly string E = string.Empty;"

[ -f "$kit/lib/mscorlib.dll" ] || echo "FAIL: no nanoFramework kit at $kit (set NanoFrameworkKit)"
# The ESP32 code, built by the device compile check against the nanoFramework assemblies (the kit's lib/). The first
# three do not compile against them (nf-build fails too); Action<int>, enum.ToString and the year-1 date do, and only
# the subset guard stops them.
run_cases Pos.Hal.Esp32 hal/Pos.Hal.Esp32 tests/Pos.DeviceCheck/Pos.DeviceCheck.csproj "ESP32 files" \
  "Socket.Blocking (.NET only)|CS1061|bool B(System.Net.Sockets.Socket s) { return s.Blocking; }" \
  "File.ReadAllLines (.NET only)|CS0117|string[] R() { return System.IO.File.ReadAllLines(\"x\"); }" \
  "List<T>|NF1002|object o = new System.Collections.Generic.List<int>();" \
  "Action<int>|NF1002|System.Action<int> a = delegate (int x) { };" \
  "enum.ToString|NF2011|string E(System.IO.FileMode m) { return m.ToString(); }" \
  "DateTime in year 1|NF1017|System.DateTime Y() { return new System.DateTime(1, 1, 1); }"

echo "guard: $passed passed, $failed failed"
[ $failed -eq 0 ]
