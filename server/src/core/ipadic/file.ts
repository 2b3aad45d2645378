/**
 * Where the compact IPADIC file lives and how it is read: built beside the bundle by `npm run build`
 * (dist/ipadic.bin, shipped in the .vsix); when it is missing or was built from another kuromoji, it is
 * built from kuromoji's own files in memory (a few seconds) so that analysis never depends on it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../packageRoot';
import { buildCompact, kuromojiDictionary } from './build';
import { readCompact, SECTION_NAMES, type CompactDictionary, type SectionName } from './format';

export const COMPACT_FILE_NAME = 'ipadic.bin';

/** The built file: dist/ beside the bundle (the .vsix ships it). */
export const compactFilePath = (): string => path.join(packageRoot(), 'dist', COMPACT_FILE_NAME);

/** The whole file's bytes; undefined when there is no such file. */
export function readCompactFile(file: string): Uint8Array | undefined {
  return readingFile(file, (fd) => {
    const size = fs.fstatSync(fd).size;
    const bytes = new Uint8Array(size);
    readRange(fd, bytes, 0, size);
    return bytes;
  });
}

/** What `read` makes of the file, opened for reading and closed after; undefined when there is no such file. */
function readingFile<T>(file: string, read: (fd: number) => T): T | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    return read(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Sections read only when first needed: the word features, which the analysis's tokens never decode. */
export const LAZY_SECTIONS: readonly SectionName[] = ['features'];

export interface OpenedCompactFile {
  /** The whole file's bytes, the lazy sections still zero (untouched memory, not resident). */
  readonly bytes: Uint8Array;
  /** Reads a lazy section into its place (once). */
  fill(name: SectionName): void;
  /** The file's modification time when opened: another thread given `bytes` fills them from the same file (lazySectionReader). */
  readonly mtimeMs: number;
}

function readRange(fd: number, bytes: Uint8Array, start: number, length: number): void {
  for (let read = 0; read < length;) {
    const n = fs.readSync(fd, bytes, start + read, length - read, start + read);
    if (n === 0) break;
    read += n;
  }
}

/** Where a section lies in the file's bytes. */
type SectionPlace = (name: SectionName) => { start: number; length: number };

/**
 * The open file `fd`'s header read and where its sections lie, for `read` to read them; the whole file
 * read, with no sections, when it is not a current compact file (compactDictionary then rebuilds it).
 * `shared`: in memory that worker threads can share (`check --jobs`), which then read the lazy sections
 * into it themselves (lazySectionReader) — the features, half the file, stay unread.
 */
function readSections<T>(
  file: string,
  fd: number,
  shared: boolean,
  read: (bytes: Uint8Array, place: SectionPlace, fill: OpenedCompactFile['fill'], mtimeMs: number) => T,
): T | OpenedCompactFile {
  const { size, mtimeMs } = fs.fstatSync(fd);
  const bytes = new Uint8Array(shared ? new SharedArrayBuffer(size) : new ArrayBuffer(size));
  readRange(fd, bytes, 0, Math.min(size, 64 * 1024)); // the signature and the header, far shorter
  let sections: CompactDictionary['bytes'];
  try {
    sections = readCompact(bytes).bytes;
  } catch {
    readRange(fd, bytes, 0, size);
    return { bytes, fill: () => undefined, mtimeMs };
  }
  return read(bytes, (name) => sectionPlace(bytes, sections, name), lazySectionReader(file, bytes, mtimeMs), mtimeMs);
}

/** Where a section lies in the file's bytes. */
function sectionPlace(bytes: Uint8Array, sections: CompactDictionary['bytes'], name: SectionName): { start: number; length: number } {
  return { start: sections[name].byteOffset - bytes.byteOffset, length: sections[name].byteLength };
}

/**
 * Reads a lazy section of `file` into `bytes` (openCompactFile's, maybe in another thread) when first asked,
 * once the file is seen to be the one opened (same size and modification time).
 */
export function lazySectionReader(file: string, bytes: Uint8Array, mtimeMs: number): (name: SectionName) => void {
  const filled = new Set<SectionName>();
  return (name) => {
    if (filled.has(name)) return;
    let sections: CompactDictionary['bytes'];
    try {
      sections = readCompact(bytes).bytes;
    } catch {
      return; // not a compact file's bytes: read whole, nothing is lazy
    }
    const lazy = fs.openSync(file, 'r');
    try {
      const now = fs.fstatSync(lazy);
      if (now.size !== bytes.byteLength || now.mtimeMs !== mtimeMs) throw new Error(`${file} changed while in use (rebuilt?): restart to load it again`);
      const { start, length } = sectionPlace(bytes, sections, name);
      readRange(lazy, bytes, start, length);
      filled.add(name);
    } finally {
      fs.closeSync(lazy);
    }
  };
}

const EAGER_SECTIONS = SECTION_NAMES.filter((name) => !LAZY_SECTIONS.includes(name));

/**
 * The file read but for its lazy sections, which fill() reads when something first asks for them; the
 * whole file when it is not a current compact file (compactDictionary then rebuilds it). Undefined when
 * there is no such file. `shared`: in memory worker threads can share (see readSections).
 */
export function openCompactFile(file: string, shared = false): OpenedCompactFile | undefined {
  return readingFile(file, (fd) =>
    readSections(file, fd, shared, (bytes, place, fill, mtimeMs) => {
      for (const name of EAGER_SECTIONS) {
        const { start, length } = place(name);
        readRange(fd, bytes, start, length);
      }
      return { bytes, fill, mtimeMs };
    }),
  );
}

/**
 * As openCompactFile, but the sections (~32 MB) are read in libuv's thread pool, several at once, while
 * this thread goes on with other work (loadServices reads the knowledge base and the derived data
 * meanwhile): the reads are all started before this returns, so they need no turn of the event loop to
 * begin. The header is read here, synchronously (a few kilobytes). `shared`: in memory worker threads can
 * share (see readSections).
 */
export function openCompactFileInBackground(file: string, shared = false): Promise<OpenedCompactFile | undefined> {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return Promise.resolve(undefined);
  }
  let opened: OpenedCompactFile | Promise<OpenedCompactFile>;
  try {
    opened = readSections(file, fd, shared, async (bytes, place, fill, mtimeMs) => {
      // Every read settled before the file is closed (a failed one must not close it under the others).
      const reads = await Promise.allSettled(EAGER_SECTIONS.map((name) => readRangeInBackground(file, fd, bytes, name, place(name))));
      const failed = reads.find((read): read is PromiseRejectedResult => read.status === 'rejected');
      if (failed) throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason));
      return { bytes, fill, mtimeMs };
    });
  } catch (error) {
    fs.closeSync(fd);
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return Promise.resolve(opened).finally(() => fs.closeSync(fd));
}

/** Reads section `name`, bytes[start … start + length), from the file at the same offset, in the thread pool. */
function readRangeInBackground(
  file: string,
  fd: number,
  bytes: Uint8Array,
  name: SectionName,
  { start, length }: { start: number; length: number },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const readFrom = (read: number): void => {
      if (read >= length) return resolve();
      fs.read(fd, bytes, start + read, length - read, start + read, (error, n) => {
        if (error) reject(new Error(`Reading the section ${name} of ${file} failed: ${error.message}. Rebuild it with "npm run build".`));
        // readCompact has checked that the sections lie inside the file: it has shrunk since (rebuilt?).
        else if (n === 0) reject(new Error(`${file} ended early, in its section ${name}: rebuild it with "npm run build".`));
        else readFrom(read + n);
      });
    };
    readFrom(0);
  });
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
