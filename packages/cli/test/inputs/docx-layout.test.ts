import { describe, expect, it } from 'vitest';
import {
  AlignmentType, DeletedTextRun, Document, FootnoteReferenceRun, InsertedTextRun, LevelFormat, Packer, Paragraph, Table, TableCell,
  TableRow, TextRun,
} from 'docx';
import { formatNumber, numberParagraphs } from '../../src/inputs/docx-numbering.ts';
import { readSource } from '../../src/inputs/index.ts';
import { lintSource } from './helpers.ts';

// What Word draws that is not in a paragraph's runs: automatic numbers (numbering.xml) and
// footnotes. A reader of the document sees both; the reading rules must too.

const lvl = (level: number, format: string, text: string, start = 1) => ({ level, format: format as never, text, start, alignment: AlignmentType.LEFT });

async function read(children: (Paragraph | Table)[], footnotes: Record<number, string> = {}, config = NUMBERING) {
  const fn: Record<number, { children: Paragraph[] }> = {};
  for (const [k, v] of Object.entries(footnotes)) fn[Number(k)] = { children: [new Paragraph(v)] };
  const doc = new Document({ numbering: { config }, footnotes: fn, sections: [{ children }] });
  return readSource('说明.docx', new Uint8Array(await Packer.toBuffer(doc)));
}

const NUMBERING = [
  { reference: 'heads', levels: [lvl(0, LevelFormat.CHINESE_COUNTING, '%1、'), lvl(1, LevelFormat.CHINESE_COUNTING, '（%2）'), lvl(2, LevelFormat.DECIMAL, '%3.')] },
  { reference: 'items', levels: [lvl(0, LevelFormat.DECIMAL, '%1.')] },
  { reference: 'from4', levels: [lvl(0, LevelFormat.CHINESE_COUNTING, '%1、', 4)] },
  { reference: 'parts', levels: [lvl(0, LevelFormat.CHINESE_COUNTING, '第%1部分')] },
  { reference: 'bullets', levels: [lvl(0, LevelFormat.BULLET, '●')] },
];
const numbered = (text: string, reference: string, level = 0, instance = 1) => new Paragraph({ text, numbering: { reference, level, instance } });
const p = (text: string) => new Paragraph(text);

