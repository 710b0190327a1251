#!/usr/bin/env bash
# End-to-end check of the subset guard: copies the core to a scratch folder, adds one forbidden construct per file to
# the core (the cases the guard must catch), builds the guarded core project and checks that the build fails and
# names each rule at its line. Then the same for the ESP32 device code and its compile check (tests/Pos.DeviceSurface):
# a .NET-only member of a type nanoFramework also has, and a subset violation, must fail that build.
# Prints one "PASS"/"FAIL" line per case and a summary "guard: N passed, N failed".
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r "$root/build" "$root/firmware" "$root/hal" "$root/Directory.Build.props" "$root/Directory.Packages.props" "$scratch/"
mkdir -p "$scratch/tools" "$scratch/tests" && cp -r "$root/tools/Pos.Analyzers" "$scratch/tools/"
cp -r "$root/tests/Pos.DeviceSurface" "$scratch/tests/"
find "$scratch" -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} +

# case name | expected id in the build output | one line of C# inside a class
cases=(
  "List<T>|NF1002|object o = new System.Collections.Generic.List<int>();"
  "async method|NF1003|async void M() { }"
  "LINQ call|NF1004|int L(int[] x) { return System.Linq.Enumerable.Count(x); }"
  "tuple|NF1006|object T() { return (1, 2); }"
  "decimal|NF1008|object D() { return 1.5m; }"
  "string.Join|NF2002|string J(string[] s) { return string.Join(\",\", s); }"
  "DateTime.Now|NF2013|System.DateTime N() { return System.DateTime.Now; }"
)
i=0
for c in "${cases[@]}"; do
  i=$((i + 1))
  body=${c#*|*|}
  printf 'namespace Pos.Core.App\n{\n    internal sealed class GuardSmoke%d\n    {\n        %s\n    }\n}\n' "$i" "$body" > "$scratch/firmware/Pos.Core/App/GuardSmoke$i.cs"
done
"$scratch/build/sync-projitems.sh" >/dev/null 2>&1
output=$(cd "$scratch" && dotnet build firmware/Pos.Core.Host/Pos.Core.Host.csproj -nologo -v:q 2>&1)
status=$?
passed=0
failed=0
if [ $status -eq 0 ]; then
  echo "FAIL guard: the core built although it contains forbidden constructs"
  failed=$((failed + 1))
fi
i=0
for c in "${cases[@]}"; do
  i=$((i + 1))
  name=${c%%|*}
  rest=${c#*|}
  id=${rest%%|*}
  if grep -q "GuardSmoke$i.cs(5,[0-9]*): error [A-Z0-9]*: .*$id" <<<"$output"; then
    echo "PASS guard: $name in a core file fails the build naming $id"
    passed=$((passed + 1))
  else
    echo "FAIL guard: $name in a core file did not fail the build with $id"
    failed=$((failed + 1))
  fi
done

# The device code: one case per file in the ESP32 HAL, built by the device compile check.
device_cases=(
  "Socket.Connected (.NET only)|CS1061|bool C(System.Net.Sockets.Socket s) { return s.Connected; }"
  "File.ReadAllText (.NET only)|CS0117|string R() { return System.IO.File.ReadAllText(\"x\"); }"
  "List<T> in device code|NF1002|object o = new System.Collections.Generic.List<int>();"
)
rm -f "$scratch"/firmware/Pos.Core/App/GuardSmoke*.cs
"$scratch/build/sync-projitems.sh" >/dev/null 2>&1
i=0
for c in "${device_cases[@]}"; do
  i=$((i + 1))
  body=${c#*|*|}
  printf 'namespace Pos.Hal.Esp32\n{\n    internal sealed class DeviceGuardSmoke%d\n    {\n        %s\n    }\n}\n' "$i" "$body" > "$scratch/hal/Pos.Hal.Esp32/DeviceGuardSmoke$i.cs"
done
output=$(cd "$scratch" && dotnet build tests/Pos.DeviceSurface/Pos.DeviceSurface.Hal/Pos.DeviceSurface.Hal.csproj -nologo -v:q 2>&1)
if [ $? -eq 0 ]; then
  echo "FAIL guard: the device code built although it uses APIs nanoFramework lacks"
  failed=$((failed + 1))
fi
i=0
for c in "${device_cases[@]}"; do
  i=$((i + 1))
  name=${c%%|*}
  rest=${c#*|}
  id=${rest%%|*}
  if grep -q "DeviceGuardSmoke$i.cs(5,[0-9]*): error [A-Z0-9]*: .*$id\|DeviceGuardSmoke$i.cs(5,[0-9]*): error $id" <<<"$output"; then
    echo "PASS guard: $name in an ESP32 file fails the device compile check naming $id"
    passed=$((passed + 1))
  else
    echo "FAIL guard: $name in an ESP32 file did not fail the device compile check with $id"
    failed=$((failed + 1))
  fi
done

echo "guard: $passed passed, $failed failed"
[ $failed -eq 0 ]
