#!/usr/bin/env python3
"""Measures two layouts of the catalog strings and the glyph bitmaps on the nanoCLR interpreter.

  literals  the product (tools/Pos.Catalog's output): every string and every glyph bitmap a literal in a switch,
            read in place; only the glyph code points and width bits are arrays
  arrays    the layout before: the same data as static string[] / ushort[] / byte[] tables

For each it builds the three data assemblies (Pos.Core.Texts.ZhCn, .EnUs, Pos.Core.Glyphs) with the kit's nf-build,
runs Measure.cs on nanoCLR with nf-test and prints: string table and byte code of each assembly, the managed heap
they hold once loaded (nanoCLR runs every static initializer at start-up, so arrays are resident whether used or
not; measured against Baseline.cs, which loads none), and the time of one string look-up and of reading one glyph's
rows. The arrays candidate is derived from the committed product sources, so the comparison stays current.

usage: tools/Pos.Bench.DataLayouts/measure.py [--kit PATH]   (default kit: ../shared/nanoframework beside the repo)"""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CASE = re.compile(r'case (\d+):\s*return (.*?);(?: //[^\n]*)?\n')


def lookup(source, name):
    """The values of a generated look-up (the cases of its chunk functions Name0, Name1, ...), by index."""
    values = {}
    for m in re.finditer(r'private static \w+ %s\d+\(int \w+\)\s*\{\s*switch \(\w+\)\s*\{(.*?)default:' % name, source, re.S):
        for i, v in CASE.findall(m.group(1)):
            values[int(i)] = v
    return [values[i] for i in range(len(values))]


def decode_glyph(text):
    data = text[1:-1].replace('\\\\', '\\')
    acc = held = 0
    out = []
    for c in data:
        acc = ((acc << 6) | (ord(c) - 48)) & 0x3FFF
        held += 6
        if held >= 8:
            held -= 8
            out.append((acc >> held) & 0xFF)
    return out


def arrays_texts(source):
    ns = re.search(r'^namespace (\S+)', source, re.M).group(1)
    texts, starts = lookup(source, 'Text'), lookup(source, 'Start')
    return ('namespace %s\n{\n    public static class LocaleTexts\n    {\n'
            '        private static readonly ushort[] Starts = new ushort[] { %s };\n'
            '        private static readonly string[] Texts = new string[]\n        {\n%s        };\n'
            '        public static int Start(int key) { return key >= 0 && key < Starts.Length ? Starts[key] : -1; }\n'
            '        public static string Text(int i) { return i >= 0 && i < Texts.Length ? Texts[i] : null; }\n    }\n}\n'
            % (ns, ', '.join(starts), ''.join('            %s,\n' % t for t in texts)))


def arrays_glyphs(source):
    head = source[:source.index('        /// <summary>The encoded bitmap')]
    bits, offsets = [], []
    for text in lookup(source, 'Bitmap'):
        offsets.append(len(bits))
        bits.extend(decode_glyph(text))
    return (head + '        public static readonly ushort[] Offsets = new ushort[] { %s };\n'
            '        public static readonly byte[] Bits = new byte[] { %s };\n    }\n}\n'
            % (', '.join(map(str, offsets)), ', '.join(map(str, bits))))


def parts(path):
    """A generated class's files: Name.cs, then Name.Part2.cs, ... (tools/Pos.Catalog splits a long class into parts)."""
    more = glob.glob(path[:-len('.cs')] + '.Part*.cs')
    return [path] + sorted(more, key=lambda p: int(re.search(r'\.Part(\d+)\.cs$', p).group(1)))


def project(folder, assembly, sources, refs, projrefs=(), defines=''):
    os.makedirs(folder, exist_ok=True)
    items = ''.join('    <Compile Include="%s" />\n' % s for s in sources)
    items += ''.join('    <Reference Include="%s" />\n' % r for r in refs)
    items += ''.join('    <ProjectReference Include="%s" />\n' % p for p in projrefs)
    path = os.path.join(folder, assembly + '.nfproj')
    with open(path, 'w') as f:
        f.write('<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">\n'
                '  <PropertyGroup><OutputType>Library</OutputType><AssemblyName>%s</AssemblyName>'
                '<DefineConstants>%s</DefineConstants></PropertyGroup>\n  <ItemGroup>\n%s  </ItemGroup>\n</Project>\n'
                % (assembly, defines, items))
    return path


