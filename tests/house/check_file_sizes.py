#!/usr/bin/env python3
"""No source file of the program is longer than the house allows
(docs/ARCHITECTURE.md): a file that grows past it is a class doing more than
one job. Tests are exempt, since a suite is a list of cases.

Usage: check_file_sizes.py SOURCE_DIR [LIMIT]"""
import os
import sys

FOLDERS = ('app', 'ui', 'bench', 'fuzz')
EXTENSIONS = ('.h', '.cpp')


def main():
    source_dir = sys.argv[1]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 600
    too_long = []
    counted = 0
    for folder in FOLDERS:
        for dirpath, _, files in os.walk(os.path.join(source_dir, folder)):
            for name in sorted(files):
                if not name.endswith(EXTENSIONS):
                    continue
                path = os.path.join(dirpath, name)
                with open(path, encoding='utf-8') as f:
                    lines = sum(1 for _ in f)
                counted += 1
                if lines > limit:
                    too_long.append((lines, os.path.relpath(path, source_dir)))
    for lines, path in sorted(too_long, reverse=True):
        print(f'{path}: {lines} lines, over the limit of {limit}: split it by job')
    print(f'check_file_sizes: {counted} files, {len(too_long)} over {limit} lines')
    return 1 if too_long else 0


if __name__ == '__main__':
    sys.exit(main())
