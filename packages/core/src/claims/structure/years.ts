import type { Block } from '../../document/types.ts';
import { readMarker } from '../../document/markers.ts';
import type { ExtractContext } from '../context.ts';
import type { Claim, YearClaim } from '../types.ts';

/**
 * The kind of document a disclosure is: 政府预算, 部门决算, 预算公开… after a year.
 * Captures the scope (政府/部门/单位/总) and the class (预算/决算/预决算).
 */
const DOC_AFTER_YEAR = /^(\d{4})[\s\u3000]*年度?[\s\u3000]*(?:(?:区|市|县|镇|乡|省)?(?:本级|级))?(政府|部门|单位|总)?(预决算|预算|决算)/;
// What follows a document name in a title: 公开, 相关说明, 情况说明, 表… — not 绩效, 执行, 调整…
const TITLE_TAIL = /^(?:[\s\u3000]*)(?:$|公开|信息公开|相关|情况|的说明|说明|报告|草案|表|编制)/;
// In the body, the document itself is named with words that point at it, not at what is in it.
const BODY_TAIL = /^(?:的理解|的公开|公开|相关说明|情况说明|编制范围|表(?![^\s，。；]{0,2}[数额])|包括)/;
// "我县2024年政府预算", "本部门2023年度部门决算": the document of whoever is writing.
const OWNER_BEFORE = /(?:我|本)(?:县|区|市|州|盟|旗|镇|乡|省|部门|单位|局|委|办|院|中心|级)[\s\u3000]*$/;
// …but its execution, adjustment, revenue or spending is a topic, not the document: 2024年政府预算执行情况.
const TOPIC_AFTER = /^(?:的)?(?:执行|调整|收入|支出|数|安排|资金|项目|绩效|草案|批复|编制工作|管理)/;
// "与2023年度部门决算相比", "比2023年预算": another document, named on purpose.
const COMPARE_BEFORE = /(?:与|比|较|同|和|及|对比|相比|上年|去年|上一年)[\s\u3000]*$/;

function docName(scope: string | undefined, cls: string): string {
  return `${scope ?? ''}${cls}`;
}

interface Piece {
  block: Block;
  text: string;
}

/** The title: the first blocks of the document, short and without sentences or outline numbers. */
function titleBlocks(blocks: readonly Block[]): Piece[] {
  const out: Piece[] = [];
  for (const b of blocks) {
    if (b.kind === 'toc' || b.kind === 'table-row') break;
    const t = b.text.trim();
    if (t.length > 60 || /[。；;！？!?，,]/.test(t) || readMarker(t) || /^(?:目录|目次|目[\s\u3000]+录)$/.test(t)) break;
    out.push({ block: b, text: b.text });
    if (out.length >= 4 || (b.kind === 'heading' && out.length >= 1)) break;
  }
  return out;
}

const YEAR = /(?<![0-9０-９])(\d{4})(?=[\s\u3000]*年)/g;

/**
 * Years that date the document itself: the title's "2024年政府预算公开相关说明"
 * and body sentences such as "对我区2023年政府预算的理解". Years of other
 * things (2023年底债务余额, 2023年项目绩效评价结果) make no claim.
 */
export function extractYears(ctx: ExtractContext): Claim[] {
  const out: YearClaim[] = [];
  const blocks = ctx.doc.blocks;
  const title = titleBlocks(blocks);
  // A title may run over several lines ("…社会工作部 2024 年度" / "部门决算"): read it as one.
  const joined = title.map((p) => p.text).join('');
  const owner = (at: number) => {
    let o = at;
    for (const p of title) {
      if (o < p.text.length) return { block: p.block, offset: o };
      o -= p.text.length;
    }
    return undefined;
  };
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(joined); m; m = YEAR.exec(joined)) {
    const d = DOC_AFTER_YEAR.exec(joined.slice(m.index));
    if (!d || !TITLE_TAIL.test(joined.slice(m.index + d[0].length))) continue;
    const where = owner(m.index);
    if (!where) continue;
    const yearEnd = /^\d{4}[\s\u3000]*年度?/.exec(joined.slice(m.index))![0].length;
    if (where.offset + yearEnd > where.block.text.length) continue;
    out.push({
      kind: 'year',
      role: 'title',
      year: Number(d[1]),
      document: docName(d[2], d[3]),
      word: ctx.word(where.block, where.offset, where.offset + yearEnd),
    });
  }
  const titleSet = new Set(title.map((p) => p.block.index));
  for (const b of blocks) {
    if (titleSet.has(b.index) || b.kind === 'toc' || b.kind === 'table-row') continue;
    YEAR.lastIndex = 0;
    for (let m = YEAR.exec(b.text); m; m = YEAR.exec(b.text)) {
      const d = DOC_AFTER_YEAR.exec(b.text.slice(m.index));
      if (!d) continue;
      const after = b.text.slice(m.index + d[0].length);
      const owned = OWNER_BEFORE.test(b.text.slice(Math.max(0, m.index - 4), m.index)) && !TOPIC_AFTER.test(after);
      if (!BODY_TAIL.test(after) && !owned) continue;
      if (COMPARE_BEFORE.test(b.text.slice(Math.max(0, m.index - 6), m.index))) continue;
      // Inside a cited title (《关于做好2024年政府预算公开工作的通知》): another document.
      const before = b.text.slice(0, m.index);
      if (before.lastIndexOf('《') > before.lastIndexOf('》')) continue;
      const yearEnd = /^\d{4}[\s\u3000]*年度?/.exec(b.text.slice(m.index))![0].length;
      out.push({
        kind: 'year',
        role: 'body',
        year: Number(d[1]),
        document: docName(d[2], d[3]),
        word: ctx.word(b, m.index, m.index + yearEnd),
      });
    }
  }
  return out;
}
