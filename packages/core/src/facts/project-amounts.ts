import type { ExtractContext } from '../reading/context.ts';
import type { DocFigure } from '../reading/types.ts';
import type { Fact } from './facts.ts';

/**
 * A 项目绩效目标表 opens on a line naming its project and the project's money (项目名称：社区助残服务项目  项目金额：1,268.40万元;
 * 项目名称：X　预算金额：…; 项目名称：X，资金总额：…). The prose that names the same project by its full name and states its
 * budget (其中社区助残服务项目预算1,286.40万元; X项目资金为…) states the same figure. Only the project's exact name, only the
 * budget's words between the name and the figure, and no year before the name in its sentence other than the document's
 * (上年, 2025年…项目预算 is another year's).
 */

// The head line of a project's table: its name, then its money.
const PROJECT_LINE = /^[\s\u3000]*项目名称[：:][\s\u3000]*([^\s\u3000：:，,；;。]{4,40}?)[\s\u3000，,；;]+(?:项目金额|项目资金|预算金额|项目预算|资金总额|资金金额|预算资金|年度资金总额)(?:（万元）)?[：:][\s\u3000]*$/;
// Between the project's name in prose and its figure: the budget's words only.
const BUDGET_WORDS = /^[\s\u3000]*(?:年度)?(?:预算|资金|预算资金|预算金额|资金总额)(?:安排)?(?:为|是)?[\s\u3000]*$/;
// A time before the name naming another year than the document's.
const OTHER_TIME = /上年|去年|前年|([0-9０-９]{4})[\s\u3000]*年/g;
// More projects' tables than this: the document is no one project's, and the prose is not searched for each.
const MAX_PROJECTS = 40;

export function projectAmountFacts(ctx: ExtractContext, docYears: readonly string[]): Fact[] {
  const projects = new Map<string, DocFigure[]>();
  for (const b of ctx.doc.blocks) {
    if (b.kind !== 'paragraph' || b.text.length > 120 || !b.text.includes('项目名称')) continue;
    const figs = ctx.figuresByBlock[b.index].filter((f) => f.dimension === 'money');
    if (figs.length !== 1 || figs[0].approximate) continue;
    const m = PROJECT_LINE.exec(b.text.slice(0, figs[0].start));
    if (!m || b.text.slice(figs[0].end).trim()) continue;
    const list = projects.get(m[1]);
    if (list) list.push(figs[0]);
    else projects.set(m[1], [figs[0]]);
  }
  // A name two tables carry names no one figure.
  const named = [...projects].filter(([, fs]) => fs.length === 1);
  if (!named.length || named.length > MAX_PROJECTS) return [];
  const out: Fact[] = [];
  for (const b of ctx.doc.blocks) {
    if (b.kind !== 'paragraph') continue;
    for (const [name, [row]] of named) {
      if (row.block === b.index) continue;
      for (let at = b.text.indexOf(name); at >= 0; at = b.text.indexOf(name, at + name.length)) {
        const f = ctx.figuresByBlock[b.index].find((x) => x.start >= at + name.length);
        if (!f || f.role !== 'amount' || f.dimension !== 'money' || f.approximate || !BUDGET_WORDS.test(b.text.slice(at + name.length, f.start))) continue;
        const s = ctx.sentences(b).find((x) => x.start <= at && at < x.end);
        const before = b.text.slice(s?.start ?? 0, at);
        const times = [...before.matchAll(OTHER_TIME)];
        if (times.some((t) => !t[1] || !docYears.includes(t[1].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))))) continue;
        const subject = `${name}预算@项目表`;
        out.push({ subject, written: `${name}预算`, period: '', scope: '', figure: f });
        if (!out.some((x) => x.figure === row)) out.push({ subject, written: `${name}预算`, period: '', scope: '', figure: row });
      }
    }
  }
  return out;
}
