import type { SourceFormat } from '@budgetlint/core';
/**
 * The web page's input layer: a dropped file's bytes → the text that is
 * linted. It runs the CLI's own readers (decode.ts, docx.ts and its zip-bomb
 * guard), bundled for the browser with node:zlib and iconv-lite swapped for
 * browser shims (see build.mjs), so a draft reads the same here as in
 * `budgetlint`: same encodings, same .docx paragraphs and tables, same
 * positions.
 *
 * PDF plugs in through registerPdfReader(): the page asks the registered
 * reader for the text of a .pdf and lints it like any other draft. Without
 * one, a .pdf gets one clear line saying it cannot be checked here yet.
 */
import { decodeText } from '../../cli/src/inputs/decode.ts';
import { readDocx } from '../../cli/src/inputs/docx.ts';

export type DraftKind = 'markdown' | 'text' | 'docx' | 'pdf';

export interface Draft {
  name: string;
  /** What is linted; every offset of a finding refers to it. */
  text: string;
  format: SourceFormat;
  kind: DraftKind;
  /** 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'docx' or 'pdf'. */
  encoding: string;
}

/** A PDF's bytes → its text in reading order (lines, paragraphs, tables as Markdown when it finds them). */
export type PdfReader = (bytes: Uint8Array) => Promise<{ text: string; format: SourceFormat }>;

let pdfReader: PdfReader | undefined;

export function registerPdfReader(reader: PdfReader | undefined): void {
  pdfReader = reader;
}

export function pdfSupported(): boolean {
  return pdfReader !== undefined;
}

/** A file the page cannot check: `message` is one Chinese line for the drafter. */
export class DraftError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'DraftError';
  }
}

export const ACCEPTED = ['.docx', '.txt', '.md', '.markdown', '.pdf'];

const MARKDOWN = /\.(md|markdown|mdx)$/i;
const TEXT = /\.txt$/i;
const DOCX = /\.docx$/i;
const PDF = /\.pdf$/i;

/**
 * The CLI's reasons are English one-liners meant for a terminal; a drafter
 * gets them in Chinese. Unknown reasons keep the original words after a
 * Chinese lead, so nothing is lost.
 */
const REASONS: Array<[RegExp, string]> = [
  [/old binary Word \.doc/, '这是旧版 Word（.doc）文件：请在 Word 或 WPS 中“另存为” .docx 后再检查'],
  [/zip bomb|refusing \.docx/, '这个 .docx 解压后过大或压缩比异常，为安全起见不予读取'],
  [/not a Word document|no main document part/, '这不是 Word 文档（缺少正文部分 word/document.xml）'],
  [/not a valid \.docx \(zip\) archive/, '文件已损坏或不是 .docx 文件（无法按 zip 格式读取）'],
  [/neither valid UTF-8 nor GB18030/, '无法识别文字编码（既不是 UTF-8 也不是 GB18030/GBK）：请把文件另存为 UTF-8'],
  [/looks like a binary file/, '这看起来不是文本文件（含有二进制内容）'],
  [/byte order mark but is not valid UTF-8/, '文件开头标明是 UTF-8，但内容不是有效的 UTF-8'],
  [/not valid UTF-16/, '文件开头标明是 UTF-16，但内容不完整或已损坏'],
];

export function explain(e: unknown): string {
  const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0].trim();
  for (const [re, zh] of REASONS) if (re.test(msg)) return zh;
  return `无法读取：${msg || '未知错误'}`;
}

export function kindOf(name: string): DraftKind | undefined {
  if (DOCX.test(name)) return 'docx';
  if (PDF.test(name)) return 'pdf';
  if (MARKDOWN.test(name)) return 'markdown';
  if (TEXT.test(name)) return 'text';
  return undefined;
}

/** Formats a drafter may have, with how to get one the page reads. */
const SAVE_AS: Array<[RegExp, string]> = [
  [/\.(doc|dot|docm|dotx)$/i, '这是 Word 的其他格式：请在 Word 或 WPS 中“另存为” .docx 后再检查'],
  [/\.(wps|wpt)$/i, '这是 WPS 文字格式（.wps）：请在 WPS 中“另存为” .docx 后再检查'],
  [/\.(rtf|odt)$/i, '请在 Word 或 WPS 中把这个文件“另存为” .docx 后再检查'],
  [/\.(xls|xlsx|et|csv)$/i, '这是表格文件：请检查含有说明文字的 .docx 或 PDF 文件'],
];

export const PDF_UNSUPPORTED = '网页版暂不支持 PDF：请用 Word 或 WPS 打开原稿另存为 .docx（或复制全文存为 .txt）后再检查';

export async function readDraft(name: string, bytes: Uint8Array): Promise<Draft> {
  const kind = kindOf(name);
  if (!kind) {
    const save = SAVE_AS.find(([re]) => re.test(name));
    throw new DraftError(name, save ? save[1] : `不支持的文件类型：请选择 ${ACCEPTED.filter((a) => a !== '.markdown').join('、')} 文件`);
  }
  try {
    if (kind === 'docx') {
      const doc = await readDocx(bytes);
      return { name, text: doc.text, format: doc.format, kind, encoding: 'docx' };
    }
    if (kind === 'pdf') {
      if (!pdfReader) throw new DraftError(name, PDF_UNSUPPORTED);
      const pdf = await pdfReader(bytes);
      return { name, text: pdf.text, format: pdf.format, kind, encoding: 'pdf' };
    }
    const { text, encoding } = decodeText(bytes);
    return { name, text, format: kind === 'markdown' ? 'markdown' : 'text', kind, encoding };
  } catch (e) {
    if (e instanceof DraftError) throw e.file === name ? e : new DraftError(name, e.message);
    throw new DraftError(name, explain(e));
  }
}
