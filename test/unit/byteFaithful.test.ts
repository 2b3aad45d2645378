/**
 * `--fix` writes a file back as it came: its encoding (UTF-8 with or without BOM, UTF-16 with BOM,
 * Shift_JIS), its line endings (CRLF, LF, CR) and every byte outside the fixed spans unchanged.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as iconv from 'iconv-lite';
import { runCli } from '../support/cli';
import { tempDir } from '../support/tempDir';

/** Our own transcript in pieces: plain text, and [wrong, right] spans that the fixes must turn into `right`. */
const PIECES = (eol: string): (string | [string, string])[] => [
  `ディープシークは中国の企業だ。${eol}`,
  ['Deepsek', 'DeepSeek'],
  `の新しいモデルが話題になった。${eol}モデルの多くは`,
  ['オープンオープン', ''],
  `オープンソースで公開された。${eol}`,
];

const ENCODINGS: { name: string; bom: number[]; encode: (text: string) => Buffer; extra?: Buffer }[] = [
  { name: 'UTF-8', bom: [], encode: (text) => Buffer.from(text, 'utf8') },
  { name: 'UTF-8 with BOM', bom: [0xef, 0xbb, 0xbf], encode: (text) => Buffer.from(text, 'utf8') },
  { name: 'UTF-16LE with BOM', bom: [0xff, 0xfe], encode: (text) => Buffer.from(text, 'utf16le') },
  { name: 'UTF-16BE with BOM', bom: [0xfe, 0xff], encode: (text) => Buffer.from(text, 'utf16le').swap16() },
  // ED 40 is an NEC-selected IBM extension character: decoding and encoding it again gives FA 5C, so only
  // a write that leaves the bytes alone keeps it.
  { name: 'Shift_JIS', bom: [], encode: (text) => iconv.encode(text, 'shift_jis'), extra: Buffer.from([0xed, 0x40]) },
];

describe('--fix writes files back byte for byte', () => {
  for (const encoding of ENCODINGS) {
    for (const [eolName, eol] of [
      ['CRLF', '\r\n'],
      ['LF', '\n'],
      ['CR', '\r'],
    ] as const) {
      it(`${encoding.name}, ${eolName}: only the fixed spans change`, () => {
        const original: Buffer[] = [Buffer.from(encoding.bom)];
        const expected: Buffer[] = [Buffer.from(encoding.bom)];
        for (const piece of PIECES(eol)) {
          if (typeof piece === 'string') {
            original.push(encoding.encode(piece));
            expected.push(encoding.encode(piece));
          } else {
            original.push(encoding.encode(piece[0]));
            expected.push(encoding.encode(piece[1]));
          }
        }
        if (encoding.extra) {
          original.push(encoding.extra, encoding.encode(`は旧い文字。${eol}`));
          expected.push(encoding.extra, encoding.encode(`は旧い文字。${eol}`));
        }
        const dir = tempDir('tl-bytes-');
        const file = path.join(dir, 'ep.txt');
        fs.writeFileSync(file, Buffer.concat(original));
        const result = runCli(['check', '--fix', '--in-place', file]);
        assert.equal(result.status, 0, result.stderr);
        const written = fs.readFileSync(file);
        assert.equal(written.toString('hex'), Buffer.concat(expected).toString('hex'));
        assert.equal(result.stdout.trim(), '', 'nothing remains to report after the fixes');
      });
    }
  }

  it('reports what remains after --fix, and its exit code follows that', () => {
    const dir = tempDir('tl-bytes-');
    const file = path.join(dir, 'ep.txt');
    fs.writeFileSync(file, 'ディープシークは中国の企業だ。Deepsekの新しいモデルが話題になった。\n');
    const before = runCli(['check', file]);
    assert.equal(before.status, 1);
    const after = runCli(['check', '--fix', file]);
    assert.equal(after.status, 0, 'the error was fixed');
    assert.equal(after.stdout.trim(), '');
    assert.match(after.stderr, /1 fix\(es\) written to .*ep\.fixed\.txt/);
  });
});
