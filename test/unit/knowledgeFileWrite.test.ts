/** "Ignore" and "accept this spelling" write the workspace knowledge file back as it came: encoding, BOM, line endings. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import * as iconv from 'iconv-lite';
import { WorkspaceKnowledgeStore } from '../../server/src/workspaceKnowledge';
import { testServices } from '../support/analysis';
import { tempDir } from '../support/tempDir';

const FILE_NAME = 'transcript-lens.yaml';
const LINES = ['# 用語集：このワークスペースの名前', 'ignoredWords:', '  - 既存の語', ''];

const CASES: { name: string; encode: (text: string) => Buffer; decode: (bytes: Buffer) => string; lineEnding: string }[] = [
  { name: 'UTF-8 without BOM, LF', encode: (t) => Buffer.from(t, 'utf8'), decode: (b) => b.toString('utf8'), lineEnding: '\n' },
  {
    name: 'UTF-8 with BOM, CRLF',
    encode: (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]),
    decode: (b) => b.subarray(3).toString('utf8'),
    lineEnding: '\r\n',
  },
  {
    name: 'UTF-16LE with BOM, CRLF',
    encode: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
    decode: (b) => b.subarray(2).toString('utf16le'),
    lineEnding: '\r\n',
  },
  { name: 'Shift_JIS, CR', encode: (t) => iconv.encode(t, 'shift_jis'), decode: (b) => iconv.decode(b, 'shift_jis'), lineEnding: '\r' },
];

describe('writing the workspace knowledge file', () => {
  for (const { name, encode, decode, lineEnding } of CASES) {
    it(`keeps a ${name} file as it was, with only the ignored word added`, async () => {
      const folder = tempDir('tl-knowledge-write-');
      const file = path.join(folder, FILE_NAME);
      const before = encode(LINES.join(lineEnding));
      fs.writeFileSync(file, before);
      const store = new WorkspaceKnowledgeStore(() => [folder]);
      await store.reload([FILE_NAME], await testServices());
      await store.ignoreWord(pathToFileURL(path.join(folder, 'episode.txt')).toString(), '新しい語', 'workspace', () => undefined);

      const after = fs.readFileSync(file);
      assert.deepEqual(after.subarray(0, before.length), before, 'every byte that was there is still there, in place');
      assert.equal(decode(after), [...LINES.slice(0, 3), '  - 新しい語', ''].join(lineEnding));
    });
  }

  it('writes a new file as UTF-8 with its header', async () => {
    const folder = tempDir('tl-knowledge-write-');
    const store = new WorkspaceKnowledgeStore(() => [folder]);
    await store.reload([FILE_NAME], await testServices());
    await store.ignoreWord(pathToFileURL(path.join(folder, 'episode.txt')).toString(), '新しい語', 'workspace', () => undefined);
    assert.match(fs.readFileSync(path.join(folder, FILE_NAME), 'utf8'), /^# Transcript Lens[^\n]*\n[\s\S]*新しい語/);
  });
});

describe('reading the workspace knowledge file', () => {
  it('reads a UTF-16 file with its byte order mark and a Shift_JIS file', async () => {
    for (const encode of [CASES[2]?.encode, CASES[3]?.encode]) {
      const folder = tempDir('tl-knowledge-read-');
      fs.writeFileSync(path.join(folder, FILE_NAME), encode?.(LINES.join('\r\n')) ?? '');
      const store = new WorkspaceKnowledgeStore(() => [folder]);
      const loaded = await store.reload([FILE_NAME], await testServices());
      assert.deepEqual([...loaded.ignoredWords], ['既存の語']);
    }
  });
});
