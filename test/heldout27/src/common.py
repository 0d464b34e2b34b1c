"""heldout27 (tooling adapted from heldout26/src/common.py): what every document of the set is written with. A document is a list of blocks, rendered
either to HTML (printed by chromium, build.py) or to a make_word.mjs source (Word → LibreOffice → PDF).
Figures are Decimal; tables of the functional classification are built from their 项 rows (类 and 款 rows
are their sums), then single cells are overridden where an error is planted (the override is written
next to the table, never computed)."""
import html
from decimal import Decimal as D

Z = D('0')


def F(x, commas=True, dp=2, zero=None):
    """A money figure as printed: thousands commas or not, dp places; zero printed as `zero` when given."""
    if x is None:
        return ''
    x = D(x)
    if x == 0 and zero is not None:
        return zero
    s = f'{x:,.{dp}f}' if commas else f'{x:.{dp}f}'
    return s


def P1(x, dp=1):
    return f'{D(x):.{dp}f}'


def rate(delta, prior, dp=2):
    return (D(delta) / D(prior) * 100).quantize(D(10) ** -dp)


# ---- blocks -------------------------------------------------------------------------------------------
def title(t): return ('title', t)
def sub(t): return ('sub', t)
def h1(t): return ('h1', t)
def h2(t): return ('h2', t)
def p(t): return ('p', t)
def right(t): return ('right', t)
def center(t): return ('center', t)
def left(t): return ('left', t)
def toc(t, pg): return ('toc', t, pg)
def note(t): return ('note', t)
def L(t): return ('left', t)
BREAK = ('break',)
COLS = ('cols',)      # HTML: the following blocks set in two columns until ENDCOLS
ENDCOLS = ('endcols',)
def raw(t): return ('raw', t)  # HTML only: a literal fragment
LAND = ('landscape',)
PORT = ('portrait',)


def table(head, body, **opts):
    """head: rows of cells ('<' merged left, '^' merged up); body: rows of strings."""
    return ('table', head, body, opts)


# ---- Word source (make_word.mjs) ----------------------------------------------------------------------
def to_word(blocks, header='', footer='dash'):
    out = []
    if header:
        out.append('@header ' + header)
    out.append('@footer ' + footer)
    for b in blocks:
        k = b[0]
        if k == 'title': out.append('T ' + b[1])
        elif k == 'sub': out.append('T2 ' + b[1])
        elif k == 'h1': out.append('H1 ' + b[1])
        elif k == 'h2': out.append('H2 ' + b[1])
        elif k == 'p': out.append(b[1])
        elif k == 'right': out.append('R ' + b[1])
        elif k == 'center': out.append('C ' + b[1])
        elif k == 'left': out.append('L ' + b[1])
        elif k == 'note': out.append('L ' + b[1])
        elif k == 'toc': out.append('TOC %s|%s' % (b[1], b[2]))
        elif k == 'break': out.append('::break')
        elif k == 'landscape': out.append('::landscape')
        elif k == 'portrait': out.append('::portrait')
        elif k == 'table':
            head, body, o = b[1], b[2], b[3]
            opts = ' '.join('%s=%s' % (a, v) for a, v in o.items() if a in ('widths', 'size', 'left'))
            out.append('::table head=%d %s' % (o.get('head', len(head)), opts))
            for r in head + body:
                out.append('|'.join(r))
            out.append('::end')
        else:
            raise ValueError(k)
    return '\n'.join(out) + '\n'


