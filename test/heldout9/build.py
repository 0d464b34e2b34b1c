#!/usr/bin/env python3
"""heldout9 (gen9): builds the held-out PDFs. Each document is written below as HTML blocks,
saved to src/NAME.html and printed with headless chromium to NAME.pdf (A4, no header or footer;
landscape pages through a named @page). Tests read the committed PDFs and never need chromium.
Run from anywhere: python3 build.py [NAME-prefix...]"""
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
h3 { font-size: 12pt; font-weight: normal; margin: 3mm 0 1mm; }
p { text-indent: 2em; margin: 0 0 1.5mm; }
p.j { text-align: justify; }
p.c { text-align: center; text-indent: 0; }
p.r { text-align: right; text-indent: 0; }
.cap { text-align: center; font-size: 12pt; margin: 4mm 0 1mm; text-indent: 0; }
.unit { text-align: right; font-size: 10pt; margin: 0 0 1mm; text-indent: 0; }
.unitl { text-align: left; font-size: 10pt; margin: 0 0 1mm; text-indent: 0; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin-bottom: 3mm; }
th, td { border: 0.6pt solid #000; padding: 1.2mm 1.5mm; line-height: 1.35; }
th { font-weight: normal; text-align: center; }
td.n { text-align: right; white-space: nowrap; }
td.c { text-align: center; }

.wide { page: wide; }
.pb { break-after: page; }
.rh { position: fixed; top: -14mm; left: 0; right: 0; font-size: 9pt; color: #333; border-bottom: 0.5pt solid #666; text-align: right; }
.pn { text-align: center; font-size: 9pt; margin-top: 6mm; }
"""


def esc(s):
    return html.escape(s, quote=False)


def H1(t): return f'<h1>{esc(t)}</h1>'
def H2(t): return f'<h2>{esc(t)}</h2>'
def H3(t): return f'<h3>{esc(t)}</h3>'
def P(t, cls='j'): return f'<p class="{cls}">{esc(t)}</p>'
def CAP(t): return f'<p class="cap">{esc(t)}</p>'
def UNIT(t, left=False): return f'<p class="{"unitl" if left else "unit"}">{esc(t)}</p>'
PB = '<div class="pb"></div>'
def PN(n): return f'<div class="pn">{esc(n)}</div>'
def RH(t): return f'<div class="rh">{esc(t)}</div>'


def cell(c, tag):
    """A cell: a string, or a tuple (text, attrs) for colspan/rowspan/class; text may hold \\n for <br>."""
    attrs = ''
    if isinstance(c, tuple):
        c, attrs = c
    txt = '<br>'.join(esc(x) for x in str(c).split('\n'))
    cls = ''
    if tag == 'td' and 'class=' not in attrs:
        s = str(c).replace(',', '').replace('-', '').replace('.', '').replace('%', '').strip()
        cls = ' class="n"' if (s.isdigit() or str(c).strip() in ('-', '—')) and not attrs else ''
    return f'<{tag}{cls} {attrs}>{txt}</{tag}>'


def T(head, body, thead=True, cls=''):
    """A table: head rows (th) in a <thead> that chromium repeats on every page (thead=True) or
    as plain first rows (thead=False, so a continued page has no head)."""
    h = ''.join('<tr>' + ''.join(cell(c, 'th') for c in r) + '</tr>' for r in head)
    b = ''.join('<tr>' + ''.join(cell(c, 'td') for c in r) + '</tr>' for r in body)
    if thead:
        return f'<table class="{cls}"><thead>{h}</thead><tbody>{b}</tbody></table>'
    return f'<table class="{cls}"><tbody>{h}{b}</tbody></table>'


def WIDE(*blocks): return '<div class="wide">' + ''.join(blocks) + '</div>'


DOCS = {}


def doc(name):
    def reg(fn):
        DOCS[name] = fn
        return fn
    return reg


def build(name, blocks, extra_css=''):
    src = os.path.join(here, 'src', name + '.html')
    out = os.path.join(here, name + '.pdf')
    tmp = out + '.tmp'
    page = ('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>' + CSS + extra_css +
            '</style></head><body>' + '\n'.join(blocks) + '</body></html>\n')
    open(src, 'w', encoding='utf8').write(page)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    f'--print-to-pdf={tmp}', 'file://' + src], check=True, capture_output=True)
    # chromium writes streams at a low compression level: qpdf (Debian qpdf) halves the file
    subprocess.run(['qpdf', '--recompress-flate', '--compression-level=9', '--object-streams=generate',
                    '--deterministic-id', tmp, out], check=True)
    os.remove(tmp)
    print(name, os.path.getsize(out))


from docs import register  # noqa: E402  (the documents themselves)
register(doc, H1, H2, H3, P, CAP, UNIT, PB, PN, RH, T, WIDE)

if __name__ == '__main__':
    want = sys.argv[1:]
    for name, fn in DOCS.items():
        if not want or any(name.startswith(w) for w in want):
            build(name, *fn() if isinstance(fn(), tuple) else (fn(),))
