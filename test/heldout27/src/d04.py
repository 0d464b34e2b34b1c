"""d04: 苇塘县2024年政府性基金预算和国有资本经营预算执行情况 (a Calc workbook → LibreOffice PDF). Stresses: a
spreadsheet export with printed gridlines, a title merged across the columns, the 单位 line in its own merged
cell, 合计 rows first (基金) and last (国资), a 收入总计 that legitimately adds 上级补助、上年结余 and 债务转贷,
'0.00' cells, and a 说明 sheet whose prose sits in tall merged wrap-text cells."""
import os
import shutil
import subprocess
import tempfile
from decimal import Decimal as D
from xml.sax.saxutils import escape

NAME = 'd04-weitang-county-2024-fund-and-state-capital-budget-execution'
KIND = 'calc'

# 基金收入: (项目, 上年执行数, 预算数, 执行数) 万元
FUND_IN = [('国有土地使用权出让收入', '96420.00', '88000.00', '81356.40'),
           ('城市基础设施配套费收入', '3210.00', '3500.00', '2874.10'),
           ('污水处理费收入', '1046.00', '1100.00', '1118.30'),
           ('其他政府性基金收入', '512.00', '400.00', '0.00')]
FUND_IN_TOTAL_PRINTED = D('86348.80')  # planted: the items add up to 85,348.80
FUND_EXTRA = [('上级补助收入', '4860.00'), ('上年结余收入', '7325.41'), ('专项债务转贷收入', '36000.00')]
FUND_OUT = [('城乡社区支出', '38210.00', '52000.00', '47126.52'),
            ('其他支出（彩票公益金安排的支出）', '640.00', '700.00', '688.25'),
            ('债务付息支出', '4120.00', '4600.00', '4585.63'),
            ('债务发行费用支出', '36.00', '40.00', '36.00')]
GROWTH_PLANT = ('城市基础设施配套费收入', '-5.7')  # 2,874.10 / 3,210.00 − 1 = −10.46%
# 国资: (项目, 预算数, 执行数)
SOE_IN = [('利润收入', '1200.00', '1046.52'), ('股利、股息收入', '300.00', '318.40'), ('产权转让收入', '0.00', '0.00'),
          ('其他国有资本经营预算收入', '80.00', '92.10')]
SOE_OUT = [('解决历史遗留问题及改革成本支出', '360.00', '352.00'), ('国有企业资本金注入', '820.00', '760.00'),
           ('国有企业政策性补贴', '100.00', '98.60')]
SOE_OUT_TOTAL_PRINTED = (D('1280.00'), D('1310.60'))   # planted: execution items add up to 1,210.60
SOE_TRANSFER = D('246.42')   # 调出资金 to the 一般公共预算, stated in 说明


def q2(x):
    return D(x).quantize(D('0.01'))


def pct(a, b):
    return q2(D(a) / D(b) * 100) if D(b) else None


def fund_rows():
    ins = [(n, D(a), D(b), D(c)) for n, a, b, c in FUND_IN]
    tin = [sum(x[i] for x in ins) for i in (1, 2, 3)]
    rows = [['收入合计', tin[0], tin[1], FUND_IN_TOTAL_PRINTED, pct(FUND_IN_TOTAL_PRINTED, tin[1]), q2((FUND_IN_TOTAL_PRINTED / tin[0] - 1) * 100)]]
    for n, a, b, c in ins:
        g = q2((c / a - 1) * 100)
        if n == GROWTH_PLANT[0]:
            g = D(GROWTH_PLANT[1])
        rows.append(['　' + n, a, b, c, pct(c, b), g])
    outs = [(n, D(a), D(b), D(c)) for n, a, b, c in FUND_OUT]
    tout = [sum(x[i] for x in outs) for i in (1, 2, 3)]
    rows.append(['支出合计', tout[0], tout[1], tout[2], pct(tout[2], tout[1]), q2((tout[2] / tout[0] - 1) * 100)])
    for n, a, b, c in outs:
        rows.append(['　' + n, a, b, c, pct(c, b), q2((c / a - 1) * 100)])
    return rows, tin, tout


