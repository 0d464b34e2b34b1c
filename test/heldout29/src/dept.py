"""A department budget (说明 chapter + 公开表) from a config: the template of d01, d02, d04, d05, d06."""
import random
from decimal import Decimal as D
from lib import *
from common_text import *

ECON = [('30101', '基本工资', '301'), ('30102', '津贴补贴', '301'), ('30103', '奖金', '301'),
        ('30107', '绩效工资', '301'), ('30108', '机关事业单位基本养老保险缴费', '301'),
        ('30109', '职业年金缴费', '301'), ('30110', '职工基本医疗保险缴费', '301'),
        ('30112', '其他社会保障缴费', '301'), ('30113', '住房公积金', '301'), ('30199', '其他工资福利支出', '301'),
        ('30201', '办公费', '302'), ('30205', '水费', '302'), ('30206', '电费', '302'), ('30207', '邮电费', '302'),
        ('30209', '物业管理费', '302'), ('30211', '差旅费', '302'), ('30213', '维修（护）费', '302'),
        ('30215', '会议费', '302'), ('30216', '培训费', '302'), ('30217', '公务接待费', '302'),
        ('30228', '工会经费', '302'), ('30229', '福利费', '302'), ('30231', '公务用车运行维护费', '302'),
        ('30299', '其他商品和服务支出', '302'),
        ('30301', '离休费', '303'), ('30302', '退休费', '303'), ('30305', '生活补助', '303'), ('30399', '其他对个人和家庭的补助', '303'),
        ('31002', '办公设备购置', '310')]
GNAME = {'301': '工资福利支出', '302': '商品和服务支出', '303': '对个人和家庭的补助', '310': '资本性支出'}


