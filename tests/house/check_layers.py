#!/usr/bin/env python3
"""The include rules of docs/ARCHITECTURE.md, checked with the build's own
compile commands: for each layer, a one-line source that includes a header of
a layer below it must compile, and one that includes a header of a layer
above it (or of Qt Gui/Widgets where the layer has none) must fail with the
header not found. The sources are compiled with exactly the flags of a real
file of the layer (compile_commands.json), so what passes here is what the
layer's own files can and cannot include.

Usage: check_layers.py BUILD_DIR SOURCE_DIR"""
import json
import os
import shlex
import subprocess
import sys
import tempfile

# layer: (a real source of the layer, includes that must compile, includes that must not)
LAYERS = {
    'core': ('app/core/Checklist.cpp',
             ['"core/Result.h"', '<QSqlQuery>'],
             ['"io/MarkdownWriter.h"', '"report/PdfReport.h"', '"ui/MainWindow.h"',
              '"ui/base/Prompts.h"', '"ui/signing/SignaturePad.h"', '"cli/Console.h"',
              '<QImage>', '<QWidget>']),
    'io': ('app/io/MarkdownWriter.cpp',
           ['"core/Checklist.h"', '"io/RecordExporter.h"'],
           ['"report/PdfReport.h"', '"ui/MainWindow.h"', '"ui/signing/SignaturePad.h"',
            '"cli/Console.h"', '<QImage>', '<QWidget>']),
    # poppler is the PDF module's alone (report/PdfModule loads it on first use).
    'report': ('app/report/PdfReport.cpp',
               ['"core/Checklist.h"', '"io/MarkdownWriter.h"', '"report/ReportPage.h"', '<QImage>'],
               ['"ui/MainWindow.h"', '"ui/base/Prompts.h"',
                '"cli/Console.h"', '<QWidget>', '<poppler-qt6.h>']),
    # The PDF module: the report's and the core's headers (values), poppler; nothing else.
    'report/poppler': ('app/report/poppler/PopplerBackend.cpp',
                       ['"report/PdfBackend.h"', '"core/Result.h"', '<poppler-qt6.h>', '<poppler-form.h>'],
                       ['"io/MarkdownWriter.h"', '"ui/MainWindow.h"', '"cli/Console.h"', '<QWidget>']),
    'ui/base': ('ui/base/Prompts.cpp',
                ['"ui/base/UiLogging.h"', '<QWidget>'],
                ['"ui/MainWindow.h"', '"ui/signing/SignaturePad.h"', '"core/Checklist.h"']),
    'ui/signing': ('ui/signing/SignaturePad.cpp',
                   ['"ui/base/Prompts.h"', '"core/ChecklistStore.h"', '"ui/signing/SignatureDialog.h"'],
                   ['"ui/MainWindow.h"', '"ui/RecordView.h"', '"report/PdfReport.h"',
                    '"io/MarkdownWriter.h"', '"cli/Console.h"']),
    'ui': ('ui/MainWindow.cpp',
           ['"ui/signing/SignaturePad.h"', '"ui/base/Prompts.h"', '"report/PdfReport.h"',
            '"io/MarkdownWriter.h"', '"core/Checklist.h"'],
           ['"cli/Console.h"']),
    'cli': ('app/cli/Console.cpp',
            ['"core/Checklist.h"', '"io/MarkdownWriter.h"', '"report/PdfReport.h"', '"cli/Console.h"'],
            ['"ui/MainWindow.h"', '"ui/base/Prompts.h"', '<QWidget>']),
}

# Qt's modules are also reachable as <QtGui/QImage> through Qt's include root,
# which every layer has: these spellings are checked by reading the sources.
QUALIFIED_QT = {'core': ('QtGui/', 'QtWidgets/', 'QtPrintSupport/'), 'io': ('QtGui/', 'QtWidgets/'),
                'report': ('QtWidgets/',)}


def compile_command(commands, source_dir, source):
    path = os.path.join(source_dir, source)
    for entry in commands:
        if os.path.realpath(entry['file']) == os.path.realpath(path):
            args = entry.get('arguments') or shlex.split(entry['command'])
            return entry['directory'], args, entry['file']
    sys.exit(f'check_layers: {source} is not in compile_commands.json')


def compiles(directory, args, original, include):
    with tempfile.NamedTemporaryFile('w', suffix='.cpp', delete=False) as probe:
        probe.write(f'#include {include}\n')
    cmd = []
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg == '-o':
            skip = True
            continue
        if arg in ('-MD', '-MMD'):
            continue
        if arg in ('-MF', '-MT', '-MQ'):
            skip = True
            continue
        if arg == original or os.path.realpath(os.path.join(directory, arg)) == os.path.realpath(original):
            arg = probe.name
        cmd.append(arg)
    cmd = [a for a in cmd if a != '-c'] + ['-fsyntax-only']
    if cmd and cmd[0].endswith('ccache'):
        cmd = cmd[1:]
    result = subprocess.run(cmd, cwd=directory, capture_output=True, text=True)
    os.unlink(probe.name)
    return result.returncode == 0, result.stderr


def main():
    build_dir, source_dir = sys.argv[1], sys.argv[2]
    with open(os.path.join(build_dir, 'compile_commands.json')) as f:
        commands = json.load(f)
    failures = []
    checked = 0
    for layer, (source, allowed, forbidden) in LAYERS.items():
        directory, args, original = compile_command(commands, source_dir, source)
        for include in allowed:
            ok, err = compiles(directory, args, original, include)
            checked += 1
            if not ok:
                failures.append(f'{layer}: #include {include} should compile and does not:\n{err}')
        for include in forbidden:
            ok, err = compiles(directory, args, original, include)
            checked += 1
            header = include.strip('"<>')
            if ok:
                failures.append(f'{layer}: #include {include} compiles: a wrong-way include is not refused')
            elif 'No such file or directory' not in err or header not in err:
                failures.append(f'{layer}: #include {include} failed for another reason than a missing header:\n{err}')
    for layer, prefixes in QUALIFIED_QT.items():
        folder = os.path.join(source_dir, 'app', layer)
        for name in sorted(os.listdir(folder)):
            if not name.endswith(('.h', '.cpp')):
                continue
            with open(os.path.join(folder, name), encoding='utf-8') as f:
                for number, line in enumerate(f, 1):
                    if line.lstrip().startswith('#include') and any(p in line for p in prefixes):
                        failures.append(f'{layer}: app/{layer}/{name}:{number} includes {line.strip()}')
    # The store's rooms are the store's own: the façade (core/ChecklistStore.h)
    # is what every other file uses. Every layer links the core, so this rule
    # is read from the sources.
    for folder in ('app/io', 'app/report', 'app/cli', 'ui', 'tests', 'bench', 'fuzz'):
        for dirpath, _, files in os.walk(os.path.join(source_dir, folder)):
            for name in sorted(files):
                if not name.endswith(('.h', '.cpp')):
                    continue
                path = os.path.join(dirpath, name)
                with open(path, encoding='utf-8') as f:
                    for number, line in enumerate(f, 1):
                        if line.lstrip().startswith('#include') and '"core/store/' in line:
                            failures.append(f'{os.path.relpath(path, source_dir)}:{number} includes a room of '
                                            f'the store ({line.strip()}): use core/ChecklistStore.h')
    for failure in failures:
        print(failure)
    print(f'check_layers: {checked} includes checked, {len(failures)} wrong')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
