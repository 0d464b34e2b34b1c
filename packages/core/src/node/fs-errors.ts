// Kept apart from config-loader so that paths which never read a config (--version, --help) load nothing else.

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default: {
      const msg = e instanceof Error ? e.message : String(e);
      return msg.split('\n')[0];
    }
  }
}
