"""d02: 澜屿区卫生健康委员会2024年度部门决算 (Word → LibreOffice). Stresses: a landscape section holding a long
table that runs over several pages with its two head rows repeated, 类/款/项 subtotal rows, 年初预算数 and 决算数
side by side with a 决算数为预算数% column, cells '-' (no budget) and '0.00', long 项 names wrapping in the name
column, a running head with the document title and a "- N -" footer; portrait prose before and after."""
from decimal import Decimal as D
from common import *

NAME = 'd02-lanyu-district-health-commission-2024-department-final-accounts'
KIND = 'word'
HEADER = '澜屿区卫生健康委员会2024年度部门决算'
FOOTER = 'dash'

NM = {'201': '一般公共服务支出', '20103': '政府办公厅（室）及相关机构事务', '208': '社会保障和就业支出',
      '20805': '行政事业单位养老支出', '20808': '抚恤', '210': '卫生健康支出', '21001': '卫生健康管理事务',
      '21002': '公立医院', '21003': '基层医疗卫生机构', '21004': '公共卫生', '21007': '计划生育事务',
      '21011': '行政事业单位医疗', '21099': '其他卫生健康支出', '221': '住房保障支出', '22102': '住房改革支出'}
# (code, name, 年初预算, 决算) 万元; None = not budgeted / nothing spent
LEAVES = [
    ('2010350', '事业运行', '12.40', '11.86'),
    ('2080501', '行政单位离退休', '86.20', '84.95'),
    ('2080505', '机关事业单位基本养老保险缴费支出', '412.30', '408.77'),
    ('2080506', '机关事业单位职业年金缴费支出', '164.90', '163.50'),
    ('2080801', '死亡抚恤', None, '18.60'),
    ('2100101', '行政运行', '1286.40', '1270.15'),
    ('2100199', '其他卫生健康管理事务支出', '96.00', '71.34'),
    ('2100201', '综合医院', '3450.00', '3512.80'),
    ('2100202', '中医（民族）医院', '1120.00', '1098.26'),
    ('2100299', '其他公立医院支出', '240.00', '196.40'),
    ('2100302', '乡镇卫生院', '2310.50', '2295.73'),
    ('2100399', '其他基层医疗卫生机构支出', '180.00', '0'),
    ('2100401', '疾病预防控制机构', '890.60', '884.12'),
    ('2100403', '妇幼保健机构', '640.20', '652.47'),
    ('2100408', '基本公共卫生服务', '1860.00', '1855.30'),
    ('2100409', '重大公共卫生服务', '420.00', '389.64'),
    ('2100410', '突发公共卫生事件应急处理', '150.00', '62.18'),
    ('2100717', '计划生育服务', '310.00', '296.55'),
    ('2100799', '其他计划生育事务支出', '45.00', '38.20'),
    ('2101101', '行政单位医疗', '58.40', '57.92'),
    ('2101102', '事业单位医疗', '312.70', '309.16'),
    ('2101103', '公务员医疗补助', '41.20', '40.83'),
    ('2109999', '其他卫生健康支出', '30.00', None),
    ('2210201', '住房公积金', '298.40', '296.71'),
    ('2210203', '购房补贴', '22.00', '21.38'),
]
LEAVES = [(c, n, D(b) if b else Z, D(a) if a else Z, b is None, a is None) for c, n, b, a in LEAVES]
PLANT_210 = D('100.00')      # the 类 210 决算 cell is printed 100.00 too high
PLANT_RATE = ('2100202', '96.06')  # printed rate; 1098.26 / 1120.00 = 98.06


def pc(a, b):
    return '-' if b == 0 else f'{(a / b * 100).quantize(D("0.01"))}'


