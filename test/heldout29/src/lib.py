"""heldout29 generator library: a department budget / final accounts built from one tree of figures,
rendered to the source syntaxes of the kit (make_word.mjs, make_pdfs.mjs, make_docs.mjs) or Markdown.
Every figure is computed here; planted slips are applied afterwards by plant() on the rendered text."""
import random
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN

Q2 = D('0.01')


def q(x, places=2):
    return D(x).quantize(D(10) ** -places, ROUND_HALF_UP)


def fmt(x, places=2, comma=True):
    x = q(x, places)
    s = f'{x:,.{places}f}' if comma else f'{x:.{places}f}'
    return s


def rate(cur, prior, places=1, trunc=False):
    r = (D(cur) - D(prior)) / D(prior) * 100
    r = abs(r)
    return r.quantize(D(10) ** -places, ROUND_DOWN if trunc else ROUND_HALF_UP)


def share(a, b, places=1):
    return (D(a) / D(b) * 100).quantize(D(10) ** -places, ROUND_HALF_UP)


def money(rng, lo, hi):
    return q(D(rng.randint(int(lo * 100), int(hi * 100))) / 100)


class Node:
    def __init__(self, code, name, level):
        self.code, self.name, self.level = code, name, level
        self.kids = []
        self.b = self.p = self.prior = D(0)
        self.b2 = self.p2 = D(0)   # a second pair of columns (年初预算 for final accounts)

    @property
    def t(self):
        return self.b + self.p

    @property
    def t2(self):
        return self.b2 + self.p2


def build_tree(spec, rng):
    """spec: list of (code, name, kind, lo, hi) at 项 level, plus (code, name) entries for 类/款.
    kind: 'b' basic only, 'p' project only, 'bp' both, 'new' a project new this year (prior 0)."""
    names = {}
    items = []
    for e in spec:
        if len(e) == 2:
            names[e[0]] = e[1]
        else:
            items.append(e)
    classes = {}
    for code, name, kind, lo, hi in items:
        c3, c5 = code[:3], code[:5]
        if c3 not in classes:
            classes[c3] = Node(c3, names[c3], 1)
        cl = classes[c3]
        kuan = next((k for k in cl.kids if k.code == c5), None)
        if kuan is None:
            kuan = Node(c5, names[c5], 2)
            cl.kids.append(kuan)
        n = Node(code, name, 3)
        tot = money(rng, lo, hi)
        if kind == 'b':
            n.b = tot
        elif kind in ('p', 'new'):
            n.p = tot
        else:
            n.b = q(tot * D(rng.randint(35, 80)) / 100)
            n.p = tot - n.b
        if kind == 'new':
            n.prior = D(0)
        else:
            f = D(rng.randint(9300, 11900)) / 10000
            n.prior = q(tot / f)
        # 年初预算 for final accounts: 决算 against a budget within ±12%
        g = D(rng.randint(9000, 11200)) / 10000
        n.b2, n.p2 = q(n.b * g), q(n.p * g)
        kuan.kids.append(n)
    for cl in classes.values():
        for k in cl.kids:
            for a in ('b', 'p', 'prior', 'b2', 'p2'):
                setattr(k, a, sum((getattr(x, a) for x in k.kids), D(0)))
        for a in ('b', 'p', 'prior', 'b2', 'p2'):
            setattr(cl, a, sum((getattr(x, a) for x in cl.kids), D(0)))
    return list(classes.values())


def walk(tree):
    for cl in tree:
        yield cl
        for k in cl.kids:
            yield k
            for x in k.kids:
                yield x


def total(tree, a):
    return sum((getattr(c, a) for c in tree), D(0))


def econ_split(rng, basic_total, persons_share, spec):
    """Split a 基本支出 total over economic items. spec: list of (code, name, group) with group
    '301' / '302' / '303' / '310'; returns list of (code, name, value) for items, group totals computed."""
    persons = q(basic_total * persons_share)
    groups = {}
    for code, name, g in spec:
        groups.setdefault(g, []).append((code, name))
    # 301 + 303 are 人员经费, 302 + 310 公用经费
    p_groups = [g for g in groups if g in ('301', '303')]
    c_groups = [g for g in groups if g not in ('301', '303')]
    out = {}

    def spread(keys, amount):
        cells = [(g, c, n) for g in keys for c, n in groups[g]]
        w = [rng.randint(3, 40) for _ in cells]
        if keys == ['301'] or '301' in keys:
            for i, (g, c, n) in enumerate(cells):
                if c in ('30101', '30102', '30107'):
                    w[i] *= 4
        vals = [q(amount * wi / sum(w)) for wi in w]
        vals[0] += amount - sum(vals)
        for (g, c, n), v in zip(cells, vals):
            out[c] = (c, n, g, v)
    spread(p_groups, persons)
    spread(c_groups, basic_total - persons)
    return [out[c] for c, n, g in spec], persons, basic_total - persons


