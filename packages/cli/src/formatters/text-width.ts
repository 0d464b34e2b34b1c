/** Terminal display width: CJK and full-width forms take two columns, ANSI colour codes none. */

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export const stripAnsi = (s: string): string => s.replace(ANSI, '');

function charWidth(cp: number): number {
  if (cp === 0 || cp < 32 || (cp >= 0x7f && cp < 0xa0)) return 0;
  // Combining marks and zero-width characters.
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

// A report of a folder measures every message of every file: plain ASCII (line numbers, rule
// ids) is counted without walking code points, and colour codes are only stripped when present.
export function displayWidth(s: string): number {
  if (s.includes('\u001b')) s = stripAnsi(s);
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c < 0x7f) w++;
    // Han characters, most of a Chinese message, without the call.
    else if (c >= 0x4e00 && c <= 0x9fff) w += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      w += charWidth(s.codePointAt(i)!);
      i++;
    } else w += charWidth(c);
  }
  return w;
}

export function padEnd(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : s + ' '.repeat(width - w);
}

export function padStart(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : ' '.repeat(width - w) + s;
}

/** Cuts to at most `width` columns, ending with … when cut. Plain text only. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = charWidth(ch.codePointAt(0)!);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** Lays out rows as columns separated by two spaces, padded by display width. */
export function table(rows: string[][], align: Array<'l' | 'r'> = []): string[] {
  const widths: number[] = [];
  const cellWidths = rows.map((r) => r.map((c, i) => {
    const w = displayWidth(c);
    widths[i] = Math.max(widths[i] ?? 0, w);
    return w;
  }));
  const pad = (n: number) => (n > 0 ? ' '.repeat(n) : '');
  return rows.map((r, k) =>
    r
      .map((c, i) => {
        if (i === r.length - 1 && align[i] !== 'r') return c;
        const gap = pad(widths[i] - cellWidths[k][i]);
        return align[i] === 'r' ? gap + c : c + gap;
      })
      .join('  ')
      .trimEnd(),
  );
}