def table_rows():
    groups = {}
    for l in LEAVES:
        groups.setdefault(l[0][:3], {}).setdefault(l[0][:5], []).append(l)
    rows = []
    TB = sum(l[2] for l in LEAVES); TA = sum(l[3] for l in LEAVES)
    rows.append(['', '合计', F(TB), F(TA), pc(TA, TB)])
    for lei in sorted(groups):
        lb = sum(l[2] for k in groups[lei].values() for l in k); la = sum(l[3] for k in groups[lei].values() for l in k)
        if lei == '210':
            la += PLANT_210
        rows.append([lei, NM[lei], F(lb), F(la), pc(la, lb)])
        for kuan in sorted(groups[lei]):
            kb = sum(l[2] for l in groups[lei][kuan]); ka = sum(l[3] for l in groups[lei][kuan])
            rows.append([kuan, NM[kuan], F(kb), F(ka), pc(ka, kb)])
            for c, n, b, a, nb, na in groups[lei][kuan]:
                r = pc(a, b)
                if c == PLANT_RATE[0]:
                    r = PLANT_RATE[1]
                rows.append([c, n, '-' if nb else F(b), '-' if na else F(a), r])
    return rows


def totals():
    TB = sum(l[2] for l in LEAVES); TA = sum(l[3] for l in LEAVES)
    H = sum(l[3] for l in LEAVES if l[0].startswith('210'))
    HB = sum(l[3] for l in LEAVES if l[0].startswith('221'))
    return TB, TA, H, HB


def blocks():
    TB, TA, H, HB = totals()
    ratio_true = (TA / TB * 100)
    return [
        title('澜屿区卫生健康委员会2024年度部门决算'),
        center('二〇二五年八月'),
        h1('第一部分　部门概况'),
        p('澜屿区卫生健康委员会负责全区医疗卫生、疾病预防控制、妇幼健康和计划生育服务管理等工作。纳入本部门2024年度部门决算编制范围的单位共9个，包括委机关和区人民医院、区中医医院、区疾病预防控制中心、区妇幼保健院及4家乡镇卫生院。'),
        h1('第二部分　2024年度部门决算情况说明'),
        p('现将澜屿区卫生健康委员会2023年度部门决算情况说明如下。'),
        h2('一、一般公共预算财政拨款支出决算总体情况'),
        p('2024年度一般公共预算财政拨款支出决算%s万元，为年初预算%s万元的101.9%%。决算数与年初预算数的差异，主要是年中追加综合医院能力提升经费和死亡抚恤支出。' % (f'{TA:,}', f'{TB:,}')),
        p('从支出结构看，卫生健康支出%s万元，占一般公共预算财政拨款支出决算的91.8%%；住房保障支出%s万元，占%s%%。' % (f'{H:,}', f'{HB:,}', (HB / TA * 100).quantize(D('0.1')))),
        h2('二、“三公”经费支出决算情况'),
        p('2024年度“三公”经费支出决算46.32万元，其中：因公出国（境）费0万元；公务用车购置及运行维护费35.60万元（其中：公务用车购置费0万元，公务用车运行维护费35.60万元）；公务接待费10.72万元。'),
        p('“三公”经费支出决算比年初预算减少8.15万元，下降16.2%，主要是严控公务用车运行费用。公务接待费10.72万元，比上年减少0.83万元，增长8.4%，主要是承接上级调研接待增加。'),
        p('2024年末，本部门共有公务用车5辆，其中：应急保障用车2辆，执法执勤用车2辆，特种专业技术用车1辆。'),
        h2('三、机关运行经费支出情况'),
        p('2024年度机关运行经费支出132.46万元，比上年减少6.31万元，下降4.5%。'),
        LAND,
        center('一般公共预算财政拨款支出决算表'),
        right('公开02表　　单位：万元'),
        table([['科目编码', '科目名称', '年初预算数', '全年决算数', '决算数为\\n年初预算数的%'],
               ['1', '2', '3', '4', '5=4/3']], table_rows(), widths='14,42,16,16,16', size=19, left='0,1'),
        L('注：“-”表示年初未安排预算或全年无支出；本表决算数含年中追加。'),
        PORT,
        h1('第三部分　名词解释'),
        p('一般公共预算财政拨款：指区级财政当年从一般公共预算中拨付的资金。机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。'),
    ]
