#!/usr/bin/env python3
"""heldout26: builds the set's PDFs. Each dNN.py gives NAME, KIND ('word' or 'html'), HEADER, FOOTER and blocks().
word: writes src/NAME.pdf.src.txt and runs ../heldout-kit/make_word.mjs (docx package → LibreOffice → PDF);
html: writes src/NAME.html and prints it with headless chromium (A4, @page margin boxes for the running head and
page numbers), then qpdf recompresses it. Both then write what `budgetlint --print-text` reads from the PDF to
src/NAME.pdf.text.txt, which expected.json's line numbers point into.
Needs chromium, qpdf, LibreOffice and the WenQuanYi / Noto CJK fonts. Run: python3 test/heldout26/src/build.py [dNN ...]"""
import importlib
import os
import subprocess
import sys

src = os.path.dirname(os.path.abspath(__file__))
here = os.path.dirname(src)
root = os.path.dirname(os.path.dirname(here))
sys.path.insert(0, src)
from common import to_html, to_word  # noqa: E402

DOCS = ['d01', 'd02', 'd03', 'd04', 'd05', 'd06', 'd07', 'd08']


def text(name):
    t = subprocess.run(['node', os.path.join(root, 'packages/cli/bin/budgetlint.js'), '--print-text',
                        os.path.join(here, name + '.pdf')], check=True, capture_output=True, text=True).stdout
    open(os.path.join(src, name + '.pdf.text.txt'), 'w', encoding='utf8').write(t)


def build(mod):
    m = importlib.import_module(mod)
    name, bs = m.NAME, m.blocks()
    footer = getattr(m, 'FOOTER', 'dash')
    if m.KIND == 'word':
        open(os.path.join(src, name + '.pdf.src.txt'), 'w', encoding='utf8').write(to_word(bs, m.HEADER, footer))
        subprocess.run(['node', os.path.join(root, 'test', 'heldout-kit', 'make_word.mjs'), here, name], check=True, cwd=root)
    else:
        h = os.path.join(src, name + '.html')
        open(h, 'w', encoding='utf8').write(to_html(bs, m.HEADER, footer, getattr(m, 'TSIZE', '9.5pt'), getattr(m, 'TOCSTYLE', 'dots')))
        out = os.path.join(here, name + '.pdf')
        tmp = out + '.tmp'
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                        '--print-to-pdf=' + tmp, 'file://' + h], check=True, capture_output=True)
        subprocess.run(['qpdf', '--recompress-flate', '--compression-level=9', '--object-streams=generate',
                        '--deterministic-id', tmp, out], check=True)
        os.remove(tmp)
        text(name)
    print(name, os.path.getsize(os.path.join(here, name + '.pdf')))


if __name__ == '__main__':
    for mod in sys.argv[1:] or DOCS:
        build(mod)
