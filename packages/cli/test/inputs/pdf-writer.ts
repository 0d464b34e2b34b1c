import { deflateSync } from 'node:zlib';

/**
 * A tiny PDF writer for tests: pages of positioned text runs in a CJK font
 * (Adobe's STSong-Light, not embedded, text encoded with the UniGB-UCS2-H
 * CMap, so reading it needs pdf.js's bundled cmaps, as real Chinese PDFs do).
 * Every glyph is one em wide (/DW 1000), so a run's width is its length
 * times its size. Positions are given from the top-left, y at the baseline.
 */

export interface Run {
  x: number;
  y: number;
  text: string;
  size?: number;
}

export interface PageSpec {
  width?: number;
  height?: number;
  runs: Run[];
  /** Draw a grey image instead of (or besides) text: a scanned page. */
  image?: boolean;
}

export interface WriteOptions {
  /** Deflate the content streams. */
  compress?: boolean;
  /** Adds a standard-security /Encrypt dictionary whose user password is not empty. */
  encrypt?: boolean;
  /** A content stream replaced by this (already encoded) Flate data. */
  rawContent?: { page: number; data: Uint8Array };
}

const ucs2 = (s: string) =>
  Array.from(s)
    .map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0'))
    .join('')
    .toUpperCase();

export function writePdf(pages: PageSpec[], opts: WriteOptions = {}): Uint8Array {
  const objects: Array<string | { dict: string; data: Uint8Array }> = [];
  const add = (o: string | { dict: string; data: Uint8Array }) => objects.push(o) ;
  // 1 catalog, 2 pages, 3 font, 4 descendant font, 5 image; pages from 6.
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages, filled below
  add('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>');
  add(
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> ' +
      '/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> /DW 1000 >>',
  );
  add({ dict: '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>', data: new Uint8Array([128, 64, 64, 128]) });
  const kids: number[] = [];
  pages.forEach((p, i) => {
    const w = p.width ?? 595;
    const h = p.height ?? 842;
    const ops: string[] = [];
    if (p.image) ops.push(`q ${w - 100} 0 0 ${h - 100} 50 50 cm /Im1 Do Q`);
    for (const r of p.runs) {
      const size = r.size ?? 12;
      ops.push(`BT /F1 ${size} Tf 1 0 0 1 ${r.x.toFixed(2)} ${(h - r.y).toFixed(2)} Tm <${ucs2(r.text)}> Tj ET`);
    }
    const content = new TextEncoder().encode(ops.join('\n'));
    const contentId = objects.length + 2;
    const pageId = objects.length + 1;
    kids.push(pageId);
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 5 0 R >> >> /Contents ${contentId} 0 R >>`);
    if (opts.rawContent && opts.rawContent.page === i + 1) {
      add({ dict: `<< /Length ${opts.rawContent.data.byteLength} /Filter /FlateDecode >>`, data: opts.rawContent.data });
    } else if (opts.compress) {
      const data = new Uint8Array(deflateSync(content));
      add({ dict: `<< /Length ${data.byteLength} /Filter /FlateDecode >>`, data });
    } else {
      add({ dict: `<< /Length ${content.byteLength} >>`, data: content });
    }
  });
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let encryptId = 0;
  if (opts.encrypt) {
    encryptId = objects.length + 1;
    const o = '<' + 'AB'.repeat(32) + '>';
    const u = '<' + 'CD'.repeat(32) + '>';
    add(`<< /Filter /Standard /V 1 /R 2 /O ${o} /U ${u} /P -44 >>`);
  }

  const chunks: Uint8Array[] = [];
  let length = 0;
  const push = (b: Uint8Array | string) => {
    const bytes = typeof b === 'string' ? new TextEncoder().encode(b) : b;
    chunks.push(bytes);
    length += bytes.byteLength;
  };
  push('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    push(`${i + 1} 0 obj\n`);
    if (typeof o === 'string') push(`${o}\n`);
    else {
      push(`${o.dict}\nstream\n`);
      push(o.data);
      push('\nendstream\n');
    }
    push('endobj\n');
  });
  const xref = length;
  push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  for (const off of offsets) push(`${String(off).padStart(10, '0')} 00000 n \n`);
  const id = '<00112233445566778899AABBCCDDEEFF>';
  push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encryptId ? ` /Encrypt ${encryptId} 0 R` : ''} /ID [${id} ${id}] >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * Lays text out the way a word processor does, for tests: paragraphs wrapped
 * at the right margin (one em per character), first lines indented two ems,
 * `pitch` between baselines; returns the runs and the y after the last line.
 */
export function flow(paragraphs: string[], opts: { left?: number; right?: number; top?: number; size?: number; pitch?: number; indent?: number } = {}): { runs: Run[]; y: number } {
  const size = opts.size ?? 12;
  const left = opts.left ?? 72;
  const right = opts.right ?? 523;
  const pitch = opts.pitch ?? size * 1.5;
  const indent = opts.indent ?? 2;
  let y = opts.top ?? 100;
  const runs: Run[] = [];
  for (const p of paragraphs) {
    let rest = Array.from(p);
    let first = true;
    while (rest.length) {
      const x = left + (first ? indent * size : 0);
      const fit = Math.max(1, Math.floor((right - x) / size));
      runs.push({ x, y, text: rest.slice(0, fit).join(''), size });
      rest = rest.slice(fit);
      first = false;
      y += pitch;
    }
  }
  return { runs, y };
}
