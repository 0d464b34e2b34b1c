import type { ClaimKind, FigureRole, SumClaim } from '../relations/types.ts';

// Chinese names for the reader's internal labels, for every surface that shows
// a drafter what was read (--print-claims, the editor's hover and claims view):
// a drafter should never meet `paren-num` or `of-which`.

/** What the reader took a figure to be. */
export const FIGURE_ROLE_NAMES: Record<FigureRole, string> = {
  amount: '数额',
  delta: '增减额',
  rate: '增减率',
  ratio: '比率',
  prior: '比较基数',
  share: '占比',
  'new-value': '变动后数值',
  other: '其他',
};

/** The kinds of statement (claims) the reader finds. */
export const CLAIM_KIND_NAMES: Record<ClaimKind, string> = {
  sum: '合计',
  change: '增减',
  'change-sum': '分项增减之和',
  conflict: '同一数字两处不同',
  compare: '比较',
  debt: '债务',
  grade: '评分',
  count: '个数',
  share: '占比',
  heading: '标题',
  year: '年份',
};

/** Heading numbering styles (Marker['level']), named by an example of each. */
export const HEADING_LEVEL_NAMES: Record<string, string> = {
  part: '“第一部分”级',
  cn: '“一、”级',
  'paren-cn': '“（一）”级',
  num: '“1.”级',
  'paren-num': '“（1）”级',
  circled: '“①”级',
};

/** How a total and its items are laid out. */
export const SUM_SHAPE_NAMES: Record<SumClaim['shape'], string> = {
  'of-which': '“其中”列举',
  'sub-items': '下列分项',
  'listed-then-total': '先列分项后合计',
  'table-row': '表格合计行',
  'table-column': '表格合计列',
};
