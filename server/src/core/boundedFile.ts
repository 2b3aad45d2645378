/**
 * Reading a user's file safely: only a regular file (not a device, FIFO, socket or directory, also not
 * through a symbolic link), no larger than a limit, read asynchronously so that nothing stalls the caller.
 * /dev/zero behind a symlink, a FIFO nobody writes, or a 100 MB file are refused at once with a reason.
 */
import { decodeTranscript, NotTextError } from './encoding';
import { constants, promises as fsp } from 'node:fs';
import { t } from './l10n';

/** The default limit for transcripts and workspace files (dictionaries, knowledge files): far above any real one. */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A file that was not read, with the reason in words for the user; `missing` when it does not exist. */
export class RefusedFileError extends Error {
  constructor(
    message: string,
    readonly missing = false,
  ) {
    super(message);
  }
}

/** Why a file would be refused (not regular, too large, missing), or undefined if it would be read; reads nothing. */
export async function refusalOf(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<string | undefined> {
  try {
    await (await openChecked(file, maxBytes)).close();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

export async function readBoundedFile(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<Buffer> {
  const handle = await openChecked(file, maxBytes);
  try {
    // The size is read again as the bytes come: a file that grows while read is still cut at the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, total);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new RefusedFileError(tooLarge(total, maxBytes));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** The file opened for reading, once it is known to be a regular file within the limit. */
async function openChecked(file: string, maxBytes: number): Promise<fsp.FileHandle> {
  let kind;
  try {
    kind = await fsp.lstat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RefusedFileError(code === 'ENOENT' ? t('the file does not exist') : (error as Error).message, code === 'ENOENT');
  }
  if (!kind.isFile() && !kind.isSymbolicLink()) throw new RefusedFileError(notRegular(kind));
  // O_NONBLOCK: opening a FIFO (perhaps behind a link) must not wait for a writer; the fstat below refuses it.
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RefusedFileError(code === 'ENOENT' ? t('the file does not exist') : (error as Error).message, code === 'ENOENT');
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new RefusedFileError(notRegular(stat));
    if (stat.size > maxBytes) throw new RefusedFileError(tooLarge(stat.size, maxBytes));
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * A text file read as readBoundedFile reads it, decoded as transcripts are (UTF-8, UTF-16 with its byte order
 * mark, Shift_JIS); anything else is read as UTF-8, so that its YAML errors are shown where they are.
 */
export async function readBoundedText(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<string> {
  const bytes = await readBoundedFile(file, maxBytes);
  try {
    return decodeTranscript(bytes).text;
  } catch (error) {
    if (error instanceof NotTextError) return new TextDecoder('utf-8').decode(bytes);
    throw error;
  }
}

function notRegular(stat: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stat.isDirectory()) return t('it is a directory');
  if (stat.isFIFO()) return t('it is a pipe (FIFO), not a regular file');
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return t('it is a device, not a regular file');
  return t('it is not a regular file');
}

function tooLarge(size: number, maxBytes: number): string {
  return t('it is larger than the limit of {0} MB ({1} MB); raise the limit if this file is really meant to be read', megabytes(maxBytes), megabytes(size));
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}
