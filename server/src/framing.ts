/**
 * The stdio transport's framing, checked before vscode-jsonrpc reads it. vscode-jsonrpc reports a header
 * without Content-Length but then reads on from the middle of that message, so every later message is
 * misread and the server goes deaf. Here such a message is dropped (said on stderr) and reading resumes
 * at the next "Content-Length:"; well-formed messages pass through unchanged.
 */
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /^content-length:\s*(\d+)\s*$/im;
const RESYNC = Buffer.from('content-length:');
// Headers are a few dozen bytes; a "header" longer than this is noise to skip.
const MAX_HEADER = 8192;

export class MessageFraming extends Transform {
  private buffer: Buffer = Buffer.alloc(0);
  /** After a dropped message: looking for the next "Content-Length:". */
  private resynchronising = false;

  constructor(private readonly report: (message: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (this.resynchronising && !this.resynchronise()) break;
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd < 0) {
        if (this.buffer.length > MAX_HEADER) {
          this.skip(this.buffer.length - RESYNC.length, 'a header without an end');
          this.resynchronising = true;
        }
        break;
      }
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = CONTENT_LENGTH.exec(header)?.[1];
      if (length === undefined) {
        this.skip(headerEnd + HEADER_END.length, `a message whose header has no Content-Length (${JSON.stringify(header.slice(0, 200))})`);
        this.resynchronising = true;
        continue;
      }
      const total = headerEnd + HEADER_END.length + Number(length);
      if (this.buffer.length < total) break;
      this.push(this.buffer.subarray(0, total));
      this.buffer = this.buffer.subarray(total);
    }
    done();
  }

  /** Drops everything before the next "Content-Length:" (the dropped message's body); whether it was found. */
  private resynchronise(): boolean {
    const next = indexOfIgnoringCase(this.buffer, RESYNC);
    if (next < 0) {
      // Keep what may be the start of "Content-Length:" cut off by the chunk's end.
      if (this.buffer.length > RESYNC.length) this.skip(this.buffer.length - RESYNC.length, 'the body of the dropped message');
      return false;
    }
    if (next > 0) this.skip(next, 'the body of the dropped message');
    this.resynchronising = false;
    return true;
  }

  private skip(bytes: number, what: string): void {
    this.report(`Transcript Lens dropped ${bytes} bytes of input: ${what}.`);
    this.buffer = this.buffer.subarray(bytes);
  }
}

function indexOfIgnoringCase(buffer: Buffer, needle: Buffer): number {
  const lower = Buffer.from(buffer.toString('latin1').toLowerCase(), 'latin1');
  return lower.indexOf(needle);
}
