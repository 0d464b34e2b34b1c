"""Builds the pdftotext -layout style text of a held-out set's documents from its src/NAME.layout.txt files.
Source lines: `@head TEXT` first (the running head of every page after the cover); `::page` between pages;
`>TEXT` a paragraph, laid out as a Word page prints it (first line indented four spaces, wrapped at WIDTH
half-width units, an ASCII run such as 2,820.30 or 5.6% never split, a closing mark hung on the line it ends);
`::table SPEC` … `::end` a table whose rows are cells parted by `|`, SPEC giving each column as L<width> (text,
left), R<width> (figures, right-aligned) or G<width> (a gap, no cell), widths in half-width units; any other line is copied. Every page
gets a centred foot `- n -`; pages are joined by a form feed, as `pdftotext -layout` prints a Word-made PDF.
Run from anywhere: python3 test/heldout-kit/make_layout.py test/heldoutNN (the set's folder); each NAME.txt is written
beside src/."""
import os
import re
import sys
import unicodedata

if len(sys.argv) != 2:
    sys.exit('usage: python3 test/heldout-kit/make_layout.py test/heldoutNN')
here = os.path.join(os.path.abspath(sys.argv[1]), 'src')
WIDTH = 88


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)


def wrap(text):
    tokens = re.findall(r'[0-9A-Za-z.,%\-]+|.', text)
    lines, row, used = [], '    ', 4
    for tok in tokens:
        w = width(tok)
        if used + w > WIDTH and not (len(tok) == 1 and tok in '，。；：、）”％'):
            lines.append(row.rstrip())
            row, used = '', 0
        row += tok
        used += w
    if row.strip():
        lines.append(row.rstrip())
    return lines


def table(spec, rows):
    cols = [(c[0], int(c[1:])) for c in spec.split()]
    out = []
    for r in rows:
        cells = iter(r.split('|'))
        s = ''
        for kind, w in cols:
            if kind == 'G':
                s += ' ' * w
                continue
            c = next(cells, '')
            pad = max(w - width(c), 1 if c else 0)
            s += (c + ' ' * pad) if kind == 'L' else (' ' * pad + c)
        out.append(s.rstrip())
    return out


for name in sorted(os.listdir(here)):
    if not name.endswith('.layout.txt'):
        continue
    text = open(os.path.join(here, name), encoding='utf8').read().rstrip('\n')
    first, rest = text.split('\n', 1)
    assert first.startswith('@head '), name
    head = first[6:]
    pages = rest.split('\n::page\n')
    out = []
    for n, page in enumerate(pages, 1):
        src = page.strip('\n').split('\n')
        body, i = [], 0
        while i < len(src):
            l = src[i]
            if l.startswith('>'):
                body += wrap(l[1:])
            elif l.startswith('::table '):
                spec, rows = l[8:], []
                i += 1
                while src[i] != '::end':
                    rows.append(src[i])
                    i += 1
                body += table(spec, rows)
            else:
                body.append(l)
            i += 1
        lines = []
        if n > 1:
            lines += [' ' * (WIDTH - width(head)) + head, '']
        lines += body
        foot = f'- {n} -'
        lines += ['', ' ' * ((WIDTH - len(foot)) // 2) + foot]
        out.append('\n'.join(lines))
    open(os.path.join(here, '..', name.replace('.layout.txt', '.txt')), 'w', encoding='utf8').write('\n\f'.join(out) + '\n')
print('ok')
