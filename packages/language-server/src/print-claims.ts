import { baseValue, DEBT_KIND_NAMES, DEBT_MEASURE_NAMES, HEADING_LEVEL_NAMES, SUM_SHAPE_NAMES, type Claim, type DocFigure, type LintResult } from '@budgetlint/core';
import { ROLE_NAMES, figureRoles, plain } from './describe.ts';

/** Display width in a monospace font: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000
        ? 2
        : 1;
  }
  return w;
}

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

/** Aligns rows of cells into columns two spaces apart. */
export function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]))).join('  ').trimEnd());
}

const ref = (f: DocFigure | undefined) => (f ? `#${f.id} ${f.raw}` : '');

function claimLine(c: Claim): [string, string] {
  switch (c.kind) {
    case 'sum':
      return [
        '合计',
        `${c.subject || '（未命名）'}：${ref(c.total)} = ${c.components.map((x) => `${x.label ? `${x.label} ` : ''}${ref(x.figure)}`).join(' + ')}` +
          `（${SUM_SHAPE_NAMES[c.shape] ?? c.shape}${c.complete ? '，完整' : '，不一定完整'}${c.partition ? `，口径“${c.partition}”` : ''}）`,
      ];
    case 'change': {
      const parts = [
        c.current && `本期 ${ref(c.current)}`,
        c.prior && `基数 ${ref(c.prior)}`,
        c.delta && `${c.deltaWord?.text ?? '增减'} ${ref(c.delta)}`,
        c.rate && `${c.rateWord?.text ?? '增减率'} ${ref(c.rate)}`,
        c.ratio && `为${c.base}的 ${ref(c.ratio)}`,
        c.flat && c.flat.text,
      ].filter(Boolean);
      return ['增减', `${c.subject || '（未命名）'}，比${c.base}：${parts.join('，')}`];
    }
    case 'compare':
      return ['比较', `${ref(c.left)} ${c.relation.text} ${ref(c.right)}`];
    case 'debt':
      return ['债务', `${c.scope || '—'} ${DEBT_KIND_NAMES[c.debtKind] ?? c.debtKind}${DEBT_MEASURE_NAMES[c.measure] ?? c.measure}${c.date ? ` ${c.date}` : ''}：${ref(c.figure)}`];
    case 'grade':
      return ['评分', `${c.subject || '（未命名）'}：${ref(c.score)} → ${c.grade.text}`];
    case 'count':
      return ['个数', `${c.subject || '（未命名）'}：${ref(c.count)}，列出 ${c.items.length} 项（${c.items.map((w) => w.text).join('、')}）`];
    case 'share':
      return ['占比', `${ref(c.part)} ÷ ${ref(c.total)} = ${ref(c.share)}`];
    case 'heading':
      return ['标题', `${HEADING_LEVEL_NAMES[c.level] ?? c.level} 第${c.ordinal}个：${c.marker.text}`];
    case 'year':
      return ['年份', `${c.role === 'title' ? '标题' : '正文'} ${c.year}年 ${c.document}（“${c.word.text}”）`];
    default:
      return ['其他', JSON.stringify(c)];
  }
}

/** The text behind budgetlint/printClaims: every figure read, every claim, every finding. */
export function printClaims(uri: string, version: number, result: LintResult): string {
  const { figures, claims, findings, lines } = result;
  const roles = figureRoles(result);
  const out = [
    `budgetlint：识别的数字与关系`,
    `文档：${uri}（版本 ${version}，${result.document.format === 'markdown' ? 'Markdown' : '纯文本'}）`,
    `数字 ${figures.length} 个，关系 ${claims.length} 条，问题 ${findings.length} 个`,
    '',
    `== 数字 ==`,
  ];
  const figRows = [['#', '位置', '原文', '数值', '单位', '基本单位值', '类型', '所在关系']];
  for (const f of figures) {
    const p = lines.position(f.range.start);
    figRows.push([
      String(f.id),
      `${p.line}:${p.column}`,
      f.raw,
      plain(f.value),
      f.unit || '—',
      plain(baseValue(f)) + (f.dimension === 'money' ? '元' : f.unit),
      ROLE_NAMES[f.role] ?? f.role,
      (roles.get(f.id) ?? []).join('；') || '—',
    ]);
  }
  // Loops, not push(...): a large document has more figures than a call can take arguments.
  for (const row of table(figRows)) out.push(row);
  out.push('', '== 关系 ==');
  const claimRows = [['#', '类型', '内容']];
  claims.forEach((c, i) => claimRows.push([String(i + 1), ...claimLine(c)]));
  for (const row of claims.length ? table(claimRows) : ['（无）']) out.push(row);
  out.push('', '== 问题 ==');
  if (!findings.length) out.push('（无）');
  for (const f of findings) out.push(`${f.statement.line}:${f.statement.column}  ${f.severity}  ${f.ruleId}  ${f.message}`);
  if (result.suppressed.length) out.push(`（另有 ${result.suppressed.length} 个问题被 budgetlint-disable 注释忽略）`);
  if (result.ruleFailures.length) {
    out.push('', '== 规则运行出错 ==');
    for (const r of result.ruleFailures) out.push(`${r.ruleId}：${r.message}`);
  }
  return out.join('\n') + '\n';
}
