import { inflateRawSync } from 'node:zlib';
import { InputError } from './errors.ts';

/**
 * A guard run before a .docx reaches mammoth (whose zip reader inflates a part
 * whole, in memory, before it checks the part's size): reads the zip central
 * directory straight from the bytes and refuses archives that would expand to
 * more than a draft ever needs. No dependency; ZIP64 records are understood.
 */

export interface ZipLimits {
  /** Total uncompressed size of all entries. */
  maxTotal: number;
  /** Entries larger than this must not claim more than maxRatio : 1. */
  ratioFloor: number;
  maxRatio: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotal: 50 * 1024 * 1024,
  ratioFloor: 1024 * 1024,
  maxRatio: 500,
  maxEntries: 10_000,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const NOT_ZIP = 'not a valid .docx (zip) archive';
const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** Reads the central directory; throws InputError when it is missing or inconsistent. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = bytes.byteLength;
  if (len < 22 || view.getUint32(0, true) !== LOCAL) throw new InputError(NOT_ZIP);
  // The end record sits in the last 22 bytes plus up to 64 KiB of comment.
  let eocd = -1;
  for (let i = len - 22; i >= Math.max(0, len - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD && i + 22 + view.getUint16(i + 20, true) <= len) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new InputError(`${NOT_ZIP} (no end of central directory record)`);
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || view.getUint32(loc, true) !== EOCD64_LOCATOR) throw new InputError(`${NOT_ZIP} (broken ZIP64 record)`);
    const rec = Number(view.getBigUint64(loc + 8, true));
    if (rec + 56 > len || view.getUint32(rec, true) !== EOCD64) throw new InputError(`${NOT_ZIP} (broken ZIP64 record)`);
    count = Number(view.getBigUint64(rec + 32, true));
    cdSize = Number(view.getBigUint64(rec + 40, true));
    cdOffset = Number(view.getBigUint64(rec + 48, true));
  }
  if (cdOffset + cdSize > len) throw new InputError(`${NOT_ZIP} (central directory outside the file; truncated?)`);

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > len || view.getUint32(p, true) !== CENTRAL) throw new InputError(`${NOT_ZIP} (damaged central directory)`);
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localHeaderOffset = view.getUint32(p + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // ZIP64 extra field: 8-byte values for the fields saturated above, in this order.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    if (extraEnd + commentLen > len) throw new InputError(`${NOT_ZIP} (damaged central directory)`);
    while (e + 4 <= extraEnd) {
      const id = view.getUint16(e, true);
      const size = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        const next = () => {
          const v = q + 8 <= e + 4 + size ? Number(view.getBigUint64(q, true)) : NaN;
          q += 8;
          return v;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
      }
      e += 4 + size;
    }
    if (![compressedSize, uncompressedSize, localHeaderOffset].every(Number.isFinite)) {
      throw new InputError(`${NOT_ZIP} (damaged ZIP64 sizes)`);
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p = extraEnd + commentLen;
  }
  return entries;
}

/**
 * Refuses zip bombs: too many entries, a total uncompressed size over the cap,
 * or an entry claiming an absurd compression ratio. Then, for the XML parts
 * mammoth will parse, inflates each with a hard output limit, so an entry whose
 * directory record understates its size is caught too.
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const entries = readCentralDirectory(bytes);
  if (entries.length > limits.maxEntries) {
    throw new InputError(`refusing .docx: ${entries.length} zip entries (limit ${limits.maxEntries})`);
  }
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (total > limits.maxTotal) {
      throw new InputError(`refusing .docx: it would expand to more than ${mb(limits.maxTotal)} (zip bomb?)`);
    }
    if (e.uncompressedSize > limits.ratioFloor && e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize)) {
      const ratio = Math.round(e.uncompressedSize / Math.max(1, e.compressedSize));
      throw new InputError(`refusing .docx: entry ${e.name} claims a ${ratio}:1 compression ratio (zip bomb?)`);
    }
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries) {
    if (!/\.(xml|rels)$/i.test(e.name)) continue;
    const h = e.localHeaderOffset;
    if (h + 30 > bytes.byteLength || view.getUint32(h, true) !== LOCAL) {
      throw new InputError(`${NOT_ZIP} (entry ${e.name} has no local header)`);
    }
    const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
    if (start + e.compressedSize > bytes.byteLength) throw new InputError(`${NOT_ZIP} (entry ${e.name} is truncated)`);
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize) throw new InputError(`${NOT_ZIP} (entry ${e.name} has inconsistent sizes)`);
      continue;
    }
    if (e.method !== 8) throw new InputError(`${NOT_ZIP} (entry ${e.name} uses unsupported compression method ${e.method})`);
    let out: Buffer;
    try {
      out = inflateRawSync(bytes.subarray(start, start + e.compressedSize), { maxOutputLength: Math.max(1, e.uncompressedSize) });
    } catch (err) {
      if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new InputError(`refusing .docx: entry ${e.name} expands beyond its declared ${e.uncompressedSize} bytes (zip bomb?)`);
      }
      throw new InputError(`${NOT_ZIP} (entry ${e.name} does not inflate: ${(err as Error).message})`);
    }
    if (out.length !== e.uncompressedSize) {
      throw new InputError(`${NOT_ZIP} (entry ${e.name} inflates to ${out.length} bytes, declared ${e.uncompressedSize})`);
    }
  }
  return entries;
}

/** An entry's bytes (stored or deflated; checkZip has vetted sizes and methods of the XML parts). */
export function readEntry(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const h = e.localHeaderOffset;
  if (h + 30 > bytes.byteLength || view.getUint32(h, true) !== LOCAL) throw new InputError(`${NOT_ZIP} (entry ${e.name} has no local header)`);
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  const raw = bytes.subarray(start, start + e.compressedSize);
  if (e.method === 0) return raw;
  if (e.method !== 8) throw new InputError(`${NOT_ZIP} (entry ${e.name} uses unsupported compression method ${e.method})`);
  return new Uint8Array(inflateRawSync(raw, { maxOutputLength: Math.max(1, e.uncompressedSize) }));
}
