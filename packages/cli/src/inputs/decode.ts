import { InputError } from './errors.ts';

type Iconv = typeof import('iconv-lite');
// iconv-lite's tables are half a megabyte of code: loaded for the first file that is not UTF-8/UTF-16.
let iconv: Iconv | undefined;
export async function loadLegacyDecoder(): Promise<void> {
  if (iconv) return;
  const m = (await import('iconv-lite')) as Iconv & { default?: Iconv };
  iconv = m.default ?? m;
}

/** decodeText needs GB18030 and loadLegacyDecoder() has not run yet. */
export class NeedsLegacyDecoder extends Error {}

export interface Decoded {
  text: string;
  /** 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be' or 'gb18030'. */
  encoding: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be', skip: number): string {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
  } catch {
    throw new InputError(`not valid ${label.toUpperCase()} text (odd length or a broken surrogate pair)`);
  }
}

/** Characters a Chinese budget draft is made of: ASCII, CJK, CJK and full-width punctuation. */
function plausible(c: number): boolean {
  return (
    (c >= 0x20 && c < 0x7f) ||
    c === 9 || c === 10 || c === 13 ||
    (c >= 0xa0 && c < 0x250) ||
    (c >= 0x2000 && c < 0x2bff) ||
    (c >= 0x3000 && c < 0x303f) ||
    (c >= 0x3400 && c < 0x4dc0) ||
    (c >= 0x4e00 && c < 0xa000) ||
    (c >= 0xff00 && c < 0xfff0)
  );
}

/**
 * BOM-less UTF-16 (Notepad's "Unicode" saved without a signature). Only tried
 * when the bytes hold a NUL, which UTF-8 and GB18030 text never does: each
 * byte order is decoded and kept if nearly every character is one a draft
 * is made of.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.length % 2) return null;
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  let best: 'utf-16le' | 'utf-16be' | null = null;
  let bestScore = 0.95;
  for (const label of ['utf-16le', 'utf-16be'] as const) {
    const text = new TextDecoder(label).decode(sample);
    let ok = 0;
    for (let i = 0; i < text.length; i++) if (plausible(text.charCodeAt(i))) ok++;
    const score = ok / Math.max(1, text.length);
    if (score >= bestScore) {
      best = label;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Decodes a plain-text or Markdown draft. The byte order mark is not part of
 * the text, so offsets, lines and columns count from the first real
 * character; line ends (LF, CRLF, lone CR) are kept exactly as saved.
 *
 * Order: BOM (UTF-8, UTF-16 LE/BE) → strict UTF-8 → BOM-less UTF-16 →
 * GB18030 (a superset of GBK and GB2312, what Chinese Windows saves as "ANSI").
 * The last step needs `await loadLegacyDecoder()` first (readSource does it when needed).
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return { text: strictUtf8.decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
    } catch {
      throw new InputError('starts with a UTF-8 byte order mark but is not valid UTF-8');
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes, 'utf-16le', 2), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes, 'utf-16be', 2), encoding: 'utf-16be' };

  const hasNul = bytes.includes(0);
  if (!hasNul) {
    try {
      return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
    } catch {
      // Not UTF-8: try the Chinese legacy encoding below.
    }
  }
  const sniffed = hasNul ? sniffUtf16(bytes) : null;
  if (sniffed) return { text: utf16(bytes, sniffed, 0), encoding: sniffed };
  if (hasNul) throw new InputError(`looks like a binary file (NUL byte at offset ${bytes.indexOf(0)}), not a text draft`);

  if (!iconv) throw new NeedsLegacyDecoder('GB18030 decoder not loaded');
  const text = iconv.decode(bytes, 'gb18030');
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    throw new InputError(`neither valid UTF-8 nor GB18030/GBK text (undecodable bytes near character ${bad + 1}); save the file as UTF-8`);
  }
  return { text, encoding: 'gb18030' };
}
