#!/usr/bin/env python3
"""The device side of CI, with the nanoFramework kit (../shared/nanoframework beside the repository, or NF_KIT).

1. Builds every device project with the kit's nf-build (compile against nanoFramework's 1.x assemblies, convert to
   .pe) and checks that every .pe keeps 25 % headroom under both 64 KiB limits of the format.
2. Runs every device test project (assembly NFUnitTest) on the nanoCLR interpreter with the kit's nf-test.

Prints the size table, one line per test project (with its failures) and the summary "device: N passed, N failed";
a failed build or a .pe over 75 % counts as one failure. Exit status 0 only when everything passed.

nf-build rebuilds every ProjectReference at each call, so the libraries are built once, together (one temporary
project that references every library and application), and each test project is then compiled alone against them
(a temporary copy whose ProjectReferences are plain references resolved in its output folder).

usage: build/device-tests.py [--out FOLDER] [--only NAME ...]"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = 'http://schemas.microsoft.com/developer/msbuild/2003'
LIMIT = 65535
BAR = 75  # percent of LIMIT, SPEC "Numbers to hold"
SIZE = re.compile(r'^(\S+\.pe): (string table|byte code)\s+(\d+) /', re.M)

ET.register_namespace('', NS)


def q(tag):
    return '{%s}%s' % (NS, tag)


def projects():
    found = []
    for top in ('firmware', 'hal', 'tests', 'tools'):
        for path in glob.glob(os.path.join(ROOT, top, '**', '*.nfproj'), recursive=True):
            if '/bin/' not in path and '/obj/' not in path:
                found.append(path)
    return sorted(found)


def assembly_name(path):
    el = ET.parse(path).getroot().find('.//' + q('AssemblyName'))
    return el.text.strip() if el is not None else os.path.splitext(os.path.basename(path))[0]


def run(args, log):
    r = subprocess.run(args, capture_output=True, text=True)
    with open(log, 'w') as f:
        f.write(r.stdout + r.stderr)
    return r.returncode, r.stdout + r.stderr


def absolutize(root_el, folder):
    """Item and Import paths of a project made absolute, so a copy of it can live elsewhere."""
    for el in root_el.iter():
        for attr in ('Include', 'Project'):
            value = el.get(attr)
            if value and el.tag in (q('Compile'), q('Import'), q('ProjectReference')) and '$(' not in value:
                el.set(attr, os.path.normpath(os.path.join(folder, value.replace('\\', '/'))))


def aggregate(libraries, tmp):
    """A temporary library project that references every given project: one nf-build call builds them all once."""
    root = ET.Element(q('Project'))
    group = ET.SubElement(root, q('PropertyGroup'))
    ET.SubElement(group, q('OutputType')).text = 'Library'
    ET.SubElement(group, q('AssemblyName')).text = 'DeviceBuildAll'
    items = ET.SubElement(root, q('ItemGroup'))
    source = os.path.join(tmp, 'DeviceBuildAll.cs')
    with open(source, 'w') as f:
        f.write('internal static class DeviceBuildAll { }\n')
    ET.SubElement(items, q('Compile'), Include=source)
    ET.SubElement(items, q('Reference'), Include='mscorlib')
    for p in libraries:
        ET.SubElement(items, q('ProjectReference'), Include=p)
    path = os.path.join(tmp, 'DeviceBuildAll.nfproj')
    ET.ElementTree(root).write(path)
    return path


def standalone(test, tmp):
    """A copy of a test project whose ProjectReferences are references by assembly name (found in --out)."""
    tree = ET.parse(test)
    root = tree.getroot()
    absolutize(root, os.path.dirname(test))
    for group in root.findall(q('ItemGroup')):
        for ref in group.findall(q('ProjectReference')):
            group.remove(ref)
            ET.SubElement(group, q('Reference'), Include=assembly_name(ref.get('Include')))
    path = os.path.join(tmp, os.path.basename(test))
    tree.write(path)
    return path


def referenced_libraries(project, seen=None):
    """The assembly names of every project the given one references, directly or through another."""
    seen = set() if seen is None else seen
    for r in ET.parse(project).getroot().iter(q('ProjectReference')):
        path = os.path.normpath(os.path.join(os.path.dirname(project), r.get('Include').replace('\\', '/')))
        name = assembly_name(path)
        if name not in seen:
            seen.add(name)
            referenced_libraries(path, seen)
    return sorted(seen)


def main():
    ap = argparse.ArgumentParser(usage=__doc__.split('\n')[-1])
    ap.add_argument('--out')
    ap.add_argument('--only', nargs='*', help='test projects to run (names), default all')
    a = ap.parse_args()
    kit = os.environ.get('NF_KIT') or os.path.join(os.path.dirname(ROOT), 'shared', 'nanoframework')
    if not os.path.exists(os.path.join(kit, 'bin', 'nf-build')):
        print('device: the nanoFramework kit is not at %s (set NF_KIT)' % kit)
        print('device: 0 passed, 1 failed')
        return 1
    nf_build, nf_test = os.path.join(kit, 'bin', 'nf-build'), os.path.join(kit, 'bin', 'nf-test')
    out = os.path.abspath(a.out or tempfile.mkdtemp(prefix='device-'))
    lib = os.path.join(out, 'lib')
    os.makedirs(lib, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix='device-build-')
    passed = failed = 0

    all_projects = projects()
    tests = [p for p in all_projects if assembly_name(p) == 'NFUnitTest']
    others = [p for p in all_projects if p not in tests]
    rc, text = run([nf_build, aggregate(others, tmp), '--out', lib], os.path.join(out, 'build.log'))
    sizes = {}
    for pe, kind, n in SIZE.findall(text):
        sizes.setdefault(pe, {})[kind] = int(n)
    if rc != 0 and 'DeviceBuildAll' not in ''.join(l for l in text.splitlines() if 'error' in l or 'FAILED' in l):
        print('FAIL device build of the libraries and applications:')
        for line in text.splitlines():
            if 'error' in line or 'FAILED' in line or 'OVER' in line:
                print('  ' + line)
        failed += 1

    print('device assemblies (.pe) against the 64 KiB limits of the format (bar: %d %%):' % BAR)
    print('  %-42s %16s %16s' % ('assembly', 'string table', 'byte code'))

    def row(name, s, b):
        print('  %-42s %7d (%3d %%) %7d (%3d %%)' % (name, s, 100 * s // LIMIT, b, 100 * b // LIMIT))
        return s * 100 > BAR * LIMIT or b * 100 > BAR * LIMIT

    for pe in sorted(sizes):
        if pe == 'DeviceBuildAll.pe':
            continue
        if row(pe, sizes[pe].get('string table', 0), sizes[pe].get('byte code', 0)):
            print('FAIL device size: %s is over %d %% of a 64 KiB limit' % (pe, BAR))
            failed += 1

    only = set(a.only or [])
    for test in tests:
        name = os.path.splitext(os.path.basename(test))[0]
        if only and name not in only:
            continue
        folder = os.path.join(out, name)
        os.makedirs(folder, exist_ok=True)
        for library in referenced_libraries(test):
            for ext in ('.dll', '.pe'):
                shutil.copyfile(os.path.join(lib, library + ext), os.path.join(folder, library + ext))
        rc, text = run([nf_build, standalone(test, tmp), '--out', folder], os.path.join(out, name + '.build.log'))
        own = {kind: int(n) for pe, kind, n in SIZE.findall(text) if pe == 'NFUnitTest.pe'}
        if rc != 0:
            print('FAIL device build: %s' % name)
            for line in text.splitlines():
                if 'error' in line or 'FAILED' in line or 'OVER' in line:
                    print('  ' + line)
            failed += 1
            continue
        over = row(name + ' (NFUnitTest.pe)', own.get('string table', 0), own.get('byte code', 0))
        if over:
            print('FAIL device size: %s is over %d %% of a 64 KiB limit' % (name, BAR))
            failed += 1
        r = subprocess.run([nf_test, '--dir', folder, '--log', os.path.join(out, name + '.test.log')],
                           capture_output=True, text=True)
        lines = (r.stdout + r.stderr).strip().splitlines()
        m = re.match(r'^(\d+) passed, (\d+) failed$', lines[-1] if lines else '')
        print('    %s' % (lines[-1] if lines else 'no output'))
        for line in lines[:-1][:20]:
            print('      ' + line)
        if m:
            passed += int(m.group(1))
            failed += int(m.group(2))
        else:
            failed += 1

    shutil.rmtree(tmp, ignore_errors=True)
    print('device: %d passed, %d failed' % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
