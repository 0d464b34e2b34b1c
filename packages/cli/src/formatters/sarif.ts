import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../../package.json' with { type: 'json' };
import type { FileResult, Formatter, FormatContext, JsonMessage } from '../types.ts';
import { isInfo } from '../messages.ts';

/**
 * SARIF 2.1.0 for GitHub code scanning (upload with github/codeql-action/upload-sarif).
 *
 * - Every rule the run knows is listed in tool.driver.rules (with docs link and
 *   default level), results point at it by ruleId and ruleIndex.
 * - Locations are relative to the working directory under %SRCROOT%; regions
 *   are 1-based with exclusive end columns counted in UTF-16 code units, which
 *   run.columnKind says. For .docx files they refer to the extracted text
 *   (artifacts[].description says so).
 * - The other figures of a finding are relatedLocations, labelled.
 * - partialFingerprints come from the finding's own fingerprint (the figures
 *   involved), not from its line, so alerts survive edits elsewhere in the file.
 */

const INFORMATION_URI = 'https://github.com/budgetlint/budgetlint';
const VERSION = (pkg as { version: string }).version;
/** Messages with ruleId null are unused-directive reports (see messages.ts). */
const UNUSED_DIRECTIVE = {
  id: 'unused-disable-directive',
  description: '屏蔽注释没有屏蔽任何问题',
  docsUrl: `${INFORMATION_URI}#inline-suppression`,
  defaultSeverity: 'warning',
  family: 'meta',
};

type Level = 'error' | 'warning' | 'note';
type RuleMeta = FormatContext['rules'][number];

const levelOfSeverity = (s: string): Level => (s === 'error' ? 'error' : s === 'info' ? 'note' : 'warning');
const levelOf = (m: JsonMessage): Level => (isInfo(m) ? 'note' : m.severity === 2 ? 'error' : 'warning');
const pascal = (id: string) => id.replace(/(^|[-_/])(\w)/g, (_, __, c: string) => c.toUpperCase());

/** A URI reference for the file: relative to cwd when inside it, else an absolute file: URI. */
export function artifactUri(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (!isAbsolute(filePath)) return { uri: encodeURIComponent(filePath) };
  const rel = relative(cwd, filePath);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(filePath).href };
}

function ruleDescriptor(r: RuleMeta) {
  return {
    id: r.id,
    name: pascal(r.id),
    shortDescription: { text: r.description },
    fullDescription: { text: `${r.description}（规则族：${r.family}）` },
    help: {
      text: `${r.description}\n规则说明与示例：${r.docsUrl}`,
      markdown: `**${r.id}**：${r.description}\n\n[规则说明与示例](${r.docsUrl})`,
    },
    helpUri: r.docsUrl,
    defaultConfiguration: { level: levelOfSeverity(r.defaultSeverity) },
    properties: { tags: ['budgetlint', r.family], precision: 'high' },
  };
}

function region(file: FileResult, span: { line: number; column: number; endLine: number; endColumn: number }) {
  const r: Record<string, unknown> = {
    startLine: span.line,
    startColumn: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
  };
  const lines = file.result?.lines;
  if (lines) {
    const text = file.source.slice(
      lines.offset({ line: span.line, column: span.column }),
      lines.offset({ line: span.endLine, column: span.endColumn }),
    );
    if (text) r.snippet = { text };
  }
  return r;
}

function offsetRegion(file: FileResult, start: number, end: number) {
  const lines = file.result.lines;
  const s = lines.position(start);
  const e = lines.position(end);
  return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);

