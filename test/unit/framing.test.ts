import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MessageFraming } from '../../server/src/framing';

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** What comes out of the framing for these input chunks, and what it reported. */
async function through(chunks: readonly string[]): Promise<{ output: string; reports: string[] }> {
  const reports: string[] = [];
  const framing = new MessageFraming((message) => reports.push(message));
  const output: Buffer[] = [];
  framing.on('data', (data: Buffer) => output.push(data));
  for (const chunk of chunks) framing.write(Buffer.from(chunk));
  framing.end();
  await new Promise((resolve) => framing.on('end', resolve));
  return { output: Buffer.concat(output).toString(), reports };
}

describe('message framing', () => {
  it('passes well-formed messages through unchanged, however they are cut', async () => {
    const input = frame('{"id":1}') + frame('{"id":"二"}');
    for (let cut = 0; cut <= input.length; cut++) {
      const { output, reports } = await through([input.slice(0, cut), input.slice(cut)]);
      assert.equal(output, input);
      assert.deepEqual(reports, []);
    }
  });

  it('drops a message whose header has no Content-Length and resumes at the next message, however it is cut', async () => {
    const bad = 'Content-Type: application/json\r\n\r\n{"id":0,"method":"x"}';
    const input = frame('{"id":1}') + bad + frame('{"id":2}');
    for (let cut = 0; cut <= input.length; cut += 3) {
      const { output, reports } = await through([input.slice(0, cut), input.slice(cut)]);
      assert.equal(output, frame('{"id":1}') + frame('{"id":2}'), `cut at ${cut}`);
      assert.ok(reports.some((r) => /no Content-Length/.test(r)));
    }
  });
});
