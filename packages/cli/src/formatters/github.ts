import { isAbsolute, relative, sep } from 'node:path';
import type { Formatter } from '../types.ts';
import { isInfo } from '../messages.ts';

/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice`
 * annotation per message, shown on the pull request's diff.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */

/** Escapes a command's message (data): %, CR and LF. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: as data, plus `:` and `,`, which end a property. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The path GitHub expects: relative to the workspace (the cwd), with forward slashes. */
function annotationPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath.split(sep).join('/');
  const rel = relative(cwd, filePath);
  return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : filePath).split(sep).join('/');
}

export const github: Formatter = (results, ctx) => {
  const out: string[] = [];
  for (const file of results) {
    const path = annotationPath(file.filePath, ctx.cwd);
    for (const m of file.messages) {
      const command = isInfo(m) ? 'notice' : m.severity === 2 ? 'error' : 'warning';
      const props: Array<[string, string | number]> = [['file', path]];
      let text = m.message;
      if (file.kind === 'docx' || file.kind === 'pdf') {
        // Lines of a .docx or .pdf are lines of its extracted text, which GitHub cannot show: a file-level annotation that says where.
        const where = m.page !== undefined ? `第${m.page}页，` : m.paragraph !== undefined ? `第${m.paragraph}段，` : m.table !== undefined ? `表${m.table}第${m.row}行，` : '';
        text = `（${where}提取文本第${m.line}行第${m.column}列${m.quote ? `：「${m.quote}」` : ''}）${text}`;
      } else {
        props.push(['line', m.line], ['endLine', m.endLine]);
        // GitHub only honours columns on single-line annotations.
        if (m.endLine === m.line) props.push(['col', m.column], ['endColumn', m.endColumn]);
      }
      props.push(['title', m.ruleId ?? 'unused-disable-directive']);
      if (m.relatedLocations?.length) {
        text += `\n相关数字：\n${m.relatedLocations.map((r) => `  ${r.message}（第${r.line}行第${r.column}列）`).join('\n')}`;
      }
      const propText = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      out.push(`::${command} ${propText}::${escapeData(text)}`);
    }
  }
  return out.length ? `${out.join('\n')}\n` : '';
};
