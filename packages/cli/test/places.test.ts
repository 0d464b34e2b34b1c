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
    const line = text.stdout.split('\n')[(pm.line as number) - 1];
    expect(line.slice((pm.column as number) - 1, (pm.endColumn as number) - 1)).toBe('31.62亿元');
  });

  it('SARIF: the region in the extracted text plus the page / paragraph as properties', async () => {
    const r = await run(['--format', 'sarif', '说明.pdf', '说明.docx'], root);
    const log = JSON.parse(r.stdout);
    const results = log.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'sum-mismatch');
    const pdfResult = results.find((x: { properties: Record<string, unknown> }) => x.properties.page !== undefined);
    const docxResult = results.find((x: { properties: Record<string, unknown> }) => x.properties.paragraph !== undefined);
    expect(pdfResult.properties).toEqual({ page: 2 });
    expect(docxResult.properties).toMatchObject({ paragraph: 3 });
    expect(pdfResult.locations[0].physicalLocation.region.snippet.text).toBe('31.62亿元');
    expect(log.runs[0].artifacts.map((a: { sourceLanguage: string }) => a.sourceLanguage).sort()).toEqual(['docx', 'pdf']);
  });

  it('HTML: the page beside the lines, and in the finding’s position', async () => {
    const r = await run(['--format', 'html', '说明.pdf'], root);
    expect(r.stdout).toContain('<span class="pl">p.1</span>');
    expect(r.stdout).toContain('<span class="pl">p.2</span>');
    expect(r.stdout).toMatch(/class="pos"[^>]*>p\.2 \d+:\d+</);
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
