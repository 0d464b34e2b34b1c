// Where a finding is in an extracted document: the page of a PDF, the paragraph (with a
// quote) of a Word file, in every output format; --print-text shows the text positions refer to.
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { runInProcess, tempTree } from './helpers.ts';
import { flow, writePdf } from './inputs/pdf-writer.ts';

const run = (argv: string[], cwd: string) => runInProcess(argv, cwd);

// 2.4 + 13.4 + 10.2 = 26.0, not 31.62: a sum-mismatch on the third paragraph / second page.
const INTRO = ['一、转移支付情况', '本部分说明全市税收返还和转移支付的安排情况，数字均按四舍五入列示，合计数与分项之和可能存在尾差。'];
const SUM = '2025年，全市税收返还和转移支付31.62亿元，其中返还性收入2.4亿元，一般性转移支付13.4亿元，专项转移支付10.2亿元。';

async function docxBytes(paragraphs: string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: paragraphs.map((t) => new Paragraph({ children: [new TextRun(t)] })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('page and paragraph in the outputs', async () => {
  const pdf = writePdf([{ runs: flow(INTRO).runs }, { runs: flow([SUM]).runs }]);
  const root = tempTree({ '说明.pdf': pdf, '说明.docx': await docxBytes(['', ...INTRO, '', SUM]) });

  it('stylish: p.N before line:column for a PDF; ¶N and a quote for Word', async () => {
    const r = await run(['说明.pdf', '说明.docx'], root);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const pdfLine = lines.find((l) => l.includes('sum-mismatch') && /p\.\d/.test(l));
    expect(pdfLine).toMatch(/^\s+p\.2 \d+:\d+\s+error\s+/);
    const docxLine = lines.find((l) => l.includes('sum-mismatch') && l.includes('¶'));
    expect(docxLine).toMatch(/^\s+¶3 「…[^」]*31\.62亿元[^」]*」\s+error/);
  });

  it('JSON: a page field for PDFs, paragraph and quote for Word; lines refer to --print-text', async () => {
    const r = await run(['--format', 'json', '说明.pdf', '说明.docx'], root);
    const files = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<Record<string, unknown>>; source: string }>;
    const p = files.find((f) => f.filePath.endsWith('.pdf'))!;
    const d = files.find((f) => f.filePath.endsWith('.docx'))!;
    const pm = p.messages.find((m) => m.ruleId === 'sum-mismatch')!;
    expect(pm.page).toBe(2);
    expect((pm.relatedLocations as Array<{ page: number }>).map((x) => x.page)).toEqual([2, 2, 2]);
    const dm = d.messages.find((m) => m.ruleId === 'sum-mismatch')!;
    expect(dm).toMatchObject({ paragraph: 3 });
    expect(dm.quote).toContain('31.62亿元');
    const text = await run(['--print-text', '说明.pdf'], root);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(p.source);
    // The message covers the statement (the whole sentence up to its last item); `focus` is the total it names.
    const line = text.stdout.split('\n')[(pm.line as number) - 1];
    expect(line.slice((pm.column as number) - 1, (pm.endColumn as number) - 1)).toBe(SUM.slice(0, SUM.indexOf('10.2亿元') + '10.2亿元'.length));
    const focus = pm.focus as { line: number; column: number; endColumn: number };
    expect(text.stdout.split('\n')[focus.line - 1].slice(focus.column - 1, focus.endColumn - 1)).toBe('31.62亿元');
  });

  it('SARIF: the region in the extracted text plus the page / paragraph as properties', async () => {
    const r = await run(['--format', 'sarif', '说明.pdf', '说明.docx'], root);
    const log = JSON.parse(r.stdout);
    const results = log.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'sum-mismatch');
    const pdfResult = results.find((x: { properties: Record<string, unknown> }) => x.properties.page !== undefined);
    const docxResult = results.find((x: { properties: Record<string, unknown> }) => x.properties.paragraph !== undefined);
    expect(pdfResult.properties).toMatchObject({ page: 2, focus: { startLine: expect.any(Number) } });
    expect(Object.keys(pdfResult.properties).sort()).toEqual(['focus', 'page']);
    expect(docxResult.properties).toMatchObject({ paragraph: 3 });
    // The region is the statement; the total the rule names is the last related location.
    expect(pdfResult.locations[0].physicalLocation.region.snippet.text).toBe(SUM.slice(0, SUM.indexOf('10.2亿元') + '10.2亿元'.length));
    expect(pdfResult.relatedLocations.at(-1).physicalLocation.region.snippet.text).toBe('31.62亿元');
    expect(log.runs[0].artifacts.map((a: { sourceLanguage: string }) => a.sourceLanguage).sort()).toEqual(['docx', 'pdf']);
  });

  it('HTML: the page beside the lines, and in the finding’s position', async () => {
    const r = await run(['--format', 'html', '说明.pdf'], root);
    expect(r.stdout).toContain('<span class="pl">p.1</span>');
    expect(r.stdout).toContain('<span class="pl">p.2</span>');
    expect(r.stdout).toMatch(/class="pos"[^>]*>p\.2 \d+:\d+</);
  });

  it('a statement that runs over a page break is reported on the page where it starts', async () => {
    // (352.10 - 388.20) / 388.20 = -9.30%, not -2.35%: the sentence starts at the foot of page 1, its rate is on page 2.
    const paragraph =
      '本单位机关运行经费主要用于办公及印刷费、水电费、办公用房物业管理、公务用车运行维护等方面的支出，严格执行过紧日子要求，从严控制一般性支出。' +
      '2025年预算执行数为388.20万元，2026年预算安排352.10万元，比2025年预算执行数减少2.35%。主要原因是压缩会议费和培训费。';
    const title = flow(['三、机关运行经费']);
    const body = flow([paragraph], { top: title.y + 18 }).runs;
    const last = body.findIndex((r) => r.text.includes('执行数为'));
    expect(body[last - 1].text.endsWith('202')).toBe(true);
    const pages = writePdf([{ runs: [...title.runs, ...body.slice(0, last)] }, { runs: body.slice(last).map((r, i) => ({ ...r, y: 100 + i * 18 })) }]);
    const dir = tempTree({ '跨页.pdf': pages });
    const r = await run(['--format', 'json', '跨页.pdf'], dir);
    const [file] = JSON.parse(r.stdout);
    const m = file.messages.find((x: { ruleId: string }) => x.ruleId === 'change-mismatch');
    expect(m.message).toContain('2.35%');
    expect(m.page).toBe(1);
    const shown = (await run(['--print-text', '跨页.pdf'], dir)).stdout.split('\n');
    expect(shown[m.line - 1].slice(m.column - 1).startsWith('2025年预算执行数为')).toBe(true);
    expect(shown[m.focus.line - 1].slice(m.focus.column - 1, m.focus.endColumn - 1)).toBe('2.35%');
  });

  it('GitHub annotations: file-level, naming the page or the paragraph and its quote', async () => {
    const r = await run(['--format', 'github', '说明.pdf', '说明.docx'], root);
    const lines = r.stdout.trim().split('\n').filter((l) => l.includes('sum-mismatch'));
    expect(lines.find((l) => l.includes('.pdf'))).toMatch(/^::error file=说明\.pdf,title=sum-mismatch::（第2页，提取文本第\d+行第\d+列）/);
    expect(lines.find((l) => l.includes('.docx'))).toMatch(/^::error file=说明\.docx,title=sum-mismatch::（第3段，提取文本第\d+行第\d+列：「[^」]*31\.62亿元[^」]*」）/);
  });

  it('--print-text prints every input format, several files headed by their names', async () => {
    const r = await run(['--print-text', '说明.docx', '说明.pdf'], root);
    expect(r.code).toBe(0);
    // One line a Word paragraph, the empty ones too: line k is paragraph k.
    expect(r.stdout).toContain(`==> 说明.docx <==\n\n${INTRO[0]}\n${INTRO[1]}\n\n${SUM}\n`);
    expect(r.stdout).toContain(`==> 说明.pdf <==\n${INTRO[0]}\n\n`);
    const bad = tempTree({ 'x.pdf': new Uint8Array() });
    const b = await run(['--print-text', 'x.pdf'], bad);
    expect(b.code).toBe(2);
    expect(b.stderr).toBe('budgetlint: x.pdf: empty file (0 bytes), not a PDF\n');
  });
});