def soe_rows():
    rows = []
    tb = sum(D(b) for _, b, _ in SOE_IN); tc = sum(D(c) for _, _, c in SOE_IN)
    for n, b, c in SOE_IN:
        rows.append(['　' + n, D(b), D(c), pct(c, b)])
    rows.append(['收入合计', tb, tc, pct(tc, tb)])
    for n, b, c in SOE_OUT:
        rows.append(['　' + n, D(b), D(c), pct(c, b)])
    ob, oc = SOE_OUT_TOTAL_PRINTED
    rows.append(['支出合计', ob, oc, pct(oc, ob)])
    return rows, tc


def notes_text():
    rows, tin, tout = fund_rows()
    soe, soe_in = soe_rows()
    extra = sum(D(v) for _, v in FUND_EXTRA)
    total_in = tin[2] + extra
    return [
        '一、政府性基金预算执行情况',
        '2024年，全县政府性基金预算收入完成%s万元，为预算的%s%%，比上年下降%s%%，主要是国有土地使用权出让收入减少。' % (f'{tin[2]:,}', q2(tin[2] / tin[1] * 100).quantize(D('0.1')), ((1 - tin[2] / tin[0]) * 100).quantize(D('0.1'))) +
        
        '加上上级补助收入4,860.00万元、上年结余收入7,325.41万元和专项债务转贷收入36,000.00万元，收入总计%s万元。' % f'{total_in:,}',
        '全县政府性基金预算支出完成%s万元，为预算的%s%%；加上专项债务还本支出6,000.00万元，支出总计%s万元，年终结余%s万元。'
        % (f'{tout[2]:,}', pct(tout[2], tout[1]), f'{tout[2] + 6000:,}', f'{total_in - tout[2] - 6000:,}'),
        '二、国有资本经营预算执行情况',
        '2024年，全县国有资本经营预算收入完成%s万元，为预算的%s%%。调出资金%s万元，占国有资本经营预算收入的17.2%%，用于补充一般公共预算。'
        % (f'{soe_in:,}', pct(soe_in, sum(D(b) for _, b, _ in SOE_IN)), f'{SOE_TRANSFER:,}'),
    ]


CELL = '<table:table-cell table:style-name="%s"%s>%s</table:table-cell>'


def cell(v, style, span=1):
    at = ' table:number-columns-spanned="%d"' % span if span > 1 else ''
    cov = '<table:covered-table-cell/>' * (span - 1)
    if isinstance(v, D):
        return ('<table:table-cell table:style-name="%s" office:value-type="float" office:value="%s"%s><text:p>%s</text:p></table:table-cell>'
                % (style, v, at, f'{v:,.2f}')) + cov
    if v is None:
        return ('<table:table-cell table:style-name="%s"%s><text:p>-</text:p></table:table-cell>' % (style, at)) + cov
    return ('<table:table-cell table:style-name="%s" office:value-type="string"%s><text:p>%s</text:p></table:table-cell>'
            % (style, at, escape(v))) + cov


def sheet(name, widths, title, unit, head, rows, prose=None):
    n = len(widths)
    x = ['<table:table table:name="%s" table:style-name="ta1">' % escape(name)]
    x += ['<table:table-column table:style-name="c%s"/>' % w for w in widths]
    x.append('<table:table-row table:style-name="rt">' + cell(title, 'title', n) + '</table:table-row>')
    x.append('<table:table-row table:style-name="r1">' + cell(unit, 'unit', n) + '</table:table-row>')
    if head:
        x.append('<table:table-row table:style-name="r1">' + ''.join(cell(h, 'head') for h in head) + '</table:table-row>')
    for r in rows:
        x.append('<table:table-row table:style-name="r1">' + cell(r[0], 'name') + ''.join(cell(v, 'num') for v in r[1:]) + '</table:table-row>')
    for p in prose or []:
        st, rs = ('head2', 'r1') if p.endswith('情况') else ('wrap', 'rp')
        x.append('<table:table-row table:style-name="%s">' % rs + cell(p, st, n) + '</table:table-row>')
    x.append('</table:table>')
    return '\n'.join(x)


