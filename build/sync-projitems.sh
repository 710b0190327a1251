#!/usr/bin/env bash
# Rewrites the <Compile> list of every shared project (.projitems) from the .cs files in its folder.
# The nanoFramework project system has no globbing, so a file missing from the list is silently not compiled
# for the device; run this after adding, moving or deleting a shared source file. A host test fails when a
# .projitems and its folder disagree.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
for items in $(find firmware hal tests tools -name '*.projitems' -not -path '*/bin/*' -not -path '*/obj/*' 2>/dev/null | sort); do
  dir=$(dirname "$items")
  guid=$(sed -n 's:.*<SharedGUID>\(.*\)</SharedGUID>.*:\1:p' "$items")
  ns=$(sed -n 's:.*<Import_RootNamespace>\(.*\)</Import_RootNamespace>.*:\1:p' "$items")
  tmp=$(mktemp)
  {
    printf '%s\n' '<?xml version="1.0" encoding="utf-8"?>'
    printf '%s\n' '<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">'
    printf '%s\n' '  <PropertyGroup>'
    printf '%s\n' "    <MSBuildAllProjects Condition=\"'\$(MSBuildVersion)' == '' Or '\$(MSBuildVersion)' &lt; '16.0'\">\$(MSBuildAllProjects);\$(MSBuildThisFileFullPath)</MSBuildAllProjects>"
    printf '%s\n' '    <HasSharedItems>true</HasSharedItems>'
    printf '%s\n' "    <SharedGUID>$guid</SharedGUID>"
    printf '%s\n' '  </PropertyGroup>'
    printf '%s\n' '  <PropertyGroup Label="Configuration">'
    printf '%s\n' "    <Import_RootNamespace>$ns</Import_RootNamespace>"
    printf '%s\n' '  </PropertyGroup>'
    printf '%s\n' '  <ItemGroup>'
    (cd "$dir" && find . -name '*.cs' -not -path './bin/*' -not -path './obj/*' | sed 's:^\./::' | LC_ALL=C sort) |
      while IFS= read -r f; do
        printf '    <Compile Include="$(MSBuildThisFileDirectory)%s" />\n' "${f//\//\\}"
      done
    printf '%s\n' '  </ItemGroup>'
    printf '%s\n' '</Project>'
  } > "$tmp"
  if ! cmp -s "$tmp" "$items"; then
    mv "$tmp" "$items"
    echo "updated $items"
  else
    rm -f "$tmp"
  fi
done