export const sarif: Formatter = (results, ctx) => {
  const rules: RuleMeta[] = [...ctx.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const ruleIndex = (id: string | null): [string, number] => {
    const ruleId = id ?? UNUSED_DIRECTIVE.id;
    let i = index.get(ruleId);
    if (i === undefined) {
      // A rule the context did not describe (unused directives, or a plugin): describe it minimally.
      const meta = ruleId === UNUSED_DIRECTIVE.id ? UNUSED_DIRECTIVE : { id: ruleId, description: ruleId, docsUrl: INFORMATION_URI, defaultSeverity: 'warning', family: 'other' };
      i = rules.push(meta) - 1;
      index.set(ruleId, i);
    }
    return [ruleId, i];
  };

  const artifacts = results.map((file) => ({
    location: artifactUri(file.filePath, ctx.cwd),
    ...(file.kind === 'docx'
      ? { description: { text: 'Word document: regions refer to its extracted text (one paragraph per line; tables as Markdown rows); results name the paragraph in properties' } }
      : file.kind === 'pdf'
        ? { description: { text: 'PDF: regions refer to its rebuilt text (budgetlint --print-text); results name the page in properties.page' } }
        : { encoding: file.encoding.replace(/-bom$/, '') }),
    sourceLanguage: file.kind === 'markdown' ? 'markdown' : file.kind === 'docx' ? 'docx' : file.kind === 'pdf' ? 'pdf' : 'plaintext',
  }));

  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  results.forEach((file, fileIndex) => {
    const location = { ...artifacts[fileIndex].location, index: fileIndex };
    const seen = new Map<string, number>();
    for (const m of file.messages) {
      const [ruleId, rIndex] = ruleIndex(m.ruleId);
      const key = hash(`${ruleId}\u0000${m.fingerprint ?? m.message}`);
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      const result: Record<string, unknown> = {
        ruleId,
        ruleIndex: rIndex,
        level: levelOf(m),
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(file, m) } }],
        partialFingerprints: { 'budgetlint/v1': `${key}:${occurrence}` },
      };
      // Where to look in the document itself: the page of a PDF, the paragraph (and a quote) of a Word file.
      const place: Record<string, unknown> = {};
      for (const k of ['page', 'paragraph', 'table', 'row', 'quote'] as const) if (m[k] !== undefined) place[k] = m[k];
      if (Object.keys(place).length) result.properties = place;
      if (m.relatedLocations?.length) {
        result.relatedLocations = m.relatedLocations.map((r, i) => ({
          id: i + 1,
          message: { text: r.message },
          physicalLocation: { artifactLocation: location, region: region(file, r) },
        }));
      }
      // The region is the statement; the figure the rule names inside it is one more related location.
      if (m.focus) {
        const focus = region(file, m.focus);
        const list = (result.relatedLocations ??= []) as unknown[];
        const text = (focus.snippet as { text: string } | undefined)?.text;
        list.push({ id: list.length + 1, message: { text: text ? `所指“${text}”` : '所指' }, physicalLocation: { artifactLocation: location, region: focus } });
        result.properties = { ...(result.properties as object | undefined), focus: { startLine: focus.startLine, startColumn: focus.startColumn, endLine: focus.endLine, endColumn: focus.endColumn } };
      }
      // SARIF fixes are proposals a person reviews, so suggestions belong here too.
      const fix = m.fix ?? m.suggestions?.[0]?.fix;
      if (fix && file.result?.lines) {
        result.fixes = [
          {
            description: { text: `改为“${fix.text}”` },
            artifactChanges: [
              {
                artifactLocation: location,
                replacements: [{ deletedRegion: offsetRegion(file, fix.range[0], fix.range[1]), insertedContent: { text: fix.text } }],
              },
            ],
          },
        ];
      }
      sarifResults.push(result);
    }
    for (const failure of file.result?.ruleFailures ?? []) {
      const [ruleId, rIndex] = ruleIndex(failure.ruleId);
      notifications.push({
        level: 'error',
        message: { text: `规则 ${ruleId} 运行失败，已跳过：${failure.message.split('\n')[0]}` },
        locations: [{ physicalLocation: { artifactLocation: location } }],
        associatedRule: { id: ruleId, index: rIndex },
      });
    }
  });

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'budgetlint',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: INFORMATION_URI,
            rules: rules.map(ruleDescriptor),
          },
        },
        invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(ctx.cwd).href.replace(/\/?$/, '/')}` } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
