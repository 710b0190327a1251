#!/usr/bin/env python3
"""Rewrites nf.sln from the project files of the repository.

Every .csproj, .nfproj and .shproj under firmware/, hal/, tests/ and tools/ is listed, in the solution folder of its
top-level folder, with every solution configuration (Deploy too for device applications and device test projects)
and the shared-items entries of every .projitems import. Guids: .nfproj and .shproj carry their own; a .csproj keeps
the guid nf.sln already gives it, and a new one gets a guid derived from its path, so the output is stable.
Run it after adding, moving or deleting a project; a host test (SolutionTests) fails while nf.sln and the projects
disagree. Prints the projects it added and removed."""
import os
import re
import sys
import uuid
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLN = os.path.join(ROOT, 'nf.sln')
TOPS = ['firmware', 'hal', 'tests', 'tools']
FOLDER_TYPE = '{2150E333-8FDC-42A3-9474-1A3956D46DE8}'
TYPES = {'.csproj': '{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}', '.nfproj': '{11A8DD76-328B-46DF-9F39-F559912D0360}',
         '.shproj': '{D954291E-2A0B-460D-934E-DC6B0785DB48}'}
CONFIGS = ['Debug|Any CPU', 'Debug|x64', 'Debug|x86', 'Release|Any CPU', 'Release|x64', 'Release|x86']
NS = '{http://schemas.microsoft.com/developer/msbuild/2003}'


def existing_guids():
    """Path (Windows separators) -> guid, and folder name -> guid, from the current nf.sln."""
    paths, folders = {}, {}
    if os.path.exists(SLN):
        text = open(SLN, encoding='utf-8-sig').read()
        for t, name, path, guid in re.findall(r'^Project\("(\{[^}]+\})"\) = "([^"]+)", "([^"]+)", "(\{[^}]+\})"', text, re.M):
            (folders if t.upper() == FOLDER_TYPE else paths)[name if t.upper() == FOLDER_TYPE else path] = guid.upper()
    return paths, folders


def prop(path, name):
    for el in ET.parse(path).getroot().iter():
        if el.tag.replace(NS, '') == name and el.text:
            return el.text.strip()
    return None


def shared_imports(path):
    """The .projitems a project imports, as repository-relative Windows paths."""
    out = []
    for el in ET.parse(path).getroot():
        if el.tag.replace(NS, '') == 'Import' and (el.get('Project') or '').endswith('.projitems'):
            p = os.path.normpath(os.path.join(os.path.dirname(path), el.get('Project').replace('\\', '/')))
            out.append(os.path.relpath(p, ROOT).replace('/', '\\'))
    return out


def main():
    old_paths, old_folders = existing_guids()
    projects = []
    for top in TOPS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, top)):
            dirnames[:] = sorted(d for d in dirnames if d not in ('bin', 'obj', 'node_modules'))
            for f in sorted(filenames):
                ext = os.path.splitext(f)[1]
                if ext not in TYPES:
                    continue
                full = os.path.join(dirpath, f)
                rel = os.path.relpath(full, ROOT).replace('/', '\\')
                guid = prop(full, 'ProjectGuid') if ext != '.csproj' else None
                guid = (guid or old_paths.get(rel) or '{%s}' % uuid.uuid5(uuid.NAMESPACE_URL, 'nf.sln/' + rel)).upper()
                if not guid.startswith('{'):
                    guid = '{%s}' % guid
                deploy = ext == '.nfproj' and (prop(full, 'OutputType') == 'Exe' or prop(full, 'IsTestProject') == 'true')
                projects.append(dict(top=top, name=os.path.splitext(f)[0], path=rel, full=full, ext=ext, guid=guid, deploy=deploy))

    folders = {top: old_folders.get(top) or '{%s}' % str(uuid.uuid5(uuid.NAMESPACE_URL, 'nf.sln/folder/' + top)).upper()
               for top in TOPS}
    lines = ['\ufeff', 'Microsoft Visual Studio Solution File, Format Version 12.00', '# Visual Studio Version 17',
             'VisualStudioVersion = 17.0.31903.59', 'MinimumVisualStudioVersion = 10.0.40219.1']
    for top in TOPS:
        lines += ['Project("%s") = "%s", "%s", "%s"' % (FOLDER_TYPE, top, top, folders[top]), 'EndProject']
    for p in projects:
        lines += ['Project("%s") = "%s", "%s", "%s"' % (TYPES[p['ext']], p['name'], p['path'], p['guid']), 'EndProject']
    lines += ['Global', '\tGlobalSection(SolutionConfigurationPlatforms) = preSolution']
    lines += ['\t\t%s = %s' % (c, c) for c in CONFIGS]
    lines += ['\tEndGlobalSection', '\tGlobalSection(ProjectConfigurationPlatforms) = postSolution']
    for p in projects:
        if p['ext'] == '.shproj':
            continue
        for c in CONFIGS:
            target = c.split('|')[0] + '|Any CPU'
            for what in ['ActiveCfg', 'Build.0'] + (['Deploy.0'] if p['deploy'] else []):
                lines.append('\t\t%s.%s.%s = %s' % (p['guid'], c, what, target))
    lines += ['\tEndGlobalSection', '\tGlobalSection(SolutionProperties) = preSolution', '\t\tHideSolutionNode = FALSE',
              '\tEndGlobalSection', '\tGlobalSection(NestedProjects) = preSolution']
    lines += ['\t\t%s = %s' % (p['guid'], folders[p['top']]) for p in projects]
    lines += ['\tEndGlobalSection', '\tGlobalSection(SharedMSBuildProjectFiles) = preSolution']
    shared = []
    for p in projects:
        if p['ext'] == '.shproj':
            shared.append('%s*%s*SharedItemsImports = 13' % (p['path'][:-len('.shproj')] + '.projitems', p['guid'].lower()))
        else:
            shared += ['%s*%s*SharedItemsImports = 5' % (i, p['guid'].lower()) for i in shared_imports(p['full'])]
    lines += ['\t\t' + s for s in sorted(shared, key=str.lower)]
    lines += ['\tEndGlobalSection', 'EndGlobal', '']
    text = '\n'.join(lines)
    old = open(SLN, 'rb').read() if os.path.exists(SLN) else b''
    if old != text.encode('utf-8'):
        with open(SLN, 'wb') as f:
            f.write(text.encode('utf-8'))
    for p in projects:
        if p['path'] not in old_paths:
            print('added ' + p['path'])
    for path in old_paths:
        if path not in {p['path'] for p in projects}:
            print('removed ' + path)
    return 0


if __name__ == '__main__':
    sys.exit(main())