# ---- HTML (chromium) ----------------------------------------------------------------------------------
CSS = """
@page { size: A4; margin: 24mm 20mm 22mm 22mm;
  @top-right { content: "%(header)s"; font-family: 'WenQuanYi Micro Hei'; font-size: 9pt; color: #444; }
  @bottom-center { content: %(footer)s; font-family: 'WenQuanYi Micro Hei'; font-size: 9pt; } }
@page wide { size: A4 landscape; margin: 20mm 16mm 18mm 16mm;
  @top-right { content: "%(header)s"; font-family: 'WenQuanYi Micro Hei'; font-size: 9pt; color: #444; }
  @bottom-center { content: %(footer)s; font-family: 'WenQuanYi Micro Hei'; font-size: 9pt; } }
body { font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 11.5pt; line-height: 1.7; }
h1 { font-size: 20pt; text-align: center; font-weight: bold; margin: 8mm 0 4mm; }
.sub { font-size: 15pt; text-align: center; margin: 0 0 8mm; }
h2 { font-size: 13.5pt; font-weight: bold; margin: 5mm 0 2mm; }
h3 { font-size: 12pt; font-weight: bold; margin: 3mm 0 1mm; text-indent: 2em; }
p { text-indent: 2em; margin: 0 0 1.5mm; text-align: justify; }
p.c { text-align: center; text-indent: 0; }
p.r { text-align: right; text-indent: 0; font-size: 10pt; margin: 0 0 1mm; }
p.l { text-indent: 0; }
p.note { text-indent: 0; font-size: 9pt; }
.toc { display: flex; text-indent: 0; }
.toc .t { white-space: nowrap; }
.toc .dots { flex: 1; border-bottom: 1px dotted #000; margin: 0 2mm 1.6mm; }
table { border-collapse: collapse; width: 100%%; font-size: %(tsize)s; margin-bottom: 3mm; }
th, td { border: 0.6pt solid #000; padding: 1mm 1.4mm; line-height: 1.3; }
th { font-weight: normal; text-align: center; }
td.n { text-align: right; white-space: nowrap; }
.wide { page: wide; }
.pb { break-after: page; }
.cols { column-count: 2; column-gap: 9mm; column-rule: 0.4pt solid #999; }
.cols p { text-indent: 2em; }
"""


def _cells(rows, tag, ncols_left):
    out = []
    for r, row in enumerate(rows):
        tds = []
        for c, v in enumerate(row):
            if v in ('<', '^'):
                continue
            span = 1
            while c + span < len(row) and row[c + span] == '<':
                span += 1
            down = 1
            while r + down < len(rows) and c < len(rows[r + down]) and rows[r + down][c] == '^':
                down += 1
            attrs = (' colspan="%d"' % span if span > 1 else '') + (' rowspan="%d"' % down if down > 1 else '')
            s = v.replace(',', '').replace('.', '').replace('-', '').replace('%', '').replace('−', '').strip()
            num = tag == 'td' and c >= ncols_left and (s.isdigit() or v.strip() in ('-', '—'))
            cls = ' class="n"' if num else ''
            txt = '<br>'.join(html.escape(x, quote=False) for x in v.split('\\n'))
            tds.append('<%s%s%s>%s</%s>' % (tag, cls, attrs, txt, tag))
        out.append('<tr>' + ''.join(tds) + '</tr>')
    return ''.join(out)


