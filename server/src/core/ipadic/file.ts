/**
 * Where the compact IPADIC file lives and how it is read: built beside the bundle by `npm run build`
 * (dist/ipadic.bin, shipped in the .vsix); when it is missing or was built from another kuromoji, it is
 * built from kuromoji's own files in memory (a few seconds) so that analysis never depends on it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../packageRoot';
import { buildCompact, kuromojiDictionary } from './build';
import { readCompact, type CompactDictionary } from './format';

export const COMPACT_FILE_NAME = 'ipadic.bin';

/** The built file: dist/ beside the bundle (the .vsix ships it). */
export const compactFilePath = (): string => path.join(packageRoot(), 'dist', COMPACT_FILE_NAME);

/**
 * The file's bytes, in memory that worker threads can share when `shared` (one copy for all of them).
 * Undefined when there is no such file.
 */
export function readCompactFile(file: string, shared = false): Uint8Array | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fs.fstatSync(fd).size;
    const bytes = new Uint8Array(shared ? new SharedArrayBuffer(size) : new ArrayBuffer(size));
    for (let read = 0; read < size;) {
      const n = fs.readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes;
  } finally {
    fs.closeSync(fd);
  }
}

/** The compact dictionary from `bytes` if they are a current one, else built from kuromoji's files. */
export function compactDictionary(bytes: Uint8Array | undefined): { dictionary: CompactDictionary; bytes: Uint8Array; rebuilt: boolean } {
  const { directory, version } = kuromojiDictionary();
  if (bytes) {
    try {
      const dictionary = readCompact(bytes);
      if (dictionary.header.kuromojiVersion === version) return { dictionary, bytes, rebuilt: false };
    } catch {
      // not a current file: rebuilt below
    }
  }
  const built = buildCompact(directory, version);
  return { dictionary: readCompact(built), bytes: built, rebuilt: true };
}

/** Writes the file unless a current one is there; returns whether it wrote. */
export function writeCompactFile(file: string): boolean {
  const existing = readCompactFile(file);
  const { bytes, rebuilt } = compactDictionary(existing);
  if (!rebuilt) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.tmp`, bytes);
  fs.renameSync(`${file}.tmp`, file);
  return true;
}
