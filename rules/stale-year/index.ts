import { DOCUMENT_LEXICON, defineRule, documentClass, type YearClaim } from '@budgetlint/core';

// The scopes and classes of a document's name, from the lexicon the names were read with.
const DOCUMENT_NAME = new RegExp(`^(${DOCUMENT_LEXICON.scopes})?(${DOCUMENT_LEXICON.classes})(执行)?$`);

/** 政府预算 → { scope: 政府, cls: 预算 }; a bare 预算 has no scope. */
function parts(doc: string) {
  // 预算执行: the execution a report is about, a document of its own kind.
  const m = DOCUMENT_NAME.exec(doc);
  return m ? { scope: m[1] ?? '', cls: m[2] + (m[3] ?? '') } : undefined;
}

/** Like with like: 预算 with 预算, 决算 with 决算; 政府预算 is not 部门预算, a bare 预算 may be either. */
function sameDocument(a: YearClaim, b: YearClaim): boolean {
  // Names read from a sentence presenting the document are compared with the title's, by equal names only.
  if (a.framed || b.framed) return !!a.framed && !!b.framed && a.document === b.document;
  const x = parts(a.document);
  const y = parts(b.document);
  if (!x || !y || x.cls !== y.cls) return false;
  return x.scope === y.scope || x.scope === '' || y.scope === '';
}

/** A title claim of a budget's execution (预算执行) over a body naming that budget (预算). */
function executes(title: YearClaim, body: YearClaim): boolean {
  if (title.framed || body.framed || body.draft || !title.document.endsWith('执行')) return false;
  return sameDocument({ ...title, document: title.document.slice(0, -'执行'.length) }, body);
}

export default defineRule(
  {
    id: 'stale-year',
    family: 'year',
    title: '年份与标题不一致',
    description: '正文年份与标题年份不一致',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    const years = ctx.of('year');
    // A heading's year against its own section, whose statements all name the title's.
    for (const body of years) {
      if (!body.section) continue;
      ctx.report({
        message: `本节正文均为${body.section.year}年，标题此处却写作${body.year}年${body.document}`,
        range: body.word.range,
        related: [{ range: body.section.word.range, label: `本节正文的“${body.section.word.text}”` }],
        fingerprint: `section|${body.section.year}|${body.year}${body.document}`,
      });
    }
    // A budget drawn up from the results of an evaluation of its own year or a later one: made after that year, the
    // results come too late for it.
    for (const body of years) {
      const results = body.feeds;
      if (!results || body.year > results.year) continue;
      ctx.report({
        message: `${results.year}年度评价结果只能用于编制以后年度的预算，此处却写作${body.year}年${body.document}`,
        range: body.word.range,
        related: [{ range: results.word.range, label: `评价结果的“${results.word.text}”` }],
        fingerprint: `feeds|${results.year}|${body.year}${body.document}`,
      });
    }
    // A year the document itself fixes (上年 is the year before the title's, the 年初预算 an adjustment adjusts is its own
    // year's), named as another.
    for (const body of years) {
      const fixed = body.fixed;
      if (!fixed || body.year === fixed.year) continue;
      ctx.report({
        message: `标题为${fixed.title.year}年${fixed.title.document}，${fixed.what}应为${fixed.year}年，此处却写作${body.year}年`,
        range: body.word.range,
        related: [{ range: fixed.title.word.range, label: `标题中的“${fixed.title.word.text}”` }],
        fingerprint: `fixed|${fixed.what}|${fixed.year}|${body.year}`,
      });
    }
    const titles = years.filter((y) => y.role === 'title');
    if (titles.length === 0) return;
    // A target a report on part of its year promises to meet, of a year already over.
    for (const body of years) {
      const running = body.target;
      if (!running || body.year >= running.year) continue;
      ctx.report({
        message: `本文报告${running.year}年${running.document}，此处却要完成已过去的${body.year}年${body.document}`,
        range: body.word.range,
        related: [{ range: running.word.range, label: `标题中的“${running.word.text}”` }],
        fingerprint: `target|${running.year}|${body.year}${body.document}`,
      });
    }
    // The scope of the document's figures: the units of a year's 决算 (预算) summed into them, against the title's claim of that
    // class, whatever it names besides (三公决算 sums the units of the 部门决算).
    for (const body of years) {
      if (!body.scope) continue;
      const cls = documentClass(body.document);
      if (!cls) continue;
      // A report on a year's budget execution (国有资本经营预算执行) reports that year's budget: its scope is that budget's units.
      const own = titles.filter((t) => documentClass(t.document.replace(/执行$/, '')) === cls);
      if (own.length === 0 || own.some((t) => t.year === body.year)) continue;
      const title = own[0];
      ctx.report({
        message: `标题为${title.year}年${title.document}，统计范围此处却写作${body.year}年${body.document}`,
        range: body.word.range,
        related: [{ range: title.word.range, label: `标题中的“${title.word.text}${title.document}”` }],
        fingerprint: `scope|${title.year}${title.document}|${body.year}${body.document}`,
      });
    }
    for (const body of years) {
      if (body.role !== 'body' || body.section || body.target || body.scope || body.feeds || body.fixed) continue;
      const title = titles.find((t) => sameDocument(t, body));
      // The title names this document for one year only; a title with two years proves nothing. A title reporting the
      // execution of a year's budget (2025年…预算执行情况和2026年…预算（草案）) names that year's budget too.
      if (!title || titles.some((t) => t.year === body.year && (sameDocument(t, body) || executes(t, body)))) continue;
      if (title.year === body.year) continue;
      ctx.report({
        message: `标题为${title.year}年${title.document}，正文此处却写作${body.year}年${body.document}`,
        range: body.word.range,
        related: [{ range: title.word.range, label: `标题中的“${title.word.text}${title.document}”` }],
        fingerprint: `${title.year}${title.document}|${body.year}${body.document}`,
      });
    }
  },
);
