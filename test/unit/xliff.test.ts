import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { documentFor, isXliffFile, originalText, ownSource, parseXliff, XliffDocument } from '../../server/src/core/formats';
import { checkJson, runCli } from '../support/cli';
import { tempDir } from '../support/tempDir';

const FIXTURE = path.resolve(__dirname, '..', 'fixtures', 'bilingual-talk.xlf');

// Our own sentences, in XLIFF 2.0 with an inline tag, an ignorable and a unit not translated yet.
const XLIFF_2 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ja">
  <file id="f1">
    <unit id="u1">
      <segment>
        <source>Nvidia sold chips worth <pc id="1">$30 billion</pc> last quarter.</source>
        <target>エヌビディアは前四半期に<pc id="1">300億ユーロ</pc>相当のチップを販売した。</target>
      </segment>
    </unit>
    <unit id="u2">
      <ignorable><source> </source></ignorable>
      <segment>
        <source>Its market value passed three trillion dollars.</source>
        <target>時価総額は3兆ドルを超えた。</target>
      </segment>
    </unit>
    <unit id="u3">
      <segment>
        <source>The next chip ships in 2026.</source>
        <target/>
      </segment>
    </unit>
  </file>
</xliff>
`;

const contents = (text: string, range: { start: number; end: number } | undefined): string | undefined => range && text.slice(range.start, range.end);

describe('XLIFF files', () => {
  it('knows them by extension, or by the language id the editor gives them', () => {
    assert.ok(isXliffFile('file:///a/talk.xlf'));
    assert.ok(isXliffFile('file:///a/talk.XLIFF', 'xml'));
    assert.ok(isXliffFile('file:///a/talk.txt', 'xliff'));
    assert.ok(!isXliffFile('file:///a/talk.xml', 'xml'));
    assert.ok(!isXliffFile('file:///a/talk.xlf', 'markdown'));
  });

  it('reads the units of XLIFF 1.2, leaving out comments and alt-trans proposals', () => {
    const text = fs.readFileSync(FIXTURE, 'utf8');
    const xliff = parseXliff(text);
    assert.equal(xliff.version, '1.2');
    assert.deepEqual(
      xliff.units.map((u) => [u.id, contents(text, u.source)?.slice(0, 20), contents(text, u.target)]),
      [
        ['1', 'DeepSeek trained its', '同社によると、ディープシークは約550万ルピーでモデルを訓練した。'],
        ['2', 'That figure covers o', 'この数字は<g id="b">最後の</g>訓練だけのものだ。'],
        ['3', 'Researchers in Europ', '欧州の研究者はその低いコストに驚いた。'],
      ],
    );
  });

  it('reads the segments of XLIFF 2.0; an ignorable is no unit, an empty target no translation', () => {
    const xliff = parseXliff(XLIFF_2);
    assert.equal(xliff.version, '2.0');
    assert.deepEqual(
      xliff.units.map((u) => [contents(XLIFF_2, u.source)?.slice(0, 12), contents(XLIFF_2, u.target)?.slice(0, 12)]),
      [
        ['Nvidia sold ', 'エヌビディアは前四半期に'],
        ['Its market v', '時価総額は3兆ドルを超え'],
        ['The next chi', undefined],
      ],
    );
  });

  it('is analysed as its targets, at the offsets of the file, with the markup blanked', () => {
    const doc = documentFor(XLIFF_2, 'file:///a/t.xliff');
    assert.ok(doc instanceof XliffDocument);
    assert.equal(doc.text.length, XLIFF_2.length);
    assert.equal(originalText(doc), XLIFF_2);
    const at = XLIFF_2.indexOf('300億ユーロ');
    assert.equal(doc.text.slice(at, at + 7), '300億ユーロ');
    assert.doesNotMatch(doc.text, /Nvidia|<pc|source|xliff/);
    assert.deepEqual(ownSource(doc), { text: XLIFF_2, uri: 'file:///a/t.xliff', format: 'xliff' });
    assert.equal(ownSource(documentFor('テキスト', 'file:///a/t.txt')), undefined);
  });

  it('is checked against its own sources by the CLI, unit by unit, and fixed in place of the target only', () => {
    const dir = tempDir('tl-xliff-');
    const file = path.join(dir, 'talk.xlf');
    fs.copyFileSync(FIXTURE, file);
    const [report] = checkJson([file]).files;
    const currency = report?.diagnostics.find((d) => d.code === 'currency-mismatch');
    assert.ok(currency, JSON.stringify(report?.diagnostics.map((d) => d.code)));
    assert.equal(currency.fixes[0]?.edits[0]?.newText, 'ドル');
    assert.equal(currency.source?.path, file, 'the source is the same file');
    assert.match(currency.source?.text ?? '', /\$5\.5 million/);
    const before = fs.readFileSync(file, 'utf8');
    runCli(['check', '--fix', file]);
    const fixed = fs.readFileSync(path.join(dir, 'talk.fixed.xlf'), 'utf8');
    assert.equal(fixed, before.replace('約550万ルピーで', '約550万ドルで'), 'only the fixed span changes');
  });
});
