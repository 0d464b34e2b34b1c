"""d05: 沣埠区2025年区级部门“三公”经费预算情况说明 (HTML → chromium). Stresses: headings and table heads set in
wide tracking (CSS letter-spacing, so the PDF places every character apart), a 单位：元 table with full-precision
figures and long unit names wrapping in a narrow column, '*' markers glued to unit names, '0.00' cells, 合计 row
last, prose in 万元 computed from the 元 cells."""
from decimal import Decimal as D
from common import *

NAME = 'd05-fengbu-district-2025-three-public-expenses-budget'
KIND = 'html'
HEADER = '沣埠区2025年区级部门“三公”经费预算情况说明'
FOOTER = 'of'
TSIZE = '8.5pt'
CSS = 'h1, h2, h3, .sub { letter-spacing: 0.55em; } th { letter-spacing: 0.25em; }'

# (name, 因公出国（境）费, 公务用车购置费, 公务用车运行维护费, 公务接待费) 元
UNITS = [
    ('中共沣埠区委办公室', '0', '0', '186400', '152300'),
    ('沣埠区人民政府办公室', '60000', '0', '214800', '198650'),
    ('沣埠区发展和改革局', '0', '0', '48200', '36500'),
    ('沣埠区教育局（含所属中小学校及幼儿园）', '0', '0', '96000', '42800'),
    ('沣埠区公安分局*', '0', '380000', '1246500', '58600'),
    ('沣埠区应急管理局*', '0', '0', '132700', '21400'),
    ('沣埠区商务局（区招商服务中心）', '120000', '0', '35600', '86900'),
    ('沣埠区卫生健康委员会', '45000', '0', '88300', '29700'),
    ('沣埠区文化旅游体育局', '38000', '0', '41500', '33250'),
    ('沣埠区农业农村局', '0', '260000', '72400', '18600'),
    ('沣埠区科学技术协会', '52000', '0', '0', '9800'),
    ('沣埠区外事办公室', '185000', '0', '24600', '64300'),
]
UNITS = [(n, *[D(x) for x in v]) for n, *v in UNITS]
PLANT = ('沣埠区应急管理局*', D('164100'))   # printed 合计; 132,700 + 21,400 = 154,100


def W(x):
    return (x / 10000).quantize(D('0.01'))


def totals():
    cols = [sum(u[i] for u in UNITS) for i in (1, 2, 3, 4)]
    return cols, sum(cols)


def blocks():
    cols, T = totals()
    rows = []
    for i, (n, a, b, c, d) in enumerate(UNITS, 1):
        t = a + b + c + d
        if n == PLANT[0]:
            t = PLANT[1]
        rows.append([str(i), n, F(t), F(a), F(b), F(c), F(d)])
    rows.append(['', '合　计', F(T), *[F(x) for x in cols]])
    car = cols[1] + cols[2]
    police = sum(UNITS[4][1:])
    edu = sum(UNITS[3][1:])
    return [
        title('沣埠区2025年区级部门“三公”经费预算情况说明'),
        center('沣埠区财政局'),
        h1('一、总体情况'),
        p('2025年区级部门“三公”经费财政拨款预算合计%s万元，比上年减少36.42万元，下降7.9%%，主要是严格落实过紧日子要求，压减公务用车运行和公务接待支出。' % f'{W(T):,}'),
        h1('二、分项情况'),
        p('（一）因公出国（境）费预算%s万元，占“三公”经费预算的%s%%。共有七个单位安排了因公出国（境）费预算，分别是区政府办公室、区商务局、区卫生健康委员会、区文化旅游体育局、区科学技术协会、区外事办公室。'
          % (W(cols[0]), (cols[0] / T * 100).quantize(D('0.1')))),
        p('（二）公务用车购置及运行维护费预算%s万元，占“三公”经费预算的66.3%%。其中：公务用车购置费%s万元，用于区公安分局更新执法执勤车辆和区农业农村局购置动物防疫应急车辆；公务用车运行维护费%s万元。'
          % (W(car), W(cols[1]), W(cols[2]))),
        p('（三）公务接待费预算%s万元，占“三公”经费预算的%s%%。' % (W(cols[3]), (cols[3] / T * 100).quantize(D('0.1')))),
        h1('三、重点单位情况'),
        p('区公安分局“三公”经费预算%s万元，为全区最高，主要是执法执勤车辆较多。区教育局“三公”经费预算%s万元，与上年持平。'
          % (f'{W(police) - 2:,}', W(edu))),
        h1('四、分单位预算表'),
        right('单位：元'),
        table([['序号', '单位名称', '合计', '因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务接待费']], rows,
              widths='5,25,14,13,13,14,13', nleft=2),
        note('* 区公安分局、区应急管理局公务用车运行维护费含执法执勤、应急救援车辆运行维护费用。'),
        note('注：“0.00”表示该单位本年未安排此项预算。'),
    ]
