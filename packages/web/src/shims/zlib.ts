/**
 * The one piece of node:zlib the CLI's .docx guard (packages/cli/src/inputs/zip.ts)
 * uses, for the browser bundle: inflateRawSync with Node's maxOutputLength
 * contract (a RangeError as soon as the output would pass the limit, before it
 * is all in memory). pako is what JSZip, mammoth's zip reader, already ships.
 */
// @ts-expect-error pako 1.x ships no types; the two members used are typed below.
import pakoModule from 'pako';

interface PakoInflate {
  onData(chunk: Uint8Array): void;
  push(data: Uint8Array, mode: boolean): boolean;
  err: number;
  msg: string;
}
const pako = pakoModule as { Inflate: new (opts: { raw: boolean; chunkSize: number }) => PakoInflate };

const CHUNK = 64 * 1024;

export function inflateRawSync(input: Uint8Array, opts: { maxOutputLength?: number } = {}): Uint8Array {
  const limit = opts.maxOutputLength ?? Number.MAX_SAFE_INTEGER;
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new pako.Inflate({ raw: true, chunkSize: CHUNK });
  inflate.onData = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total > limit) {
      const e = new RangeError(`Cannot create a Buffer larger than ${limit} bytes`) as RangeError & { code: string };
      e.code = 'ERR_BUFFER_TOO_LARGE';
      throw e;
    }
    chunks.push(chunk);
  };
  inflate.push(input, true);
  if (inflate.err) throw new Error(inflate.msg || 'invalid deflate data');
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export default { inflateRawSync };
