#!/usr/bin/env python3
"""heldout12 (gen12): text that passed through other tools before it was linted.

Three documents are printed from HTML (src/NAME.html) by headless chromium and then turned back
into text by poppler's pdftotext, as a reviewer who lints what a tool made of the PDF would do:
`pdftotext -layout` (space-aligned columns, wrapped cells on the next line, form feeds between
pages) or plain `pdftotext` (one cell per line, the columns read down). The others are written
here in the shape other tools leave: lines copied out of a PDF viewer with a hard break at every
visual line (inside numbers and units too) and page furniture between, tables pasted from a web
page or a spreadsheet as tab-separated lines, full-width digits and punctuation, thousands
separators as spaces, Chinese-numeral amounts, traditional characters, a Markdown file a
converter hard-wrapped. Only the .txt/.md files and the HTML sources are committed; the PDFs are
intermediates. Run: python3 build.py [NAME-prefix...] (needs chromium and poppler-utils)."""
import html
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))

CSS = """
@page { size: A4; margin: 22mm 20mm 20mm 22mm; }
@page wide { size: A4 landscape; margin: 18mm 18mm 16mm 18mm; }
body { font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 11.5pt; line-height: 1.65; }
h1 { font-size: 18pt; text-align: center; font-weight: normal; margin: 6mm 0 8mm; }
h2 { font-size: 13pt; font-weight: normal; margin: 5mm 0 2mm; }
p { text-indent: 2em; margin: 0 0 1.5mm; text-align: justify; }
.cap { text-align: center; font-size: 12pt; margin: 4mm 0 1mm; text-indent: 0; }
.unit { text-align: right; font-size: 10pt; margin: 0 0 1mm; text-indent: 0; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin-bottom: 3mm; }
th, td { border: 0.6pt solid #000; padding: 1.2mm 1.5mm; line-height: 1.35; }
th { font-weight: normal; text-align: center; }
td.n { text-align: right; white-space: nowrap; }
.wide { page: wide; }
.pb { break-after: page; }
.rh { position: fixed; top: -14mm; left: 0; right: 0; font-size: 9pt; text-align: right; border-bottom: 0.5pt solid #666; }
.pn { text-align: center; font-size: 9pt; margin-top: 6mm; }
"""


def esc(s): return html.escape(s, quote=False)
def H1(t): return f'<h1>{esc(t)}</h1>'
def H2(t): return f'<h2>{esc(t)}</h2>'
def P(t): return f'<p>{esc(t)}</p>'
def CAP(t): return f'<p class="cap">{esc(t)}</p>'
def UNIT(t): return f'<p class="unit">{esc(t)}</p>'
PB = '<div class="pb"></div>'
def PN(n): return f'<div class="pn">{esc(n)}</div>'
def RH(t): return f'<div class="rh">{esc(t)}</div>'


def T(head, body, widths=None):
    def cell(c, tag):
        attrs = ''
        if isinstance(c, tuple):
            c, attrs = c
        s = str(c).replace(',', '').replace('-', '').replace('.', '').replace('%', '').strip()
        cls = ' class="n"' if tag == 'td' and not attrs and (s.isdigit() or str(c).strip() in ('-', '—')) else ''
        return f'<{tag}{cls} {attrs}>{esc(str(c))}</{tag}>'
    cols = ''.join(f'<col style="width:{w}">' for w in widths) if widths else ''
    h = ''.join('<tr>' + ''.join(cell(c, 'th') for c in r) + '</tr>' for r in head)
    b = ''.join('<tr>' + ''.join(cell(c, 'td') for c in r) + '</tr>' for r in body)
    return f'<table>{cols}<thead>{h}</thead><tbody>{b}</tbody></table>'


def WIDE(*blocks): return '<div class="wide">' + ''.join(blocks) + '</div>'


def pdf_to_text(name, blocks, layout):
    src = os.path.join(here, 'src', name + '.html')
    pdf = os.path.join('/tmp', name + '.pdf')
    page = ('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>' + CSS +
            '</style></head><body>' + '\n'.join(blocks) + '</body></html>\n')
    open(src, 'w', encoding='utf8').write(page)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    f'--print-to-pdf={pdf}', 'file://' + src], check=True, capture_output=True)
    out = os.path.join(here, name + '.txt')
    subprocess.run(['pdftotext', '-enc', 'UTF-8'] + (['-layout'] if layout else []) + [pdf, out], check=True)
    print(name, 'pdftotext', '-layout' if layout else '(plain)', os.path.getsize(out))


FW = {ord(c): ord(c) + 0xFEE0 for c in '0123456789.%,'}


def full_width(s):
    """Digits, decimal points, percent and commas in their full-width forms, as an IME or a web
    page in a Chinese font leaves them (the comma after a figure stays Chinese punctuation)."""
    return s.translate(FW).replace('．', '．')


def write_text(name, text):
    p = os.path.join(here, name)
    open(p, 'w', encoding='utf8').write(text)
    print(name, 'written', len(text))


DOCS = {}


def doc(name):
    def reg(fn):
        DOCS[name] = fn
        return fn
    return reg


from docs import register  # noqa: E402
register(doc, dict(H1=H1, H2=H2, P=P, CAP=CAP, UNIT=UNIT, PB=PB, PN=PN, RH=RH, T=T, WIDE=WIDE,
                   pdf_to_text=pdf_to_text, write_text=write_text, full_width=full_width))

if __name__ == '__main__':
    want = sys.argv[1:]
    for name, fn in DOCS.items():
        if not want or any(name.startswith(w) for w in want):
            fn()
