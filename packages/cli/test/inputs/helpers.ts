import { deflateRawSync } from 'node:zlib';
import { lint, type Finding } from '@budgetlint/core';
import { rules } from '@budgetlint/rules';
import type { SourceText } from '../../src/inputs/index.ts';

/** A 其中 list whose parts (2.4 + 13.4 + 10.2 = 26) do not make the total (31.62): core reports sum-mismatch. */
export const SUM_LINES = [
  '一、转移支付情况',
  '2025年，全市税收返还和转移支付31.62亿元，比上年增长5%。其中：',
  '（1）返还性收入2.4亿元；',
  '（2）一般性转移支付13.4亿元；',
  '（3）专项转移支付10.2亿元。',
];

export function lintSource(src: SourceText, filePath = 'draft.txt'): Finding[] {
  return lint(src.text, { filePath, format: src.format, rules }).findings;
}

/** Where `needle` starts in the text, as a 1-based line and UTF-16 column, counting any line end. */
export function positionOf(lines: string[], needle: string): { line: number; column: number } {
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i].indexOf(needle);
    if (c >= 0) return { line: i + 1, column: c + 1 };
  }
  throw new Error(`${needle} not found`);
}

export interface RawEntry {
  name: string;
  data?: Uint8Array;
  /** Lie in the directory: sizes written instead of the real ones. */
  claimUncompressed?: number;
  claimCompressed?: number;
  store?: boolean;
  /** Write the sizes as ZIP64 (0xFFFFFFFF in the record, 8-byte values in the extra field). */
  zip64?: boolean;
}

/** A minimal zip writer for crafted archives (bombs, lies); the real .docx files come from the docx package. */
export function makeZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = Buffer.from(e.data ?? new Uint8Array());
    const body = e.store ? raw : deflateRawSync(raw);
    const name = Buffer.from(e.name, 'utf8');
    const comp = e.claimCompressed ?? body.length;
    const uncomp = e.claimUncompressed ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.store ? 0 : 8, 8);
    local.writeUInt32LE(0, 14); // crc: unchecked here
    local.writeUInt32LE(comp >>> 0, 18);
    local.writeUInt32LE(uncomp >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const extra = Buffer.alloc(e.zip64 ? 20 : 0);
    if (e.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(uncomp), 4);
      extra.writeBigUInt64LE(BigInt(comp), 12);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.store ? 0 : 8, 10);
    central.writeUInt32LE(e.zip64 ? 0xffffffff : comp >>> 0, 20);
    central.writeUInt32LE(e.zip64 ? 0xffffffff : uncomp >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name, extra);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}
