"""What every held-out set's build_expected.py needs: locate statements by a piece of their
text (S: every physical line the piece spans; L: the one line holding it; E: a line that is
exactly a table cell), check arithmetic, and collect findings and traps per document.
A set's script: `Doc, ROWS, doc, lines_of = kit(here)` with `here` its own folder."""
import os


def check(cond, why):
    assert cond, why


def kit(here):
    def lines_of(name):
        p = os.path.join(here, 'src', name + '.text.txt') if name.endswith('.docx') else os.path.join(here, name)
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

    return Doc, ROWS, doc, lines_of
