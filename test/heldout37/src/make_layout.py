"""src/NAME.layout.txt -> NAME.txt, imitating `pdftotext -layout` output of a Word-published PDF.

Source lines:
  >TEXT        a paragraph: first line indented four spaces, wrapped at WIDTH half-width units
               (an ideograph or full-width mark counts 2), never inside a run of digits,
               and never before a closing mark (，。；、：）” stay at the line's end)
  >>TEXT       a paragraph that continues one cut by a page break: no first-line indent
  @cols W,W,…  column widths (half-width units) for the @row lines that follow
  @row A|B|…   a table row: the first cell left-aligned, the others right-aligned in their columns
  <FF>…        the line starts with a form feed (pdftotext's page break)
  @head TEXT   the running head, right-aligned (use after <FF> or at the top)
  @foot TEXT   the page foot, centred
  any other line is copied as it is
Run: python3 test/heldout37/src/make_layout.py"""
import os
import re
import unicodedata

here = os.path.dirname(os.path.abspath(__file__))
WIDTH = 80


def units(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' or c in '“”‘’—…' else 1 for c in s)


def wrap(p, indent):
    toks = re.findall(r'[0-9A-Za-z.,%\-−]+|.', p)
    out, row = [], ' ' * indent
    for t in toks:
        if units(row + t) > WIDTH and t not in '，。；、：）”%':
            out.append(row.rstrip())
            row = ''
        row += t
    if row.strip():
        out.append(row.rstrip())
    return out


def pad_left(s, w):
    return s + ' ' * max(1, w - units(s))


def pad_right(s, w):
    return ' ' * max(1, w - units(s)) + s


for f in sorted(os.listdir(here)):
    if not f.endswith('.layout.txt'):
        continue
    out, cols = [], []
    for line in open(os.path.join(here, f), encoding='utf8').read().rstrip('\n').split('\n'):
        ff = line.startswith('<FF>')
        if ff:
            line = line[4:]
        if line.startswith('>>'):
            add = wrap(line[2:], 0)
        elif line.startswith('>'):
            add = wrap(line[1:], 4)
        elif line.startswith('@cols '):
            cols = [int(x) for x in line[6:].split(',')]
            continue
        elif line.startswith('@row '):
            cells = line[5:].split('|')
            s = pad_left(cells[0], cols[0])
            for c, w in zip(cells[1:], cols[1:]):
                s += pad_right(c, w)
            add = [s.rstrip()]
        elif line.startswith('@head '):
            add = [pad_right(line[6:], WIDTH)]
        elif line.startswith('@foot '):
            t = line[6:]
            add = [' ' * ((WIDTH - units(t)) // 2) + t]
        else:
            add = [line]
        if ff:
            add[0] = '\f' + add[0]
        out += add
    open(os.path.join(here, '..', f.replace('.layout.txt', '.txt')), 'w', encoding='utf8').write('\n'.join(out) + '\n')
print('ok')
