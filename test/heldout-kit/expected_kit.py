"""What every held-out set's build_expected.py needs: locate statements by a piece of their
text (S: every physical line the piece spans; L: the one line holding it; E: a line that is
exactly a table cell), check arithmetic, and collect findings and traps per document.
A set's script: `Doc, ROWS, doc, lines_of, write = kit(here)` with `here` its own folder, its
table of findings and traps, then `write(about)`."""
import json
import os
import re
from decimal import Decimal as D, ROUND_HALF_UP


def check(cond, why):
    assert cond, why


def pct(a, b, places=1):
    return (D(a) / D(b) * 100).quantize(D(10) ** -places, ROUND_HALF_UP)


def half(x):
    """Half a unit of the last digit written (SPEC §4)."""
    s = str(x)
    return D('0.5') * D(10) ** -(len(s.split('.')[1]) if '.' in s else 0)


def rate_range(a, b):
    """The interval a / b × 100 can take when a and b stand for intervals of half their last digit."""
    return ((D(a) - half(a)) / (D(b) + half(b)) * 100, (D(a) + half(a)) / (D(b) - half(b)) * 100)


def pct_wrong(stated, a, b):
    """True when the stated rate (rounded or truncated at its last digit) cannot be a / b."""
    lo, hi = rate_range(a, b)
    h = half(stated)
    s = D(stated)
    return (s + 2 * h < lo) or (s - h > hi)


def pct_ok(stated, a, b):
    return not pct_wrong(stated, a, b)


def sm(*xs):
    return sum(D(x) for x in xs)


def off(stated, *parts):
    """True when a stated total cannot be the sum of its parts (intervals of half a last digit)."""
    lo = sm(*parts) - sum(half(p) for p in parts) - half(stated)
    hi = sm(*parts) + sum(half(p) for p in parts) + half(stated)
    return not (lo <= D(stated) <= hi)


def chg_ok(rate, delta, current, down=False):
    """A stated rate of change against delta / (current ∓ delta)."""
    prior = D(current) + D(delta) if down else D(current) - D(delta)
    return pct_ok(rate, delta, prior)


def chg_wrong(rate, delta, current, down=False):
    return not chg_ok(rate, delta, current, down)


def growth_ok(rate, prior, current):
    """A stated growth rate (signed) against (current − prior) / prior, both sides ± half their last digit."""
    r = D(rate)
    lo = (D(current) - half(current)) / (D(prior) + half(prior)) * 100 - 100
    hi = (D(current) + half(current)) / (D(prior) - half(prior)) * 100 - 100
    h = half(rate)
    # rounded or truncated (towards zero) at the last digit written
    if r >= 0:
        return not (r + 2 * h < lo or r - h > hi)
    return not (r - 2 * h > hi or r + h < lo)


def yi(wan):
    """万元 → 亿元."""
    return D(wan) / 10000


def balance_off(stated, a, b):
    """a − b against a stated difference (each ± half its last digit)."""
    lo = D(a) - D(b) - half(a) - half(b) - half(stated)
    hi = D(a) - D(b) + half(a) + half(b) + half(stated)
    return not (lo <= D(stated) <= hi)


def roll_off(stated, start, inflow, outflow):
    """start + inflow − outflow against a stated end balance."""
    v = D(start) + D(inflow) - D(outflow)
    h = half(start) + half(inflow) + half(outflow) + half(stated)
    return not (v - h <= D(stated) <= v + h)


def diff_off(stated, a, b):
    """a − b against a stated difference, as roll_off reads it (its 0 inflow counts half a unit more)."""
    return roll_off(stated, a, '0', b)

def kit(here):
    def lines_of(name):
        p = os.path.join(here, 'src', name + '.text.txt') if name.endswith(('.docx', '.pdf')) else os.path.join(here, name)
        return open(p, encoding='utf8').read().split('\n')

    class Doc:
        def __init__(self, name):
            self.name, self.lines = name, lines_of(name)
            self.joined, self.owner = '', []
            for i, l in enumerate(self.lines):
                self.joined += l
                self.owner += [i + 1] * len(l)

        def S(self, piece, nth=1):
            at = -1
            for _ in range(nth):
                at = self.joined.find(piece, at + 1)
                assert at >= 0, (self.name, piece)
            if nth == 1:
                assert self.joined.find(piece, at + 1) < 0, (self.name, 'not unique', piece)
            return sorted(set(self.owner[at:at + len(piece)]))

        def E(self, cell, nth=1):
            """The nth line that is exactly `cell` (a table flattened one cell per line)."""
            hits = [i + 1 for i, l in enumerate(self.lines) if l.strip() == cell]
            assert len(hits) >= nth, (self.name, cell)
            return [hits[nth - 1]]

        def L(self, piece, nth=None):
            """The line holding `piece`: it must be unique unless nth picks one of several."""
            hits = [i + 1 for i, l in enumerate(self.lines) if piece in l]
            if not hits:
                # A table row located by its cells, when the reader has since set its empty cells otherwise
                # (a column it no longer splits): empty cells are left out on both sides.
                squeeze = lambda s: re.sub(r'\|(?:[ \t]*\|)+', '|', s)
                hits = [i + 1 for i, l in enumerate(self.lines) if squeeze(piece) in squeeze(l)]
            assert len(hits) >= (nth or 1), (self.name, piece)
            if nth is None:
                assert len(hits) == 1, (self.name, 'not unique', piece, hits)
            return [hits[(nth or 1) - 1]]


    ROWS = {}


    def doc(name):
        d = Doc(name)
        ROWS[name] = []
        def f(lines, fam, lvl, why):
            ROWS[name].append((lines, fam, lvl, why))
        def t(lines, why):
            ROWS[name].append((lines, None, None, why))
        return d, f, t

    def write(about, trim_traps=False):
        """Checks every named line holds text and that no trap meets a finding (or, with trim_traps,
        drops a trap's lines that a finding's statement also covers), then writes expected.json."""
        out = {'about': about, 'files': {}}
        for name, rows in ROWS.items():
            lines = lines_of(name)
            fs, ts = [], []
            for ls, fam, lvl, why in rows:
                for l in ls: assert 1 <= l <= len(lines) and lines[l - 1].strip(), (name, l)
                (fs.append({'lines': ls, 'family': fam, 'level': lvl, 'why': why}) if fam else ts.append({'lines': ls, 'why': why}))
            fl = {l for f_ in fs for l in f_['lines']}
            if trim_traps:
                # a physical line shared with a finding's statement cannot be a trap: keep the rest
                ts = [{'lines': rest, 'why': t_['why']} for t_ in ts for rest in [[l for l in t_['lines'] if l not in fl]] if rest]
            for t_ in ts:
                assert not (set(t_['lines']) & fl), (name, t_)
            out['files'][name] = {'findings': fs, 'traps': ts}
        json.dump(out, open(os.path.join(here, 'expected.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=2)
        print('ok', sum(1 for v in out['files'].values() for f_ in v['findings'] if f_['level'] == 'must'), 'must',
              sum(1 for v in out['files'].values() for f_ in v['findings'] if f_['level'] == 'may'), 'may',
              sum(len(v['traps']) for v in out['files'].values()), 'traps')

    return Doc, ROWS, doc, lines_of, write


def band(score, edges):
    """The grade of a score under a document's own bands: edges = [(lower bound, grade), …] highest first."""
    for lo, g in edges:
        if D(score) >= D(lo):
            return g


# The bands most documents state: 90分以上为优, 80–90良, 60–80中, below 60差.
DEFAULT_BANDS = [('90', '优'), ('80', '良'), ('60', '中'), ('0', '差')]