def to_html(blocks, header='', footer='dash', tsize='9.5pt', tocstyle='dots', extra_css=''):
    """tocstyle 'dots': a TOC line is its title, a run of dots and the page number as text; 'rule': a dotted border
    drawn between title and page number (no dot characters in the PDF)."""
    foot = {'dash': '"- " counter(page) " -"', 'of': '"第 " counter(page) " 页 共 " counter(pages) " 页"',
            'plain': 'counter(page)'}[footer]
    css = CSS % {'header': header, 'footer': foot, 'tsize': tsize} + extra_css
    body = []
    wide = False
    for b in blocks:
        k = b[0]
        e = lambda t: html.escape(t, quote=False)
        if k == 'landscape':
            if wide: body.append('</div>')
            body.append('<div class="wide">'); wide = True
        elif k == 'portrait':
            if wide: body.append('</div>'); wide = False
        elif k == 'title': body.append('<h1>%s</h1>' % e(b[1]))
        elif k == 'sub': body.append('<p class="sub">%s</p>' % e(b[1]))
        elif k == 'h1': body.append('<h2>%s</h2>' % e(b[1]))
        elif k == 'h2': body.append('<h3>%s</h3>' % e(b[1]))
        elif k == 'p': body.append('<p>%s</p>' % e(b[1]))
        elif k == 'right': body.append('<p class="r">%s</p>' % e(b[1]))
        elif k == 'center': body.append('<p class="c">%s</p>' % e(b[1]))
        elif k == 'left': body.append('<p class="l">%s</p>' % e(b[1]))
        elif k == 'note': body.append('<p class="note">%s</p>' % e(b[1]))
        elif k == 'toc' and tocstyle == 'dots':
            body.append('<p class="l">%s%s%s</p>' % (e(b[1]), '…' * max(4, 40 - len(b[1])), e(b[2])))
        elif k == 'toc': body.append('<div class="toc"><span class="t">%s</span><span class="dots"></span><span>%s</span></div>' % (e(b[1]), e(b[2])))
        elif k == 'break': body.append('<div class="pb"></div>')
        elif k == 'cols': body.append('<div class="cols">')
        elif k == 'endcols': body.append('</div>')
        elif k == 'raw': body.append(b[1])
        elif k == 'table':
            head, rows, o = b[1], b[2], b[3]
            nl = int(o.get('nleft', 1))
            style = ''
            if 'widths' in o:
                ws = [int(x) for x in o['widths'].split(',')]
                tot = sum(ws)
                style = '<colgroup>' + ''.join('<col style="width:%.2f%%">' % (100 * w / tot) for w in ws) + '</colgroup>'
            thead = o.get('thead', True)
            h = _cells(head, 'th', nl)
            bd = _cells(rows, 'td', nl)
            cls = ' style="font-size:%s"' % o['font'] if 'font' in o else ''
            if thead:
                body.append('<table%s>%s<thead>%s</thead><tbody>%s</tbody></table>' % (cls, style, h, bd))
            else:
                body.append('<table%s>%s<tbody>%s%s</tbody></table>' % (cls, style, h, bd))
        else:
            raise ValueError(k)
    if wide:
        body.append('</div>')
    return ('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>' + css +
            '</style></head><body>\n' + '\n'.join(body) + '\n</body></html>\n')


# ---- the functional classification ----------------------------------------------------------------------
NAMES = {
    '201': '一般公共服务支出', '20101': '人大事务', '20103': '政府办公厅（室）及相关机构事务', '20138': '市场监督管理事务',
    '205': '教育支出', '20508': '进修及培训',
    '207': '文化旅游体育与传媒支出', '20701': '文化和旅游', '20702': '文物', '20708': '广播电视',
    '208': '社会保障和就业支出', '20805': '行政事业单位养老支出', '20808': '抚恤',
    '210': '卫生健康支出', '21001': '卫生健康管理事务', '21004': '公共卫生', '21007': '计划生育事务', '21011': '行政事业单位医疗',
    '212': '城乡社区支出', '21201': '城乡社区管理事务', '21203': '城乡社区公共设施', '21205': '城乡社区环境卫生',
    '21208': '国有土地使用权出让收入安排的支出', '21213': '城市基础设施配套费安排的支出',
    '213': '农林水支出', '21301': '农业农村', '21302': '林业和草原', '21303': '水利', '21305': '巩固脱贫攻坚成果衔接乡村振兴', '21307': '农村综合改革',
    '221': '住房保障支出', '22101': '保障性安居工程支出', '22102': '住房改革支出',
    '229': '其他支出', '22960': '彩票公益金安排的支出',
}


def tree(leaves, cols):
    """leaves: [(code7, name, {col: Decimal})]. Returns rows [(code, name, {col: value}, level)] with 类 (3 digits)
    and 款 (5 digits) rows summing the rows under them, in code order, and the total {col: value}."""
    rows, tot = [], {c: Z for c in cols}
    by_lei = {}
    for code, name, v in leaves:
        by_lei.setdefault(code[:3], {}).setdefault(code[:5], []).append((code, name, v))
    for lei in sorted(by_lei):
        kuans = by_lei[lei]
        lv = {c: sum((v.get(c, Z) for k in kuans.values() for _, _, v in k), Z) for c in cols}
        rows.append((lei, NAMES[lei], lv, 1))
        for kuan in sorted(kuans):
            kv = {c: sum((v.get(c, Z) for _, _, v in kuans[kuan]), Z) for c in cols}
            rows.append((kuan, NAMES[kuan], kv, 2))
            for code, name, v in kuans[kuan]:
                rows.append((code, name, {c: v.get(c, Z) for c in cols}, 3))
        for c in cols:
            tot[c] += lv[c]
    return rows, tot
