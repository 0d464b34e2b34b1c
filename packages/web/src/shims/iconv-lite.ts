/**
 * iconv-lite for the browser bundle: the CLI's text decoder
 * (packages/cli/src/inputs/decode.ts) only asks it for GB18030, which every
 * browser's TextDecoder implements (WHATWG Encoding), with U+FFFD for bytes
 * it cannot map, the signal decode.ts checks.
 */
export function decode(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding).decode(bytes);
}

export default { decode };