class Out:
    """Abstract blocks -> one of the kit's source syntaxes."""
    def __init__(self):
        self.b = []

    def __getattr__(self, kind):
        if kind.startswith('_'):
            raise AttributeError(kind)
        return lambda *a, **k: self.b.append((kind, a, k))

    def word(self, header, footer='of'):
        """make_word.mjs syntax."""
        o = [f'@header {header}', f'@footer {footer}']
        for kind, a, k in self.b:
            if kind == 'table':
                rows = a[0]
                opts = ' '.join(f'{x}={y}' for x, y in k.items())
                o.append(f'::table {opts}'.rstrip())
                o += ['|' + '|'.join(r) for r in rows]
                o.append('::end')
            elif kind in ('landscape', 'portrait', 'brk'):
                o.append('::break' if kind == 'brk' else f'::{kind}')
            else:
                tag = {'title': 'T ', 'sub': 'T2 ', 'c': 'C ', 'r': 'R ', 'l': 'L ', 'h1': 'H1 ', 'h2': 'H2 ', 'p': '', 'toc': 'TOC '}[kind]
                o.append(tag + a[0])
        return '\n'.join(o) + '\n'

    def pdfs(self, header, footer='dash'):
        """make_pdfs.mjs syntax (typed headings stay plain paragraphs; h1 is a centred line)."""
        o = [f'@header {header}', f'@footer {footer}']
        for kind, a, k in self.b:
            if kind == 'table':
                rows = a[0]
                opts = ' '.join(f'{x}={y}' for x, y in k.items() if x in ('head', 'widths'))
                o.append(f'::table {opts}'.rstrip())
                o += ['|' + '|'.join(r) for r in rows]
                o.append('::end')
            elif kind in ('landscape', 'portrait', 'brk'):
                o.append('::break' if kind == 'brk' else f'::{kind}')
            elif kind == 'toc':
                o.append(a[0].replace('|', '……'))
            else:
                tag = {'title': 'T ', 'sub': 'C ', 'c': 'C ', 'r': 'C ', 'l': '', 'h1': 'C ', 'h2': '', 'p': ''}[kind]
                o.append(tag + a[0])
        return '\n'.join(o) + '\n'

    def docx(self):
        o = []
        for kind, a, k in self.b:
            if kind == 'table':
                o += ['|' + '|'.join(r) for r in a[0]]
                o.append('')
            elif kind in ('landscape', 'portrait', 'brk'):
                continue
            elif kind == 'toc':
                o.append(a[0].replace('|', '……'))
            else:
                o.append(a[0])
        return '\n'.join(o) + '\n'

    def md(self):
        o = []
        for kind, a, k in self.b:
            if kind == 'table':
                rows = a[0]
                head = int(k.get('head', 1))
                o.append('| ' + ' | '.join(rows[0]) + ' |')
                o.append('|' + '---|' * len(rows[0]))
                for r in rows[1:]:
                    o.append('| ' + ' | '.join(r) + ' |')
                o.append('')
            elif kind in ('landscape', 'portrait', 'brk'):
                continue
            elif kind == 'toc':
                continue
            else:
                tag = {'title': '# ', 'sub': '', 'c': '', 'r': '', 'l': '', 'h1': '## ', 'h2': '### ', 'p': ''}[kind]
                o.append(tag + a[0])
                o.append('')
        return '\n'.join(o) + '\n'


def chg(cur, prior, places=1, unit='万元', inc='增加', dec='减少', up='增长', down='下降'):
    if cur >= prior:
        return f'{inc}{fmt(cur - prior)}{unit}，{up}{rate(cur, prior, places)}%'
    return f'{dec}{fmt(prior - cur)}{unit}，{down}{rate(cur, prior, places)}%'


def plant(text, old, new, count=1):
    n = text.count(old)
    assert n == count, (old, n)
    return text.replace(old, new)
