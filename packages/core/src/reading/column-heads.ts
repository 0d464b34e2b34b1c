import { CHANGE_GROUP_HEAD, CHANGE_SUB_HEAD, PERIOD_GROUP_HEAD } from '../domain/lexicon.ts';
import type { Block } from '../document/types.ts';

export interface ColumnHeads {
  /** Each column's own head, with a group's words taken out of the column that held them. */
  own: string[];
  /** Each column's head with its group's words before it (本年预算数合计, 本年比上年增减增减额). */
  full: string[];
  /** The group over each column, when the head names one: what kind it is and its words. */
  group: Array<{ kind: 'period' | 'change'; words: string } | undefined>;
}

// A column under a group of periods names a part or the whole of it (合计, 基本支出, 人员经费), never a period,
// a measure or a change of its own.
const PERIOD_SUB_HEAD = /^[\u4e00-\u9fa5（）()“”]{2,12}$/;
const NOT_PERIOD_SUB = /[0-9]|年|预算|决算|执行|增减|变动|[%％]|率|比|行次|栏次|序号|编号|科目|项目$/;
const isPeriodSub = (h: string) => PERIOD_SUB_HEAD.test(h) && !NOT_PERIOD_SUB.test(h);

/**
 * | 上年预算数 | 合计 | 本年预算数 基本支出 | 项目支出 | 本年比上年增减 增减额 | 增减% |: a head over two rows that the
 * page set as one keeps each group's words in one of its columns, the middle one or the first. The group spans
 * that column and the columns beside it whose heads can only sit under it (合计, 项目支出 under 本年预算数; 增减%
 * under 本年比上年增减); each of them is that group's. Heads that are not of that shape are kept as they are.
 */
export function columnHeads(heads: readonly string[]): ColumnHeads {
  const own = heads.map((h) => h.trim());
  const full = [...own];
  const groups: ColumnHeads['group'] = own.map(() => undefined);
  own.forEach((h, c) => {
    const words = h.split(/[\s\u3000]+/);
    if (words.length !== 2) return;
    const [group, sub] = words;
    const kind = PERIOD_GROUP_HEAD.test(group) ? 'period' : CHANGE_GROUP_HEAD.test(group) ? 'change' : undefined;
    const under = kind === 'period' ? isPeriodSub : (s: string) => CHANGE_SUB_HEAD.test(s);
    if (!kind || !under(sub)) return;
    const take = (k: number) => {
      full[k] = group + own[k];
      groups[k] = { kind, words: group };
    };
    own[c] = sub;
    take(c);
    const bare = (k: number) => !/[\s\u3000]/.test(heads[k].trim()) && under(heads[k].trim());
    for (let k = c - 1; k >= 1 && bare(k); k--) take(k);
    for (let k = c + 1; k < heads.length && bare(k); k++) take(k);
  });
  return { own, full, group: groups };
}

/**
 * | 年度 | 合计 | 公务用车购置及运行费 |  |  | over |  |  | 小计 | 购置费 | 运行费 |: a head of two rows in a Markdown table,
 * whose second row GFM counts as the body's first. Each column's head is its words in every head row, top first.
 */
export function stackHeads(rows: ReadonlyArray<readonly string[]>): string[] {
  const out: string[] = [];
  rows.forEach((row, k) => {
    row.forEach((cell, c) => {
      const t = cell.trim();
      // A merged cell a converter repeats, or marks with a ditto (〃, ^, <), adds no word to the head above it.
      if (!WORDS.test(t) || (k > 0 && t === rows[k - 1][c]?.trim())) {
        out[c] ??= '';
        return;
      }
      if (t) out[c] = out[c] ? `${out[c]} ${t}` : t;
      else out[c] ??= '';
    });
  });
  return out;
}
const WORDS = /[\u4e00-\u9fa5A-Za-z0-9０-９]/;

/** How many rows after a table's header may go on with it. */
const HEAD_ROWS_MORE = 2;

/**
 * A table's head as rows of cell texts: the header row, then the rows right after it that hold no figure (小计 |
 * 购置费 | 运行费 under 公务用车购置及运行费; | 项目 | 预算数 | under | 收入 | | 支出 | |), as many as HEAD_ROWS_MORE.
 * `following` are the rows after the header, in order; each is cut to the header's width.
 */
export function headRows(header: Block, following: ReadonlyArray<Block | undefined>, hasFigures: (b: Block) => boolean, text: (b: Block, c: number) => string): string[][] {
  const width = header.cells?.length ?? 0;
  const rows = [(header.cells ?? []).map((_, c) => text(header, c))];
  for (const r of following.slice(0, HEAD_ROWS_MORE)) {
    if (!r?.cells || hasFigures(r)) break;
    rows.push(r.cells.map((_, c) => text(r, c)).slice(0, width));
  }
  return rows;
}
