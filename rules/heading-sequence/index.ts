import { defineRule, type HeadingClaim } from '@budgetlint/core';

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CIRCLED: Record<string, string> = { '⑴': '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇', '①': '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳' };

function chinese(n: number): string {
  if (n < 10) return CN[n];
  if (n < 20) return `十${CN[n - 10]}`;
  return `${CN[Math.floor(n / 10)]}十${CN[n % 10]}`;
}

/** The marker for ordinal n written the way `h` is: （三）, 3., 第三部分, ③. */
function markerFor(h: HeadingClaim, n: number): string {
  const style = h.style ?? '#';
  if (h.level === 'circled') return (CIRCLED[style] ?? CIRCLED['①'])[n - 1] ?? String(n);
  const numeral = h.level === 'num' || h.level === 'paren-num' ? String(n) : chinese(n);
  return style.replace('#', numeral);
}

const RANK: Record<string, number> = { part: 0, cn: 1, 'paren-cn': 2, num: 3, 'paren-num': 4, circled: 5 };
const rankOf = (h: HeadingClaim) => h.rank ?? RANK[h.level] ?? 9;
const keyOf = (h: HeadingClaim) => `${rankOf(h)}|${h.style ?? ''}`;

// The heading by its words when it has some: 标题“五、预算绩效管理情况”. A numeral set apart by a gap
// where 、 stood (五 预算绩效管理情况) keeps a gap, or it would run into the title's words.
const named = (h: HeadingClaim) => (h.title ? `标题“${h.marker.text}${/[一二三四五六七八九十]$/.test(h.marker.text) ? ' ' : ''}${h.title}”` : '标题');