def fods():
    fr, _, _ = fund_rows()
    sr, _ = soe_rows()
    widths = sorted({'5.6', '2.3', '7.6', '3.2', '16.0'})
    cols = ''.join('<style:style style:name="c%s" style:family="table-column"><style:table-column-properties style:column-width="%scm"/></style:style>' % (w, w) for w in widths)
    b = 'fo:border="0.5pt solid #000000"'
    st = f'''<number:number-style style:name="N2"><number:grouping/><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<style:style style:name="ta1" style:family="table" style:master-page-name="PM"><style:table-properties table:display="true"/></style:style>
{cols}
<style:style style:name="rt" style:family="table-row"><style:table-row-properties style:row-height="1.1cm" style:use-optimal-row-height="false"/></style:style>
<style:style style:name="r1" style:family="table-row"><style:table-row-properties style:row-height="0.62cm" style:use-optimal-row-height="false"/></style:style>
<style:style style:name="rp" style:family="table-row"><style:table-row-properties style:row-height="2.3cm" style:use-optimal-row-height="false"/></style:style>
<style:style style:name="title" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold" style:font-name-asian="WenQuanYi Micro Hei" style:font-size-asian="15pt" style:font-weight-asian="bold"/></style:style>
<style:style style:name="unit" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt" style:font-name-asian="WenQuanYi Micro Hei"/></style:style>
<style:style style:name="head" style:family="table-cell"><style:table-cell-properties {b} fo:background-color="#e6e6e6" fo:wrap-option="wrap" style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt" style:font-name-asian="WenQuanYi Micro Hei"/></style:style>
<style:style style:name="head2" style:family="table-cell"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" fo:font-size="10.5pt" style:font-size-asian="10.5pt" style:font-name-asian="WenQuanYi Micro Hei"/></style:style>
<style:style style:name="name" style:family="table-cell"><style:table-cell-properties {b}/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt" style:font-name-asian="WenQuanYi Micro Hei"/></style:style>
<style:style style:name="num" style:family="table-cell" style:data-style-name="N2"><style:table-cell-properties {b}/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
<style:style style:name="wrap" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt" style:font-name-asian="WenQuanYi Micro Hei"/></style:style>'''
    page = '''<office:automatic-styles>%s
<style:page-layout style:name="pl"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.6cm" fo:margin-right="1.6cm" style:print="grid objects charts drawings zero-values" style:print-page-order="ttb" style:scale-to="100%%"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="PM" style:page-layout-name="pl">
<style:header><style:region-left><text:p><text:sheet-name>???</text:sheet-name></text:p></style:region-left><style:region-right><text:p>苇塘县财政局</text:p></style:region-right></style:header>
<style:footer><text:p>第 <text:page-number>1</text:page-number> 页 共 <text:page-count>1</text:page-count> 页</text:p></style:footer>
</style:master-page></office:master-styles>''' % st
    s1 = sheet('基金执行表', ['5.6', '2.3', '2.3', '2.3', '2.3', '2.3'], '苇塘县2024年政府性基金预算收支执行情况表', '单位：万元',
               ['项目', '上年执行数', '预算数', '执行数', '执行数为预算数%', '比上年执行数增长%'], fr)
    s2 = sheet('国资执行表', ['7.6', '3.2', '3.2', '3.2'], '苇塘县2024年国有资本经营预算收支执行情况表', '单位：万元',
               ['项目', '预算数', '执行数', '执行数为预算数%'], sr)
    s3 = sheet('说明', ['16.0'], '苇塘县2024年政府性基金和国有资本经营预算执行说明', '', None, [], notes_text())
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
            'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
            + page + '\n<office:body><office:spreadsheet>\n' + s1 + '\n' + s2 + '\n' + s3 + '\n</office:spreadsheet></office:body></office:document>\n')


def make(src, here):
    f = os.path.join(src, NAME + '.fods')
    open(f, 'w', encoding='utf8').write(fods())
    work = tempfile.mkdtemp(prefix='h27calc-')
    try:
        subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://%s/profile' % work, '--convert-to', 'pdf',
                        '--outdir', work, f], check=True, capture_output=True)
        shutil.copyfile(os.path.join(work, NAME + '.pdf'), os.path.join(here, NAME + '.pdf'))
    finally:
        shutil.rmtree(work, ignore_errors=True)
