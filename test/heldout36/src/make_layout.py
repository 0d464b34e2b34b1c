"""src/NAME.layout.txt -> NAME.txt, as pdftotext -layout prints a page: lines starting with '>' are
paragraphs, first line indented four spaces, wrapped at 78 half-width units (an ideograph or full-width
mark counts 2) but never inside a run of digits, as a word processor keeps a number whole; other lines
are copied as they are (tables are laid out by hand with spaces); a line starting '<FF>' starts with a
form feed instead (pdftotext's page break). Run: python3 test/heldout36/src/make_layout.py"""
import os
import re
import unicodedata

here = os.path.dirname(os.path.abspath(__file__))
WIDTH = 78


def units(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' or c in '“”‘’—' else 1 for c in s)


def wrap(p):
    toks = re.findall(r'[0-9A-Za-z.,%\-−]+|.', p)
    out, row = [], '    '
    for t in toks:
        if units(row + t) > WIDTH:
            out.append(row.rstrip())
            row = ''
        row += t
    if row.strip():
        out.append(row.rstrip())
    return out


for f in sorted(os.listdir(here)):
    if not f.endswith('.layout.txt'):
        continue
    out, ff = [], False
    for line in open(os.path.join(here, f), encoding='utf8').read().rstrip('\n').split('\n'):
        if line.startswith('<FF>'):
            ff, line = True, line[4:]
        add = wrap(line[1:]) if line.startswith('>') else [line]
        if ff:
            add[0], ff = '\f' + add[0], False
        out += add
    open(os.path.join(here, '..', f.replace('.layout.txt', '.txt')), 'w', encoding='utf8').write('\n'.join(out) + '\n')
print('ok')
