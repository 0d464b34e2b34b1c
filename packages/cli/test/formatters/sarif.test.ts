import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { sarif } from '../../src/formatters/sarif.ts';
import { unusedDirectiveMessage } from '../../src/messages.ts';
import { CWD, ctx, fileResult, SUM_DRAFT } from './helpers.ts';

const schema = JSON.parse(readFileSync(new URL('./sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validate = ajv.compile(schema);

function check(log: unknown) {
  const ok = validate(log);
  if (!ok) throw new Error(ajv.errorsText(validate.errors, { separator: '\n' }));
}

describe('--format sarif', () => {
  const files = [
    fileResult('docs/说明.md', SUM_DRAFT),
    fileResult('clean.txt', '2025年预算收入100万元。\n'),
    fileResult('word/报告 2025.docx', SUM_DRAFT.replace(/\n\n/g, '\n'), { kind: 'docx', encoding: 'docx' }),
  ];
  const log = JSON.parse(sarif(files, ctx));
  const run = log.runs[0];

  it('validates against the official SARIF 2.1.0 schema', () => {
    check(log);
    expect(log.version).toBe('2.1.0');
  });

  it('an empty run is valid too', () => {
    check(JSON.parse(sarif([], ctx)));
    check(JSON.parse(sarif([fileResult('clean.md', '无数字。\n')], ctx)));
  });

  it('describes the tool and every rule', () => {
    const d = run.tool.driver;
    expect(d.name).toBe('budgetlint');
    expect(d.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(d.informationUri).toMatch(/^https:\/\//);
    expect(d.rules.map((r: { id: string }) => r.id)).toEqual(ctx.rules.map((r) => r.id));
    const sum = d.rules.find((r: { id: string }) => r.id === 'sum-mismatch');
    const meta = ctx.rules.find((r) => r.id === 'sum-mismatch')!;
    expect(sum).toMatchObject({
      name: 'SumMismatch',
      shortDescription: { text: meta.description },
      helpUri: meta.docsUrl,
      defaultConfiguration: { level: 'error' },
    });
    expect(sum.fullDescription.text).toContain(meta.description);
    expect(sum.help.text).toContain(meta.docsUrl);
    expect(sum.help.markdown).toContain(`](${meta.docsUrl})`);
  });

  it('reports each finding with rule index, level, exact region, related figures and fingerprint', () => {
    const [r] = run.results.filter((x: { ruleId: string }) => x.ruleId === 'sum-mismatch');
    expect(run.tool.driver.rules[r.ruleIndex].id).toBe('sum-mismatch');
    expect(r.level).toBe('error');
    expect(r.message.text).toContain('31.62');
    const loc = r.locations[0].physicalLocation;
    expect(loc.artifactLocation).toMatchObject({ uri: 'docs/%E8%AF%B4%E6%98%8E.md', uriBaseId: '%SRCROOT%' });
    const line = SUM_DRAFT.split('\n')[4];
    const col = line.indexOf('31.62') + 1;
    // The region is the statement (its sentence up to the total: the items stand in paragraphs of their own);
    // the total the rule names is a related location after the related figures, and a property.
    expect(loc.region).toEqual({ startLine: 5, startColumn: 1, endLine: 5, endColumn: col + 7, snippet: { text: line.slice(0, col + 6) } });
    expect(r.relatedLocations.map((x: { id: number }) => x.id)).toEqual([1, 2, 3, 4]);
    expect(r.relatedLocations[3]).toMatchObject({
      message: { text: '所指“31.62亿元”' },
      physicalLocation: { region: { startLine: 5, startColumn: col, endLine: 5, endColumn: col + 7, snippet: { text: '31.62亿元' } } },
    });
    expect(r.properties.focus).toEqual({ startLine: 5, startColumn: col, endLine: 5, endColumn: col + 7 });
    expect(r.relatedLocations[0].message.text).toContain('返还性收入');
    expect(r.relatedLocations[0].physicalLocation.region).toMatchObject({ startLine: 7, startColumn: 9, snippet: { text: '2.4亿元' } });
    expect(r.partialFingerprints['budgetlint/v1']).toMatch(/^[0-9a-f]{32}:1$/);
    expect(r.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('26.00亿元');
  });

  it('fingerprints follow the figures, not the line', () => {
    const moved = fileResult('docs/说明.md', `前言。\n\n${SUM_DRAFT}`);
    const a = run.results[0].partialFingerprints;
    const b = JSON.parse(sarif([moved], ctx)).runs[0].results[0].partialFingerprints;
    expect(b).toEqual(a);
  });

  it('points uris at files relative to the working directory, and outside it with file: URIs', () => {
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${CWD}/`);
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual([
      'docs/%E8%AF%B4%E6%98%8E.md',
      'clean.txt',
      'word/%E6%8A%A5%E5%91%8A%202025.docx',
    ]);
    expect(run.artifacts[2].description.text).toMatch(/extracted text/);
    const outside = fileResult('x.md', SUM_DRAFT);
    outside.filePath = '/elsewhere/x.md';
    const other = JSON.parse(sarif([outside], ctx));
    check(other);
    expect(other.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/x.md', index: 0 });
  });

  it('says columns are UTF-16 code units', () => {
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('maps info to note and describes messages without a rule', () => {
    const f = fileResult('a.md', SUM_DRAFT);
    f.messages.push({ ...unusedDirectiveMessage({ kind: 'disable-next-line', rules: ['stale-year'], start: 0, end: 10 }, f.result.lines) });
    const out = JSON.parse(sarif([f], ctx));
    check(out);
    const r = out.runs[0].results.at(-1);
    expect(r.ruleId).toBe('unused-disable-directive');
    expect(out.runs[0].tool.driver.rules[r.ruleIndex].id).toBe('unused-disable-directive');
    expect(r.level).toBe('warning');
  });

  it('lists rule failures as tool notifications', () => {
    const f = fileResult('a.md', SUM_DRAFT);
    f.result.ruleFailures.push({ ruleId: 'stale-year', message: 'boom\nstack' });
    const out = JSON.parse(sarif([f], ctx));
    check(out);
    const n = out.runs[0].invocations[0].toolExecutionNotifications[0];
    expect(n.message.text).toContain('stale-year');
    expect(n.message.text).not.toContain('stack');
  });
});