export default defineRule(
  {
    id: 'heading-sequence',
    family: 'heading',
    title: '标题序号跳号或倒退',
    description: '同级标题序号不连续或倒退',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    // The last heading seen at each level (rank and writing style) since a higher heading reset it.
    const last = new Map<string, HeadingClaim>();
    // Inline markers seen since the last heading of each level: they fill gaps.
    const inlineSince = new Map<string, Set<number>>();
    // Whether the last heading at each level was the first at that level since a higher heading.
    const lastWasFirst = new Map<string, boolean>();
    // A slip already reported at each level, and the number the slipped heading stood for: after 二、 written twice
    // (the second a slip for 三、), 四、 follows in turn; after 二、 then 四、 (reported as a skip), 四、 again is the
    // real 四、 and the first was the slip for 三、. One slip, one message.
    const slipStandsFor = new Map<string, number>();
    // Levels whose reported slip was a number written back.
    const backSlip = new Set<string>();
    const headings = ctx.of('heading');
    headings.forEach((h, i) => {
      const key = keyOf(h);
      if (h.inline) {
        if (last.has(key)) inlineSince.get(key)?.add(h.ordinal);
        return;
      }
      const rank = rankOf(h);
      for (const k of [...last.keys()]) {
        if (Number(k.split('|')[0]) > rank) {
          last.delete(k);
          inlineSince.delete(k);
          slipStandsFor.delete(k);
          backSlip.delete(k);
        }
      }
      const prev = last.get(key);
      const prevWasFirst = lastWasFirst.get(key) ?? false;
      last.set(key, h);
      lastWasFirst.set(key, !prev);
      const filled = inlineSince.get(key) ?? new Set<number>();
      inlineSince.set(key, new Set());
      const slip = slipStandsFor.get(key);
      slipStandsFor.delete(key);
      const wasBack = backSlip.delete(key);
      // The first heading at a level may have lost its predecessors' markers (a title
      // written without its 一、): nothing to compare with.
      if (!prev) return;
      const from = prev.ordinal;
      const to = h.ordinal;
      const prevText = prev.marker.text;
      const related = [{ range: prev.marker.range, label: `上一个同级标题“${prevText}”` }];
      // A number lower than the one before it: the two were written in reverse order.
      const backwards = () =>
        ctx.report({
          message: `${named(h)}序号“${h.marker.text}”出现在“${prevText}”之后`,
          range: h.marker.range,
          related,
          fingerprint: `${prevText}>${h.marker.text}`,
        });
      // Numbering that starts again at 1 is a new list (after a table of contents, a
      // table's second column). Unless, with text between, the new list never comes back to the number before it in its
      // section: （二）总体结果, its text, （一）分项目结果, then 三、 — the two were written in reverse order; or （一）…（二）…
      // （一）其他事项, then 三、 (or （三）) — a step back, where the next number was meant.
      if (to === 1) {
        // (A list of several run through before (（一）（二）), the new one a single heading, or the one after it at its level
        // going on past the list before (（三）): not a rerun either, so a step back.)
        if (from <= 1 || h.block - prev.block <= 1 || reruns(headings, i, from)) return;
        // The list goes on from the higher number: （三） after the pair is in order.
        last.set(key, prev);
        lastWasFirst.set(key, false);
        backwards();
        // A step back stood for the next number: the one after it goes on from there (（四） after （二）（一）).
        if (!prevWasFirst) slipStandsFor.set(key, from + 1);
        return;
      }
      // The heading after a reported slip, in turn with the number the slip stood for (二、 二、 四、), or the number a
      // reported skip wrote too soon now in its place (二、 四、 四、): the slip's message says all.
      if (slip !== undefined && (to === slip + 1 || (to === from && slip === from - 1) || (wasBack && to === slip))) return;
      if (to === from) {
        // The same number on the very next block is the other column of a table row a PDF
        // split over lines (二、政府性基金预算财政拨款⏎二、外交支出); with text between, or when both open paragraphs
        // of sentences, it is numbered twice.
        if (h.block - prev.block <= 1 && !(h.opensParagraph && prev.opensParagraph)) return;
        ctx.report({
          message: `${named(h)}序号“${h.marker.text}”与上一个同级标题重复，应为“${markerFor(h, from + 1)}”`,
          range: h.marker.range,
          related,
          fingerprint: `${prevText}=${h.marker.text}`,
        });
        slipStandsFor.set(key, from + 1);
        return;
      }
      if (to < from) {
        backwards();
        // A number written back (三、 after 四、) either stood for the next one (五、), so 五、 or 六、 goes on in turn, or
        // opened the old numbers again, so 四、 follows it: the slip's message says all.
        slipStandsFor.set(key, from + 1);
        backSlip.add(key);
        return;
      }
      if (to === from + 1) return;
      const missing: number[] = [];
      for (let n = from + 1; n < to; n++) missing.push(n);
      // A missing number that stands inside a paragraph was written, just not as a heading.
      if (missing.some((n) => filled.has(n))) return;
      const gap =
        missing.length === 1
          ? `“${markerFor(h, missing[0])}”`
          : `“${markerFor(h, missing[0])}”至“${markerFor(h, missing[missing.length - 1])}”`;
      ctx.report({
        message: `${named(h)}序号由“${prevText}”跳至“${h.marker.text}”，缺少${gap}`,
        range: h.marker.range,
        related,
        fingerprint: `${prevText}>${h.marker.text}`,
      });
      if (missing.length === 1) slipStandsFor.set(key, missing[0]);
    });
  },
);

/**
 * Whether the list the heading at `i` opens comes back to number `n` before a higher heading ends its section: a list
 * restarted (（二） orphaned, then （一）（二）…), not one written backwards. Each search stops at the list's next heading.
 */
function reruns(headings: readonly HeadingClaim[], i: number, n: number): boolean {
  const h = headings[i];
  const key = keyOf(h);
  const rank = rankOf(h);
  for (let j = i + 1; j < headings.length; j++) {
    const g = headings[j];
    if (g.inline) continue;
    if (rankOf(g) < rank) return false;
    if (keyOf(g) === key) return g.ordinal <= n;
  }
  return false;
}
