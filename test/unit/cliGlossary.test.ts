import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { checkJson, runCli } from '../support/cli';
import { tempDir } from '../support/tempDir';

// Our own glossaries (also the extension-host test's) and sentences.
const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const TRANSCRIPT = '新しいモデルはインファレンスが速い。ファインチューンも一晩で終わるという。推論の費用も下がった。\n';

describe('the command line with --glossary', () => {
  it('reports a TBX and a CSV glossary’s forbidden terms with the preferred term as fix, and knows the approved terms', () => {
    const dir = tempDir('tl-glossary-');
    fs.writeFileSync(path.join(dir, 'episode.txt'), TRANSCRIPT);
    const args = [
      '--glossary',
      path.join(FIXTURES, 'glossary-terms.tbx'),
      '--glossary',
      path.join(FIXTURES, 'glossary-terms.csv'),
      path.join(dir, 'episode.txt'),
    ];
    const { files } = checkJson(args);
    const found = files[0]!.diagnostics.filter((d) => d.code === 'glossary-term').map((d) => [d.range.start.character, d.fixes[0]?.edits[0]?.newText]);
    assert.deepEqual(found, [
      [7, '推論'],
      [18, 'ファインチューニング'],
    ]);
    assert.ok(files[0]!.entities.some((e) => e.id === 'inference-term' && e.type === 'term'));
    const { status, stderr } = runCli(['check', '--glossary', path.join(dir, 'missing.tbx'), path.join(dir, 'episode.txt')]);
    assert.equal(status, 2, 'a glossary that cannot be read is bad usage');
    assert.match(stderr, /missing\.tbx/);
  });
});
