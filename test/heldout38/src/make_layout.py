"""Builds the pdftotext -layout style text of heldout38's 02 from src/NAME.layout.txt.
Pages in the source are separated by a line `::page`; every page after the cover gets the running head
(right-aligned at column 90), every page a centred foot `- n -`, and pages are joined by a form feed,
as `pdftotext -layout` prints a Word-made PDF.
Run from anywhere: python3 test/heldout38/src/make_layout.py"""
import os
import unicodedata

here = os.path.dirname(os.path.abspath(__file__))
WIDTH = 90


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)


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
        body = page.strip('\n').split('\n')
        lines = []
        if n > 1:
            lines += [' ' * (WIDTH - width(head)) + head, '']
        lines += body
        foot = f'- {n} -'
        lines += ['', ' ' * ((WIDTH - len(foot)) // 2) + foot]
        out.append('\n'.join(lines))
    open(os.path.join(here, '..', name.replace('.layout.txt', '.txt')), 'w', encoding='utf8').write('\n\f'.join(out) + '\n')
print('ok')