def main():
    ap = argparse.ArgumentParser(usage=__doc__.split('\n')[-1])
    ap.add_argument('--kit', default=os.path.join(os.path.dirname(ROOT), 'shared', 'nanoframework'))
    a = ap.parse_args()
    nf_build, nf_test = os.path.join(a.kit, 'bin', 'nf-build'), os.path.join(a.kit, 'bin', 'nf-test')
    if not os.path.exists(nf_build):
        sys.exit('no nanoFramework kit at %s (--kit)' % a.kit)
    tmp = tempfile.mkdtemp(prefix='data-layouts-')
    texts = sorted(glob.glob(os.path.join(ROOT, 'firmware', 'Pos.Core.Texts.*', 'LocaleTexts.cs')))
    glyphs = os.path.join(ROOT, 'firmware', 'Pos.Core.Glyphs', 'GlyphData.cs')
    test_refs = ['mscorlib', 'nanoFramework.TestFramework', 'nanoFramework.UnitTestLauncher', 'nanoFramework.Runtime.Native']
    results = {}
    runs = [('baseline', None)] + [('literals', False), ('arrays', True)]
    for name, arrays in runs:
        folder = os.path.join(tmp, name)
        if arrays is None:
            test = project(os.path.join(folder, 'test'), 'NFUnitTest', [os.path.join(HERE, 'Baseline.cs')], test_refs)
        else:
            refs = []
            for path in texts + [glyphs]:
                assembly = os.path.basename(os.path.dirname(path))
                sources = {os.path.basename(p): open(p, encoding='utf-8').read() for p in parts(path)}
                if arrays:
                    source = ''.join(sources.values())
                    sources = {os.path.basename(path): arrays_glyphs(source) if path == glyphs else arrays_texts(source)}
                lib = os.path.join(folder, assembly)
                os.makedirs(lib, exist_ok=True)
                for file, source in sources.items():
                    with open(os.path.join(lib, file), 'w', encoding='utf-8') as f:
                        f.write(source)
                refs.append(project(lib, assembly, list(sources), ['mscorlib']))
            test = project(os.path.join(folder, 'test'), 'NFUnitTest', [os.path.join(HERE, 'Measure.cs')], test_refs, refs,
                           'ARRAYS' if arrays else '')
        out = os.path.join(folder, 'out')
        build = subprocess.run([nf_build, test, '--out', out], capture_output=True, text=True)
        if build.returncode != 0:
            sys.exit('%s: build failed\n%s' % (name, build.stdout + build.stderr))
        sizes = {}
        for pe, kind, n in re.findall(r'^(\S+)\.pe: (string table|byte code)\s+(\d+) /', build.stdout, re.M):
            sizes.setdefault(pe, {})[kind] = int(n)
        log = os.path.join(folder, 'run.log')
        run = subprocess.run([nf_test, '--dir', out, '--log', log], capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit('%s: run failed\n%s' % (name, run.stdout))
        text = open(log).read()
        figures = dict(re.findall(r'^M (\S+) (\d+)', text, re.M))
        figures['checks'] = re.findall(r' check (\d+)', text)
        results[name] = (sizes, figures)

    if results['literals'][1]['checks'] != results['arrays'][1]['checks']:
        sys.exit('the two layouts read different data: %s' % [results[n][1]['checks'] for n in ('literals', 'arrays')])
    base = int(results['baseline'][1]['heap.free'])
    print('Catalog strings and glyph bitmaps on the nanoCLR interpreter (kit: %s)' % os.path.relpath(a.kit, ROOT))
    print('%-10s %-24s %14s %12s' % ('layout', 'assembly', 'string table', 'byte code'))
    for name in ('literals', 'arrays'):
        sizes = results[name][0]
        for pe in sorted(p for p in sizes if p != 'NFUnitTest' and p.startswith('Pos.Core.')):
            print('%-10s %-24s %14d %12d' % (name, pe, sizes[pe]['string table'], sizes[pe]['byte code']))
    print()
    print('%-10s %16s %18s %16s' % ('layout', 'heap held (B)', 'string look-up', 'glyph rows'))
    for name in ('literals', 'arrays'):
        f = results[name][1]
        print('%-10s %16d %15.1f us %13.1f us' % (name, base - int(f['heap.free']), int(f['text.ns']) / 1000.0,
                                                 int(f['glyph.ns']) / 1000.0))
    return 0


if __name__ == '__main__':
    sys.exit(main())
