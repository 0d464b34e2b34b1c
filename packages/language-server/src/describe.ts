import { Decimal } from 'decimal.js';
import {
  baseValue,
  COMPARE_NAMES,
  DEBT_KIND_NAMES,
  FIGURE_ROLE_NAMES,
  DEBT_MEASURE_NAMES,
  formatIn,
  intervalOf,
  maxPrecision,
  type Claim,
  type DocFigure,
  type FigureRole,
  type LintResult,
} from '@budgetlint/core';

/** Chinese names for what the reader took a figure to be (shared with the CLI's --print-claims). */
export const ROLE_NAMES: Record<FigureRole, string> = FIGURE_ROLE_NAMES;

const DIMENSION_NAMES: Record<string, string> = {
  money: '金额',
  percent: '百分比',
  points: '百分点',
  count: '计数',
  score: '分数',
  other: '其他',
};

/** The unit a dimension's base values are in. */
function baseUnit(f: DocFigure): string {
  if (f.dimension === 'money') return '元';
  return f.unit;
}

/** Plain decimal text without exponent ("3162000000", "0.005"). */
export const plain = (d: Decimal): string => d.toFixed();

/** What the components of a sum add up to, written the way the total is. */
function componentSum(total: DocFigure, parts: DocFigure[]): string {
  const exact = parts.reduce((a, f) => a.plus(baseValue(f)), new Decimal(0));
  return formatIn(exact, total, Math.max(maxPrecision(parts), total.precision));
}

const CACHE = new WeakMap<LintResult, Map<number, string[]>>();

/** Every role a figure plays in the document's claims, as short Chinese phrases. */
export function figureRoles(result: LintResult): Map<number, string[]> {
  const hit = CACHE.get(result);
  if (hit) return hit;
  const roles = new Map<number, string[]>();
  const add = (f: DocFigure | undefined, text: string) => {
    if (!f) return;
    const list = roles.get(f.id) ?? [];
    if (!list.includes(text)) list.push(text);
    roles.set(f.id, list);
  };
  for (const c of result.claims) describeClaimRoles(c, add);
  CACHE.set(result, roles);
  return roles;
}

function describeClaimRoles(c: Claim, add: (f: DocFigure | undefined, text: string) => void) {
  switch (c.kind) {
    case 'sum': {
      const parts = c.components.map((x) => x.figure);
      const subject = c.subject ? `（${c.subject}）` : '';
      add(c.total, `合计${subject}，其中${parts.length}项，分项之和${componentSum(c.total, parts)}${c.complete ? '' : '（所列分项不一定完整）'}`);
      c.components.forEach((x, i) => add(x.figure, `分项（${i + 1}）${x.label ? `${x.label}，` : ''}属于合计 ${c.total.raw}`));
      return;
    }
    case 'change': {
      const base = c.base || '比较对象';
      const subject = c.subject ? `${c.subject}` : '';
      add(c.current, `本期数${subject ? `（${subject}）` : ''}，与${base}比较`);
      add(c.prior, `比较基数（${base}）${subject ? `，${subject}` : ''}`);
      add(c.delta, `增减额（${c.deltaWord?.text ?? '变动'}），与${base}比较${subject ? `，${subject}` : ''}`);
      add(c.rate, `增减率（${c.rateWord?.text ?? '变动'}），与${base}比较${subject ? `，${subject}` : ''}`);
      add(c.ratio, `为${base}的百分比${subject ? `，${subject}` : ''}`);
      return;
    }
    case 'compare':
      add(c.left, `比较：${c.left.raw} ${COMPARE_NAMES[c.op] ?? c.relation.text} ${c.right.raw}（左）`);
      add(c.right, `比较：${c.left.raw} ${COMPARE_NAMES[c.op] ?? c.relation.text} ${c.right.raw}（右）`);
      return;
    case 'debt':
      add(
        c.figure,
        `债务：${c.scope}${DEBT_KIND_NAMES[c.debtKind] ?? c.debtKind}${DEBT_MEASURE_NAMES[c.measure] ?? c.measure}${c.date ? `（${c.date}）` : ''}`,
      );
      return;
    case 'grade':
      add(c.score, `评分${c.subject ? `（${c.subject}）` : ''}，等级“${c.grade.text}”`);
      return;
    case 'count':
      add(c.count, `个数${c.subject ? `（${c.subject}）` : ''}，其后列出${c.items.length}项`);
      return;
    case 'share':
      add(c.part, `部分，占总数 ${c.total.raw} 的 ${c.share.raw}`);
      add(c.share, `占比：${c.part.raw} ÷ ${c.total.raw}`);
      add(c.total, `总数，其中 ${c.part.raw} 占 ${c.share.raw}`);
      return;
    default:
      return;
  }
}

/** The figure under a source offset: the innermost whose range holds it (end inclusive, for a caret just after). */
export function figureAt(result: LintResult, offset: number): DocFigure | undefined {
  let best: DocFigure | undefined;
  for (const f of result.figures) {
    if (f.range.start <= offset && offset <= f.range.end) {
      if (!best || f.range.end - f.range.start < best.range.end - best.range.start) best = f;
    }
  }
  return best;
}

/** The facts of how a figure was read, one short line each. */
export function figureFacts(f: DocFigure): string[] {
  const iv = intervalOf(f);
  const bu = baseUnit(f);
  const lines = [
    `读数：${plain(f.value)}${f.unit ? ` ${f.unit}` : '（无单位）'}，${DIMENSION_NAMES[f.dimension] ?? f.dimension}，${ROLE_NAMES[f.role] ?? f.role}`,
    `基本单位：${plain(baseValue(f))}${bu}`,
  ];
  if (f.exact) lines.push('精度：计数，精确值');
  else {
    const inUnit = f.scale.eq(1) ? '' : `，即 [${plain(iv.lo.div(f.scale))}, ${plain(iv.hi.div(f.scale))}]${f.unit}`;
    lines.push(`精度：${f.precision}位小数，区间 [${plain(iv.lo)}, ${plain(iv.hi)}]${bu}${inUnit}`);
  }
  const notes: string[] = [];
  if (f.approximate) notes.push('约数，不参与计算');
  if (f.chineseNumeral) notes.push('中文数字');
  if (notes.length) lines.push(`说明：${notes.join('；')}`);
  return lines;
}

/** Hover text in Markdown. */
export function hoverMarkdown(result: LintResult, f: DocFigure): string {
  const roles = figureRoles(result).get(f.id) ?? [];
  const out = [`**budgetlint** · \`${f.raw}\``, '', ...figureFacts(f).map((l) => `- ${l}`)];
  if (roles.length) for (const r of roles) out.push(`- 关系：${r}`);
  else out.push('- 关系：未识别到与其他数字的关系');
  return out.join('\n');
}
