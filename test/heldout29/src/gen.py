#!/usr/bin/env python3
"""Writes the sources of heldout29's documents: every figure computed by docX.py, then the planted slips
(PLANTS, each an exact one-time replacement on the rendered source) applied. Run from the repository root:
python3 test/heldout29/src/gen.py; then the kit builds the PDFs/.docx (see README)."""
import importlib
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from lib import plant  # noqa: E402
from plants import PLANTS  # noqa: E402

for mod, kind in [('docA', 'word'), ('docB', 'pdfs'), ('docC', 'word'), ('docD', 'docx'), ('docE', 'docx'), ('docF', 'md')]:
    if len(sys.argv) > 1 and mod not in sys.argv[1:]:
        continue
    try:
        m = importlib.import_module(mod)
    except ModuleNotFoundError:
        continue
    o = m.build()
    if kind == 'word':
        text, out = o.word(m.HEADER), os.path.join(here, m.NAME + '.pdf.src.txt')
    elif kind == 'pdfs':
        text, out = o.pdfs(m.HEADER), os.path.join(here, m.NAME + '.pdf.src.txt')
    elif kind == 'docx':
        text, out = o.docx(), os.path.join(here, m.NAME + '.docx.src.txt')
    else:
        text, out = o.md(), os.path.join(here, '..', m.NAME + '.md')
    for old, new in PLANTS.get(mod, []):
        text = plant(text, old, new)
    open(out, 'w', encoding='utf8').write(text)
    print(mod, len(text.encode('utf8')), 'bytes ->', os.path.relpath(out, here))
