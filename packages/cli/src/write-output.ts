import { chmodSync, chownSync, lstatSync, mkdirSync, readlinkSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { lazyBuiltin } from '@budgetlint/core/node';

// Only -o writes a file: a plain run to the terminal does not load node:crypto for its names.
const crypto = lazyBuiltin<typeof import('node:crypto')>('node:crypto');

/**
 * Where a report or a baseline goes, decided before anything is linted so a
 * bad path costs nothing. The rules keep the user's files safe:
 * - never over a file being read (a draft, the config, the baseline read);
 * - a symbolic link is followed and its target replaced, the link kept;
 * - character devices, FIFOs and the process's own streams are written in
 *   place: renaming a file over them (as root) would replace `/dev/null`;
 * - anything else that exists and is not a regular file is refused.
 */
export type WriteTarget =
  /** The process's stdout or stderr (`/dev/stdout`, `/dev/fd/2`…). */
  | { kind: 'stream'; fd: number }
  /** A character device or a FIFO, opened and written in place. */
  | { kind: 'direct'; path: string }
  /** A regular file (or nothing yet) written through a temporary file and a rename; `path` is the link's target. */
  | { kind: 'file'; path: string; existing?: Stats };

/** The path cannot be written without destroying something; `message` is one line. */
export class OutputRefused extends Error {}

export interface FileId {
  dev: number;
  ino: number;
}

const sameFile = (a: FileId, b: FileId) => a.dev === b.dev && a.ino === b.ino;

/** The file's identity, or undefined when it does not exist (or cannot be looked at). */
export function fileId(path: string): FileId | undefined {
  try {
    const s = statSync(path);
    return { dev: s.dev, ino: s.ino };
  } catch {
    return undefined;
  }
}

// /dev/stdout and friends name a descriptor of this process, not a file:
// their link targets ("pipe:[123]", "socket:[…]") cannot be opened as paths.
const FD_PATH = /^\/(?:dev\/fd|proc\/(?:self|thread-self|\d+)\/fd)\/(\d+)$/;
const NAMED_STREAMS: Record<string, number> = { '/dev/stdin': 0, '/dev/stdout': 1, '/dev/stderr': 2 };

function descriptorOf(path: string): number | undefined {
  if (path in NAMED_STREAMS) return NAMED_STREAMS[path];
  const m = FD_PATH.exec(path);
  if (!m) return undefined;
  if (m[0].startsWith('/proc/') && !/^\/proc\/(?:self|thread-self)\//.test(m[0]) && m[0].split('/')[2] !== String(process.pid)) return undefined;
  return Number(m[1]);
}

function describeKind(s: Stats): string {
  if (s.isDirectory()) return 'is a directory';
  if (s.isSocket()) return 'is a socket';
  if (s.isBlockDevice()) return 'is a block device';
  return 'is not a regular file';
}

/**
 * Decides how to write `file` (relative to `cwd`) without touching any of
 * `protect`. Throws OutputRefused with a one-line reason.
 */
export function planWrite(file: string, cwd: string, protect: Iterable<FileId>): WriteTarget {
  let path = resolve(cwd, file);
  // Follow the last component's links ourselves: a rename would replace the link, not what it points to.
  for (let hops = 0; ; hops++) {
    const fd = descriptorOf(path);
    if (fd === 0) throw new OutputRefused('is standard input; refusing to write there');
    if (fd !== undefined) return { kind: 'stream', fd };
    let l: Stats;
    try {
      l = lstatSync(path);
    } catch {
      break; // absent (or unreachable): the write itself reports what is wrong
    }
    if (!l.isSymbolicLink()) break;
    if (hops >= 40) throw new OutputRefused('too many symbolic links');
    path = resolve(dirname(path), readlinkSync(path));
  }
  let st: Stats | undefined;
  try {
    st = statSync(path);
  } catch {
    st = undefined;
  }
  if (!st) return { kind: 'file', path };
  for (const id of protect) {
    if (sameFile(id, st)) throw new OutputRefused('is one of the files this run reads; refusing to overwrite it');
  }
  if (st.isFile()) return { kind: 'file', path, existing: st };
  if (st.isCharacterDevice() || st.isFIFO()) return { kind: 'direct', path };
  throw new OutputRefused(`${describeKind(st)}, not a file; refusing to write there`);
}

/** A temporary name short enough that any valid target name works beside it. */
const tempName = () => `.bl-${process.pid.toString(36)}-${crypto().randomBytes(4).toString('hex')}.tmp`;

/**
 * Writes `content` as the plan says. `streams` are the process's own outputs
 * (so tests and buffered writers see the text in order).
 */
export function writePlanned(target: WriteTarget, content: string, streams: Record<number, { write(s: string): unknown } | undefined> = {}): void {
  if (target.kind === 'stream') {
    const s = streams[target.fd];
    if (s) s.write(content);
    else writeFileSync(target.fd, content);
    return;
  }
  if (target.kind === 'direct') {
    writeFileSync(target.path, content);
    return;
  }
  const dir = dirname(target.path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, tempName());
  try {
    writeFileSync(tmp, content, { flag: 'wx' });
    const old = target.existing;
    if (old) {
      // The new file takes the old one's place: keep its permissions and, when we can, its owner.
      chmodSync(tmp, old.mode & 0o7777);
      if (typeof process.getuid === 'function' && (old.uid !== process.getuid() || old.gid !== process.getgid?.())) {
        try {
          chownSync(tmp, old.uid, old.gid);
        } catch {
          /* not allowed: the file becomes ours, as any editor's save would make it */
        }
      }
    }
    renameSync(tmp, target.path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