describe('Word automatic numbering', () => {
  it('writes the numbers Word draws before headings and items, per level, restarting lower levels', async () => {
    const src = await read([
      numbered('部门基本情况', 'heads'),
      numbered('收入预算情况', 'heads'),
      numbered('一般公共预算拨款收入', 'heads', 1),
      numbered('事业收入', 'heads', 1),
      numbered('义务教育学校公用经费保障项目', 'heads', 2),
      numbered('支出预算情况', 'heads'),
      numbered('基本支出', 'heads', 1),
      numbered('第一部分的标题', 'parts'),
      numbered('2025年重点项目', 'items'),
      numbered('不带编号的要点', 'bullets'),
    ]);
    expect(src.text.split('\n')).toEqual([
      '一、部门基本情况',
      '二、收入预算情况',
      '（一）一般公共预算拨款收入',
      '（二）事业收入',
      '1.义务教育学校公用经费保障项目',
      '三、支出预算情况',
      '（一）基本支出',
      '第一部分 第一部分的标题',
      // A space after an ASCII label before a digit (1.2025 would read as a decimal); Markdown's
      // neutralizer makes it a no-break space, as it does for a typed one.
      '1.\u00a02025年重点项目',
      '不带编号的要点',
    ]);
  });

  it('starts where the level (or the instance) says and restarts each new list instance', async () => {
    const src = await read([
      numbered('主要做法', 'heads', 0, 1),
      numbered('存在的问题', 'from4', 0, 1),
      numbered('第一项工作', 'items', 0, 2),
      numbered('第二项工作', 'items', 0, 2),
      numbered('另一张清单的第一项', 'items', 0, 3),
    ]);
    expect(src.text.split('\n')).toEqual(['一、主要做法', '四、存在的问题', '1.第一项工作', '2.第二项工作', '1.另一张清单的第一项']);
  });

  it('lets the heading rule see a typed number after Word-numbered headings, and the count rule count Word-numbered items', async () => {
    const src = await read([
      p('2025年部门预算情况说明'),
      numbered('收入预算情况', 'heads'),
      p('2025年部门收入预算总计1,280.00万元，比上年增加64.00万元，增长5.3%。'),
      numbered('支出预算情况', 'heads'),
      p('2025年安排重点项目三个，分别是：'),
      numbered('义务教育学校公用经费保障项目，安排620.00万元；', 'items', 0, 2),
      numbered('学前教育普惠扶持项目，安排310.00万元；', 'items', 0, 2),
      numbered('教师培训项目，安排46.00万元；', 'items', 0, 2),
      numbered('校舍维修改造项目，安排120.00万元。', 'items', 0, 2),
      p('四、其他重要事项说明'),
    ]);
    const rules = lintSource(src, '说明.docx').map((f) => f.ruleId);
    expect(rules).toContain('heading-sequence');
    expect(rules).toContain('count-mismatch');
  });

  it('stays silent when Word numbers run on in order and the count agrees', async () => {
    const src = await read([
      p('2025年部门预算情况说明'),
      numbered('收入预算情况', 'heads'),
      numbered('支出预算情况', 'heads'),
      p('主要存在两方面问题：'),
      numbered('部分项目绩效目标不够细化；', 'heads', 1),
      numbered('预算执行进度前慢后快。', 'heads', 1),
      p('三、其他重要事项说明'),
    ]);
    expect(lintSource(src, '说明.docx')).toEqual([]);
  });

  it('formats numbers as Word does', () => {
    expect([1, 10, 11, 20, 21, 105].map((n) => formatNumber(n, 'chineseCounting'))).toEqual(['一', '十', '十一', '二十', '二十一', '一百零五']);
    expect(formatNumber(3, 'chineseLegalSimplified')).toBe('叁');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(1, 'bullet')).toBeUndefined();
  });

  it('numbers paragraphs whose style carries the numbering, and follows a w:lvl given in a w:lvlOverride', () => {
    const numbering = `<w:numbering><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:pStyle w:val="Heading1"/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
      <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="8"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%1)"/></w:lvl></w:lvlOverride></w:num></w:numbering>`;
    const styles = '<w:styles><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Item"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style></w:styles>';
    const para = (style: string, text: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = `<w:body>${para('Heading1', '概况')}${para('Item', '甲')}${para('Item', '乙')}${para('Heading1', '说明')}<w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body>`;
    const out = numberParagraphs(body, numbering, styles);
    const texts = [...out.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => [...m[1].matchAll(/<w:t[^>]*>([^<]*)</g)].map((t) => t[1]).join(''));
    expect(texts).toEqual(['一、概况', '(1)甲', '(2)乙', '二、说明', '正文']);
  });

  it('reads past a paragraph whose properties never close, and leaves oversized definitions unread', () => {
    const numbering = '<w:numbering><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>';
    const numbered = (t: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const broken = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:r><w:t>坏段</w:t></w:r></w:p>';
    const body = `<w:body>${numbered('概况')}${broken.repeat(3)}${numbered('说明')}</w:body>`;
    const texts = (xml: string) => [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => [...m[1].matchAll(/<w:t[^>]*>([^<]*)</g)].map((t) => t[1]).join(''));
    expect(texts(numberParagraphs(body, numbering, undefined))).toEqual(['一、概况', '坏段', '坏段', '坏段', '二、说明']);
    const padded = numbering.replace('</w:numbering>', `<!--${' '.repeat(3 * 1024 * 1024)}--></w:numbering>`);
    expect(numberParagraphs(body, padded, undefined)).toBe(body);
  });

  it('leaves a document without numbering as it is', () => {
    const body = '<w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body>';
    expect(numberParagraphs(body, undefined, undefined)).toBe(body);
  });
});

describe('Word footnotes and revisions', () => {
  it('puts footnotes after the body, in the order they are referred to, and names them in places', async () => {
    const src = await read(
      [
        new Paragraph({ children: [new TextRun('公务用车购置及运行维护费支出41.20万元'), new FootnoteReferenceRun(2), new TextRun('。')] }),
        new Paragraph({ children: [new TextRun('公务接待费支出11.16万元'), new FootnoteReferenceRun(1), new TextRun('。')] }),
      ],
      { 1: '公务接待共计86批次。', 2: '本局公务用车保有量12辆，其中执法执勤用车11辆、其他用车2辆。' },
    );
    const lines = src.text.split('\n');
    // The body keeps its line numbers; the reference mark adds nothing to the figure before it.
    expect(lines).toEqual(['公务用车购置及运行维护费支出41.20万元。', '公务接待费支出11.16万元。', '本局公务用车保有量12辆，其中执法执勤用车11辆、其他用车2辆。', '公务接待共计86批次。']);
    expect(src.places?.slice(2).map((pl) => pl.footnote)).toEqual([1, 2]);
    const [f] = lintSource(src, '说明.docx').filter((x) => x.ruleId === 'sum-mismatch');
    expect(src.text.slice(f.range.start, f.range.end)).toBe('12辆');
  });

  it('reads a tracked insertion and drops a tracked deletion, inside a figure too', async () => {
    const src = await read([
      new Paragraph({
        children: [
          new TextRun('基本支出6,805.30万元，占'),
          new DeletedTextRun({ text: '54.5', id: 1, author: 'a', date: '2026-01-01T00:00:00Z' }),
          new InsertedTextRun({ text: '56.5', id: 2, author: 'a', date: '2026-01-01T00:00:00Z' }),
          new TextRun('%；项目支出'),
          new DeletedTextRun({ text: '5,618.20', id: 3, author: 'a', date: '2026-01-01T00:00:00Z' }),
          new InsertedTextRun({ text: '5,681.20', id: 4, author: 'a', date: '2026-01-01T00:00:00Z' }),
          new TextRun('万元。'),
        ],
      }),
    ]);
    expect(src.text).toBe('基本支出6,805.30万元，占56.5%；项目支出5,681.20万元。');
  });

  it('still reads a table next to Word-numbered paragraphs', async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const src = await read([
      numbered('收入决算情况', 'heads'),
      new Table({ rows: [new TableRow({ children: [cell('项目'), cell('决算数')] }), new TableRow({ children: [cell('合计'), cell('10')] })] }),
    ]);
    expect(src.text.split('\n')).toEqual(['一、收入决算情况', '| 项目 | 决算数 |', '| --- | --- |', '| 合计 | 10 |']);
  });
});