class Dept:
    def __init__(self, c):
        self.c = c
        self.rng = random.Random(c['seed'])
        self.Y = c['Y']
        self.P = c['Y'] - 1
        self.tree = build_tree(c['SPEC'], self.rng)
        self.node = {n.code: n for n in walk(self.tree)}
        if c.get('flat'):
            x = self.node[c['flat']]
            x.prior = x.t
            for k in self.tree:
                for kk in k.kids:
                    kk.prior = sum((i.prior for i in kk.kids), D(0))
                k.prior = sum((i.prior for i in k.kids), D(0))
        t = self.tree
        self.FB, self.FP = total(t, 'b'), total(t, 'p')
        self.FT = self.FB + self.FP
        self.FPRIOR = total(t, 'prior')
        self.SHIYE, self.QITA, self.JZ = c['income']
        self.SHIYE0, self.QITA0, self.JZ0 = c['income0']
        self.INCOME = self.FT + self.SHIYE + self.QITA
        self.GRAND = self.INCOME + self.JZ
        self.GRAND0 = self.FPRIOR + self.SHIYE0 + self.QITA0 + self.JZ0
        self.NONFISC = self.SHIYE + self.QITA + self.JZ
        self.econ, self.PERS, self.PUB = econ_split(self.rng, self.FB, c.get('pers', D('0.84')), ECON)
        self.g = {}
        for _, _, gg, v in self.econ:
            self.g[gg] = self.g.get(gg, D(0)) + v
        self.CG, self.GC, self.YX, self.JD = c['sg']
        self.CG0, self.GC0, self.YX0, self.JD0 = c['sg0']
        self.SG = self.CG + self.GC + self.YX + self.JD
        self.SG0 = self.CG0 + self.GC0 + self.YX0 + self.JD0

    def T(self, x):
        """A table cell in the tables' unit."""
        return fmt(D(x) * 10000) if self.c.get('TU') == '元' else fmt(x)

    def extra(self, code):
        k = self.c['nonfisc_kuan']
        return self.NONFISC if code in (k, k[:3]) else D(0)

    def item(self, i, cl, k, x):
        st, Y, P, c = self.c.get('style', 0), self.Y, self.P, self.c
        up = x.t > x.prior
        if st == 0:
            head = f'{i}.{cl.name}（类）{k.name}（款）{x.name}（项）{Y}年预算数为{fmt(x.t)}万元，'
            if x.prior == 0:
                return head + f'为新增项目，{c["new_text"]}'
            if x.prior == x.t:
                return head + f'与{P}年预算数持平，{c["flat_text"]}'
            return head + f'比{P}年预算数{"增加" if up else "减少"}{fmt(abs(x.t - x.prior))}万元，{"增长" if up else "下降"}{rate(x.t, x.prior, 2)}%，主要原因是{reason(self.rng, up)}。'
        if st == 1:
            head = f'（{i}）{k.name}（款）{x.name}（项）：预算{fmt(x.t)}万元，'
            if x.prior == 0:
                return head + f'上年无此项预算，{c["new_text"]}'
            if x.prior == x.t:
                return head + f'与上年预算持平，{c["flat_text"]}'
            return head + f'较上年预算{"增加" if up else "减少"}{fmt(abs(x.t - x.prior))}万元，{"增幅" if up else "降幅"}{rate(x.t, x.prior, 1)}%。主要是{reason(self.rng, up)}。'
        head = f'{i}. {x.code}{x.name}：{Y}年安排{fmt(x.t)}万元'
        if x.prior == 0:
            return head + f'，{P}年未安排，{c["new_text"]}'
        if x.prior == x.t:
            return head + f'，与{P}年持平（{P}年{fmt(x.prior)}万元），{c["flat_text"]}'
        return head + f'，{P}年安排{fmt(x.prior)}万元，{"增加" if up else "减少"}{fmt(abs(x.t - x.prior))}万元，{"增长" if up else "下降"}{rate(x.t, x.prior, 1)}%，原因是{reason(self.rng, up)}。'

    def build(self):
        c, o, Y, P, n = self.c, Out(), self.Y, self.P, self.node
        DEPT = c['DEPT']
        o.title(f'{DEPT}{Y}年部门预算')
        o.c(c['date'])
        o.h1('目　　录')
        for t_, p in [(f'第一部分　{DEPT}概况', '2'), (f'第二部分　{Y}年部门预算情况说明', '4'),
                      (f'第三部分　{Y}年部门预算表', '12'), ('第四部分　名词解释', '24')]:
            o.toc(f'{t_}|{p}')
        o.brk()
        o.h1(f'第一部分　{DEPT}概况')
        o.h2('一、主要职能')
        o.p(f'{DEPT}{c["role"]}，主要职能是：')
        for i, s in enumerate(c['duties'], 1):
            o.p(f'（{i}）{s}')
        o.h2('二、机构设置')
        o.p(c['offices'])
        o.p(f'纳入{DEPT}{Y}年部门预算编制范围的预算单位共{len(c["units"])}个，包括：' + '、'.join(c['units']) + '。')
        o.p(c['staff'])
        o.h2(f'三、{Y}年主要工作任务')
        for t_ in c['tasks']:
            o.p(t_)
        o.brk()
        o.h1(f'第二部分　{Y}年部门预算情况说明')
        o.p(f'现将{DEPT}{Y}年部门预算情况说明如下：')
        o.h2('一、收支预算总体情况')
        o.p(f'按照综合预算的原则，{DEPT}所有收入和支出均纳入部门预算管理。{Y}年，{DEPT}收入预算总计{fmt(self.GRAND)}万元，支出预算总计{fmt(self.GRAND)}万元，收支平衡。与{P}年预算总计{fmt(self.GRAND0)}万元相比，收、支预算总计各{chg(self.GRAND, self.GRAND0, 2)}，主要原因是{reason(self.rng, self.GRAND > self.GRAND0)}。')
        o.p(f'收入预算总计中，本年收入合计{fmt(self.INCOME)}万元，上年结转{fmt(self.JZ)}万元。支出预算总计全部为本年支出，无结转下年。')
        o.h2('二、收入预算情况')
        G = self.GRAND
        o.p(f'{Y}年收入预算总计{fmt(G)}万元，其中：一般公共预算拨款收入{fmt(self.FT)}万元，占{share(self.FT, G)}%；政府性基金预算拨款收入0万元；事业收入{fmt(self.SHIYE)}万元，占{share(self.SHIYE, G)}%；其他收入{fmt(self.QITA)}万元，占{share(self.QITA, G)}%；上年结转{fmt(self.JZ)}万元，占{share(self.JZ, G)}%。')
        o.p((f'{c["shiye_text"]}，比{P}年预算{chg(self.SHIYE, self.SHIYE0, 1)}。' if self.SHIYE0 else f'{c["shiye_text"]}。') + '其他收入主要是各单位存款利息收入。')
        o.h2('三、支出预算情况')
        PALL = self.FP + self.NONFISC
        o.p(f'{Y}年支出预算总计{fmt(G)}万元，其中：基本支出{fmt(self.FB)}万元，占{share(self.FB, G)}%；项目支出{fmt(PALL)}万元，占{share(PALL, G)}%。')
        o.p('按支出功能分类，' + '，'.join(f'{cl.name}{fmt(cl.t + self.extra(cl.code))}万元' for cl in self.tree) + '。')
        o.h2('四、财政拨款收支预算总体情况')
        o.p(f'{Y}年财政拨款收支预算总计{fmt(self.FT)}万元，全部为一般公共预算财政拨款，本部门无政府性基金预算财政拨款。与{P}年财政拨款收支预算总计{fmt(self.FPRIOR)}万元相比，{chg(self.FT, self.FPRIOR, 2)}。财政拨款收支预算总计不含事业收入、其他收入和上年结转。')
        o.h2('五、一般公共预算财政拨款支出预算情况')
        FT = self.FT
        o.p(f'{Y}年一般公共预算财政拨款支出预算{fmt(FT)}万元，比{P}年预算{chg(FT, self.FPRIOR, 2)}。其中：' +
            '；'.join(f'{cl.name}{fmt(cl.t)}万元，占{share(cl.t, FT)}%' for cl in self.tree) + '。')
        o.p('具体安排情况如下：')
        i = 0
        for cl in self.tree:
            for k in cl.kids:
                for x in k.kids:
                    i += 1
                    o.p(self.item(i, cl, k, x))
        o.h2('六、一般公共预算财政拨款基本支出预算情况')
        o.p(f'{Y}年一般公共预算财政拨款基本支出预算{fmt(self.FB)}万元，其中：人员经费{fmt(self.PERS)}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、离休费、退休费、生活补助等；公用经费{fmt(self.PUB)}万元，主要包括办公费、水费、电费、邮电费、物业管理费、差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费、办公设备购置等。')
        o.p(f'人员经费占基本支出的{share(self.PERS, self.FB)}%，公用经费占{share(self.PUB, self.FB)}%。')
        o.h2('七、“三公”经费预算情况')
        o.p(f'{Y}年“三公”经费预算数为{fmt(self.SG)}万元，比{P}年预算{chg(self.SG, self.SG0, 1)}。其中：')
        o.p(f'因公出国（境）费预算{fmt(self.CG)}万元，' + (f'与上年持平，本部门{Y}年未安排因公出国（境）团组。' if self.CG == self.CG0 else f'比{P}年预算{chg(self.CG, self.CG0, 1)}，主要用于{c["abroad"]}。'))
        gy, gy0 = self.GC + self.YX, self.GC0 + self.YX0
        o.p(f'公务用车购置及运行费预算{fmt(gy)}万元，比{P}年预算{chg(gy, gy0, 1)}。其中：公务用车购置费{fmt(self.GC)}万元，' +
            (f'比{P}年预算{chg(self.GC, self.GC0, 1)}' if self.GC0 else f'{P}年未安排购置费') +
            f'；公务用车运行费{fmt(self.YX)}万元，比{P}年预算{chg(self.YX, self.YX0, 1)}。')
        o.p(f'公务接待费预算{fmt(self.JD)}万元，比{P}年预算{chg(self.JD, self.JD0, 1)}，主要原因是严格控制接待范围和标准。')
        o.h2('八、其他重要事项的情况说明')
        j, j0 = c['jgyx']
        o.p(f'（一）机关运行经费。{Y}年本部门机关运行经费预算{fmt(j)}万元，比{P}年预算{chg(j, j0, 1)}。机关运行经费为行政单位和参照公务员法管理的事业单位的公用经费，已包含在基本支出中。')
        hw, gc, fw, zx = c['proc']
        o.p(f'（二）政府采购预算。{Y}年本部门政府采购预算{fmt(hw + gc + fw)}万元，其中：政府采购货物预算{fmt(hw)}万元，政府采购工程预算{fmt(gc)}万元，政府采购服务预算{fmt(fw)}万元。面向中小企业预留采购份额{fmt(zx)}万元，占政府采购预算的{share(zx, hw + gc + fw)}%。')
        o.p(f'（三）国有资产占有使用情况。{c["assets"]}')
        PR = c['projects']
        o.p(f'（四）绩效目标设置情况。{Y}年本部门实现项目支出绩效目标管理全覆盖，设置绩效目标的项目{c["nproj"]}个，涉及项目支出预算资金{fmt(self.FP)}万元（不含事业收入、其他收入和上年结转安排的项目）。其中，重点项目{len(PR)}个，资金{fmt(sum(v for _, v in PR))}万元，具体为：' +
            '；'.join(f'{a}项目{fmt(v)}万元' for a, v in PR) + '。')
        o.brk()
        o.h1(f'第三部分　{Y}年部门预算表')
        self.tables(o)
        o.portrait()
        o.h1('第四部分　名词解释')
        for i, (k, v) in enumerate(DEFS, 1):
            o.p(f'{i}.{k}：{v}')
        return o

    def tables(self, o):
        c, n, T, Y, P = self.c, self.node, self.T, self.Y, self.P
        TU = c.get('TU', '万元')
        first = c.get('total_first', True)
        o.landscape()
        o.c('表一　部门收支总表')
        o.r(f'编制部门：{c["DEPT"]}　　　　单位：{TU}')
        rows = [['收　入', '<', '支　出', '<'], ['项　目', '预算数', '项　目', '预算数'],
                ['一、财政拨款收入', T(self.FT)], ['（一）一般公共预算', T(self.FT)], ['（二）政府性基金预算', ''],
                ['二、事业收入', T(self.SHIYE)], ['三、事业单位经营收入', ''], ['四、其他收入', T(self.QITA)]]
        exp = [(f'{"一二三四五六七八"[i]}、{cl.name}', T(cl.t + self.extra(cl.code))) for i, cl in enumerate(self.tree)]
        for i, r in enumerate(rows[2:]):
            r += list(exp[i]) if i < len(exp) else ['', '']
        rows += [['本年收入合计', T(self.INCOME), '本年支出合计', T(self.GRAND)],
                 ['上年结转', T(self.JZ), '结转下年', ''],
                 ['收入总计', T(self.GRAND), '支出总计', T(self.GRAND)]]
        o.table(rows, head='2', widths='3,1.4,3,1.4', size='18', left='0,2')

        def ordered(rows, tot):
            return [rows[0], tot] + rows[1:] if first else rows + [tot]
        o.c('表二　部门收入总表')
        o.r(f'单位：{TU}')
        body = [['功能分类科目编码', '功能分类科目名称', '合计', '财政拨款', '事业收入', '其他收入', '上年结转']]
        for x in walk(self.tree):
            if x.level == 3:
                continue
            e = self.extra(x.code)
            body.append([x.code, x.name, T(x.t + e), T(x.t), T(self.SHIYE) if e else '', T(self.QITA) if e else '', T(self.JZ) if e else ''])
        o.table(ordered(body, ['', '合计', T(self.GRAND), T(self.FT), T(self.SHIYE), T(self.QITA), T(self.JZ)]),
                head='1', widths='1.6,3.4,1.3,1.3,1.2,1.2,1.2', size='18', left='0,1')
        o.c('表三　部门支出总表')
        o.r(f'单位：{TU}')
        body = [['功能分类科目编码', '功能分类科目名称', '合计', '基本支出', '项目支出']]
        for x in walk(self.tree):
            if x.level == 3:
                continue
            e = self.extra(x.code)
            body.append([x.code, x.name, T(x.t + e), T(x.b) if x.b else '', T(x.p + e) if x.p + e else ''])
        o.table(ordered(body, ['', '合计', T(self.GRAND), T(self.FB), T(self.FP + self.NONFISC)]),
                head='1', widths='1.6,4,1.4,1.4,1.4', size='18', left='0,1')
        o.c('表四　财政拨款收支总表')
        o.r(f'单位：{TU}')
        rows = [['收　入', '<', '支　出', '<', '<'], ['项　目', '预算数', '项　目', '合计', '一般公共预算'],
                ['一、本年收入', T(self.FT), '一、本年支出', T(self.FT), T(self.FT)],
                ['（一）一般公共预算拨款', T(self.FT)], ['（二）政府性基金预算拨款', '-'], ['二、上年结转', '-']]
        for i, cl in enumerate(self.tree):
            r = rows[3 + i] if 3 + i < len(rows) else None
            if r is None:
                r = ['', '']
                rows.append(r)
            r += [f'（{"一二三四五六七八"[i]}）{cl.name}', T(cl.t), T(cl.t)]
        rows += [['', '', '二、结转下年', '-', '-'], ['收入总计', T(self.FT), '支出总计', T(self.FT), T(self.FT)]]
        o.table(rows, head='2', widths='3,1.3,3,1.3,1.3', size='18', left='0,2')
        o.c('表五　一般公共预算支出功能分类预算表')
        o.r(f'单位：{TU}')
        head = [['科目编码', '<', '<', '科目名称', f'{Y}年预算数', '<', '<', f'{P}年预算数'],
                ['类', '款', '项', '^', '合计', '基本支出', '项目支出', '^']]
        body = []
        for x in walk(self.tree):
            cd = x.code
            cells = [cd[:3] if x.level == 1 or c.get('repeat_codes') else '', cd[3:5] if x.level >= 2 else '', cd[5:] if x.level == 3 else '']
            nm = x.name if x.level == 1 else ('　' * (x.level - 1)) + x.name
            body.append(cells + [nm, T(x.t), T(x.b) if x.b else '', T(x.p) if x.p else '', T(x.prior) if x.prior else '-'])
        tot = ['', '', '', '合计', T(self.FT), T(self.FB), T(self.FP), T(self.FPRIOR)]
        o.table(head + ([tot] + body if first else body + [tot]), head='2', widths='0.7,0.7,0.7,4.4,1.4,1.4,1.4,1.4', size='18', left='0,1,2,3')
        o.c('表六　一般公共预算基本支出经济分类预算表')
        o.r(f'单位：{TU}')
        body = [['经济分类科目编码', '经济分类科目名称', '合计', '人员经费', '公用经费']]
        for gg in ('301', '302', '303', '310'):
            pers = gg in ('301', '303')
            gv = self.g[gg]
            body.append([gg, GNAME[gg], T(gv), T(gv) if pers else '', '' if pers else T(gv)])
            for cd, nm, g2, v in self.econ:
                if g2 == gg:
                    body.append([cd, '　' + nm, T(v), T(v) if pers else '', '' if pers else T(v)])
        o.table(ordered(body, ['', '合计', T(self.FB), T(self.PERS), T(self.PUB)]), head='1', widths='1.6,4,1.4,1.4,1.4', size='18', left='0,1')
        o.portrait()
        o.c('表七　“三公”经费预算表')
        o.r(f'单位：{TU}')
        rows = [['年度', '合计', '因公出国（境）费', '公务用车购置及运行费', '<', '<', '公务接待费'],
                ['^', '^', '^', '小计', '购置费', '运行费', '^'],
                [f'{Y}年预算', T(self.SG), T(self.CG), T(self.GC + self.YX), T(self.GC), T(self.YX), T(self.JD)],
                [f'{P}年预算', T(self.SG0), T(self.CG0), T(self.GC0 + self.YX0), T(self.GC0), T(self.YX0), T(self.JD0)]]
        o.table(rows, head='2', widths='1.6,1,1.2,1,1,1,1', size='18', left='0')
        o.c('表八　政府性基金预算支出表')
        o.r(f'单位：{TU}')
        o.table([['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['', '合计', '', '', '']], head='1', widths='1.6,4,1.4,1.4,1.4', size='18', left='0,1')
        o.p(f'注：本部门{Y}年无政府性基金预算拨款收入，也没有使用政府性基金预算拨款安排的支出，故本表为空表。')
        o.c('表九　项目支出绩效目标表（重点项目）')
        o.r('单位：万元')
        rows = [['序号', '项目名称', '预算金额', '主要绩效指标']]
        for i, ((a, v), ind) in enumerate(zip(c['projects'], c['inds']), 1):
            rows.append([str(i), a, fmt(v), ind])
        rows.append(['', '合计', fmt(sum(v for _, v in c['projects'])), ''])
        o.table(rows, head='1', widths='0.8,3.2,1.4,4.2', size='18', left='0,1,3')
        o.c(f'表十　项目支出预算明细表（{c["bigp_floor"]}万元以上项目）')
        o.r('单位：万元')
        rows = [['序号', '项目名称', '实施单位', '功能分类科目', '预算金额']]
        for i, (a, u, cd, v) in enumerate(c['bigp'], 1):
            rows.append([str(i), a, u, cd, fmt(v)])
        rows.append(['', '合计', '', '', fmt(sum(v for *_, v in c['bigp']))])
        o.table(rows, head='1', widths='0.7,3.4,2.6,1.6,1.3', size='18', left='0,1,2,3')
        o.p(f'注：本表仅列示单项预算金额{c["bigp_floor"]}万元以上的项目，其余{c["nproj"] - len(c["bigp"])}个项目未逐项列示。')
