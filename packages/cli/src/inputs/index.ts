import type { InputKind } from '../types.ts';

export interface SourceText {
  text: string;
  format: 'markdown' | 'text';
  kind: InputKind;
  encoding: string;
}

/** A file the CLI cannot read as a draft: the message is one line naming the problem. */
export class InputError extends Error {}

/**
 * Decodes a file's bytes into the text that is linted.
 * Interim version (UTF-8 only); the inputs owner replaces it with BOM/UTF-16/GB18030 detection and .docx.
 */
export async function readSource(filePath: string, bytes: Uint8Array): Promise<SourceText> {
  const format = /\.(md|markdown)$/i.test(filePath) ? 'markdown' : 'text';
  return { text: new TextDecoder('utf-8').decode(bytes), format, kind: format, encoding: 'utf-8' };
}