describe('Word merged cells', () => {
  const cell = (text: string, opts: { columnSpan?: number; rowSpan?: number } = {}) => new TableCell({ children: [new Paragraph(text)], ...opts });
  const row = (...cells: TableCell[]) => new TableRow({ children: cells });

  it('repeats a word merged down over body rows (a grade, a group name), not a figure, not a head cell', async () => {
    const src = await read([
      new Table({
        rows: [
          row(cell('项目名称', { rowSpan: 2 }), cell('预算资金（万元）', { columnSpan: 2 }), cell('自评得分', { rowSpan: 2 }), cell('自评等级', { rowSpan: 2 })),
          row(cell('年初预算'), cell('执行数')),
          row(cell('困难群众救助'), cell('2,460.00', { rowSpan: 2 }), cell('2,398.15'), cell('94.2'), cell('优', { rowSpan: 2 })),
          row(cell('残疾人两项补贴'), cell('842.80'), cell('91.0')),
          row(cell('社区治理'), cell('520.00'), cell('468.30'), cell('79.6'), cell('中')),
        ],
      }),
    ]);
    expect(src.text.split('\n')).toEqual([
      '| 项目名称 | 预算资金（万元） |  | 自评得分 | 自评等级 |',
      '| --- | --- | --- | --- | --- |',
      '|  | 年初预算 | 执行数 |  |  |',
      '| 困难群众救助 | 2,460.00 | 2,398.15 | 94.2 | 优 |',
      // The budget merged over two projects is one amount: it is not written twice.
      '| 残疾人两项补贴 |  | 842.80 | 91.0 | 优 |',
      '| 社区治理 | 520.00 | 468.30 | 79.6 | 中 |',
    ]);
  });

  it('lets the grade rule read a grade merged down over a score outside its band', async () => {
    const src = await read([
      p('评价等级：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。'),
      new Table({
        rows: [
          row(cell('项目名称'), cell('自评得分'), cell('自评等级')),
          row(cell('困难群众救助'), cell('94.2'), cell('优', { rowSpan: 2 })),
          row(cell('残疾人两项补贴'), cell('88.0')),
        ],
      }),
    ]);
    const found = lintSource(src, '说明.docx').filter((f) => f.ruleId === 'grade-score-mismatch');
    expect(found.map((f) => src.text.slice(f.range.start, f.range.end))).toEqual(['优']);
    expect(src.text.split('\n')[4]).toBe('| 残疾人两项补贴 | 88.0 | 优 |');
  });
});
