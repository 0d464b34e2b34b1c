/**
 * Text extracted from a Word or PDF file is read as Markdown (core's table rules read GFM pipe
 * tables), so a paragraph must stay one Markdown paragraph: characters that would open another
 * block are replaced by look-alikes of the same UTF-16 length, and positions do not move.
 */
const NBSP = '\u00a0';

/** Keeps a paragraph one Markdown paragraph without changing its length (a leading `#`, `-`, `1.` gets a no-break space after it; `>`, `<`, a fence or a rule become full-width; an indent becomes no-break spaces). */
export function neutralizeMarkdown(line: string): string {
  if (/^\s*<!--\s*budgetlint-/.test(line)) return line;
  let s = line.replace(/^[ \t]+/, (ws) => NBSP.repeat(ws.length));
  s = s
    .replace(/^(#{1,6}|[-+*]|\d{1,9}[.)])([ \t])/, (_, m: string) => m + NBSP)
    .replace(/^>/, '＞')
    .replace(/^</, '＜')
    .replace(/^(`{3,}|~{3,})/, (f: string) => (f[0] === '`' ? '｀' : '～').repeat(f.length))
    .replace(/^([-*_=])(\s*\1){2,}\s*$/, (all: string) => all.replace(/[-*_=]/g, (c) => ({ '-': '－', '*': '＊', _: '＿', '=': '＝' })[c]!));
  return s;
}
