import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { Analyzer, type AnalysisResult } from '../../server/src/core/analyze';
import { chunksOf, TranscriptDocument } from '../../server/src/core/document';
import { SEQUENCE_DETECTORS } from '../../server/src/core/detectors';
import { useLanguage } from '../../server/src/core/l10nBundles';
import { testServices } from '../support/analysis';

const PODCAST = fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'podcast-with-errors.txt'), 'utf8');

/** What a user sees of an analysis: every finding and mention with its range. */
function visible(result: AnalysisResult): string {
  return JSON.stringify({
    findings: result.findings.map((f) => [f.code, f.range, f.severity, f.message, f.fixes]),
    mentions: result.mentions.map((m) => [m.entityId, m.range, m.surface]),
  });
}

describe('the analyzer', () => {
  it('cuts a document into chunks at sentence ends and blank lines', () => {
    const doc = new TranscriptDocument('一行目で\n続きます。\n次の文\n\n段落です');
    assert.deepEqual(
      chunksOf(doc).map((c) => c.text),
      ['一行目で\n続きます。', '次の文', '段落です'],
    );
    const aside = new TranscriptDocument('発表しました。（拍手）\n次の話題は\n半導体です');
    assert.deepEqual(
      chunksOf(aside).map((c) => c.text),
      ['発表しました。（拍手）', '次の話題は\n半導体です'],
      'a line ending in a bracketed aside ends a chunk',
    );
  });

  it('re-analyses only the chunk an edit touches', async () => {
    const analyzer = new Analyzer(await testServices());
    analyzer.analyze(new TranscriptDocument(PODCAST));
    const before = { ...analyzer.misses };
    const edited = PODCAST.replace('考えていきたいと思います。', '考えていきたいと思いますね。');
    analyzer.analyze(new TranscriptDocument(edited));
    assert.equal(analyzer.misses.scanned - before.scanned, 1);
    assert.ok(analyzer.misses.judged - before.judged <= 2, 'one chunk judged per stage');
  });

  it('looks up the judgement of no chunk an edit left alone', async () => {
    const services = await testServices();
    const analyzer = new Analyzer(services);
    // Forty chunks, several with findings (a garbled name, a misspelt one) before and after the edit.
    const sentences = Array.from({ length: 40 }, (_, i) =>
      i % 10 === 3
        ? `第${i}回ではNvideaの新しいGPUが話題になりました。`
        : i % 10 === 7
          ? `第${i}回ではサム・アルマン氏が登壇しました。`
          : `今日は第${i}回の放送です。`,
    );
    const text = sentences.join('\n');
    let doc = new TranscriptDocument(text);
    const first = analyzer.analyze(doc);
    assert.ok(first.findings.length >= 4, 'findings before and after the edit');
    const before = { ...analyzer.misses };
    // One character typed in the middle: the chunks after it move, none of them changes.
    const edited = text.replace('第20回の', '第20回目の');
    doc = doc.revised(edited);
    const result = analyzer.analyze(doc);
    assert.equal(analyzer.misses.lookedUp - before.lookedUp, 2, 'the edited chunk, once per stage');
    assert.equal(visible(result), visible(new Analyzer(services).analyze(new TranscriptDocument(edited))));
  });

  it('redoes no whole-document check over the chunks an edit left alone', async () => {
    const services = await testServices();
    const analyzer = new Analyzer(services);
    // One finding of each whole-document check, among sentences none of them has anything to say about.
    const checks = [
      '同社は33億ドルを調達した。\n調達額の33億ドルは過去最大だ。\n投資家は33万ドルの調達を歓迎した。',
      'ダウデ氏が登壇した。\nダウデ氏は質問に答えた。\nドゥデ氏によれば来年も続く。',
      'HBMの需要は強い。\nSKハイニックスはHVMの増産を急いでいる。',
      'データセットやモデルを共有する場として、顔ハグには毎日多くのモデルが公開されている。',
    ];
    // Sentences apart, so that no check reads the text around an item into another group.
    const filler = (from: number): string => Array.from({ length: 8 }, (_, i) => `今日は第${from + i}回の放送です。`).join('\n');
    const text = checks.map((group, i) => `${group}\n${filler(i * 10)}`).join('\n');
    const codes = (result: AnalysisResult): string[] => [...new Set(result.findings.map((f) => f.code))].sort();
    let doc = new TranscriptDocument(text);
    const first = analyzer.analyze(doc);
    for (const code of ['wrong-magnitude', 'name-two-spellings', 'misheard-acronym', 'literal-translation']) assert.ok(codes(first).includes(code), code);

    const before = { ...analyzer.misses };
    const edited = text.replace('第34回', '第34回目');
    doc = doc.revised(edited);
    const result = analyzer.analyze(doc);
    assert.equal(analyzer.misses.scanned - before.scanned, 1, 'only the edited chunk is scanned');
    assert.equal(analyzer.misses.decided - before.decided, 0, 'no document decision is made again: the items did not change');
    assert.equal(analyzer.misses.resolved - before.resolved, 0, 'no item far from the edit is finished again with the text around it');
    assert.equal(analyzer.misses.listed - before.listed, SEQUENCE_DETECTORS.length, 'the items of the edited chunk only, once per detector');
    assert.equal(visible(result), visible(new Analyzer(services).analyze(new TranscriptDocument(edited))));

    // An edit that changes a compared item redoes the decisions of the detectors that read it only.
    const renamed = edited.replace('ドゥデ氏', 'ドゥデイ氏');
    const again = { ...analyzer.misses };
    const changed = analyzer.analyze(doc.revised(renamed));
    // Both detectors that compare the document's katakana names read the renamed item: two decisions.
    assert.equal(analyzer.misses.decided - again.decided, 2, 'the two-spellings and cut-name decisions, and no other');
    assert.equal(visible(changed), visible(new Analyzer(services).analyze(new TranscriptDocument(renamed))));
  });

  it('decides a local sequence check again only near the chunk an edit changed', async () => {
    const services = await testServices();
    const analyzer = new Analyzer(services);
    const filler = Array.from({ length: 10 }, (_, i) => `今日は第${i + 1}回の放送です。`).join('\n');
    const text = `${filler}\n今年の出荷は130万台でした。\n前年の150万台を上回りました。\n${filler}\n当四半期の売上高は過去最高でした。\n前年同期比12%減でした。`;
    let doc = new TranscriptDocument(text);
    const found = (result: AnalysisResult): number => result.findings.filter((f) => f.code === 'nearby-contradiction').length;
    assert.equal(found(analyzer.analyze(doc)), 2);
    // The comparison gets a subject of its own (an item of this check only): its verdict is made again, the record's far below is kept.
    const edited = text.replace('前年の150万台を', 'B社は前年の150万台を');
    const before = { ...analyzer.misses };
    doc = doc.revised(edited);
    const result = analyzer.analyze(doc);
    assert.equal(analyzer.misses.decided - before.decided, 0, 'no whole decision');
    assert.equal(analyzer.misses.decidedNear - before.decidedNear, 1, 'one decision near the edit');
    assert.equal(found(result), 1);
    assert.equal(visible(result), visible(new Analyzer(services).analyze(new TranscriptDocument(edited))));
  });

  it('judges again only the chunks that asked for an entity’s spelling when the document’s favourite spelling changes', async () => {
    const analyzer = new Analyzer(await testServices());
    const filler = Array.from({ length: 20 }, (_, i) => `今日は第${i + 1}回の放送です。`).join('\n');
    const text = `NVIDIAの新しいGPUが出ました。\nNvidiaも発表しました。\nNvideaの株価が上がりました。\n${filler}`;
    const fixOf = (result: AnalysisResult, written: string, source: string): string | undefined =>
      result.findings.find((f) => f.code === 'garbled-latin-name' && source.slice(f.range.start, f.range.end) === written)?.fixes[0]?.edits[0]?.newText;
    assert.equal(fixOf(analyzer.analyze(new TranscriptDocument(text)), 'Nvidea', text), 'NVIDIA');
    const before = { ...analyzer.misses };
    // A second "Nvidia" makes it the spelling this document uses most.
    const edited = `${text}\nNvidiaの決算も良かったです。`;
    const result = analyzer.analyze(new TranscriptDocument(edited));
    assert.equal(fixOf(result, 'Nvidea', edited), 'Nvidia');
    assert.equal(analyzer.misses.judged - before.judged, 3, 'the new chunk in both stages, and the chunk whose fix names the spelling');
  });

  it('words the whole-document checks’ findings in the language of the moment', async () => {
    const services = await testServices();
    const analyzer = new Analyzer(services);
    const text = '同社は33億ドルを調達した。\n調達額の33億ドルは過去最大だ。\n投資家は33万ドルの調達を歓迎した。';
    const messages = (result: AnalysisResult): string[] => result.findings.filter((f) => f.code === 'wrong-magnitude').map((f) => f.message);
    try {
      useLanguage('en');
      const english = messages(analyzer.analyze(new TranscriptDocument(text)));
      useLanguage('ja');
      const japanese = messages(analyzer.analyze(new TranscriptDocument(text)));
      assert.equal(japanese.length, 1);
      assert.notDeepEqual(japanese, english);
      assert.deepEqual(japanese, messages(new Analyzer(services).analyze(new TranscriptDocument(text))));
    } finally {
      useLanguage('en');
    }
  });

  it('judges no chunk again that asked only which entities are named when one of them is named once more', async () => {
    const services = await testServices();
    const analyzer = new Analyzer(services);
    // A cut name in every sentence: truncated-name looks through the spellings of every entity the story names.
    const lines = Array.from({ length: 20 }, (_, i) => `第${i + 1}回はアンソロの新しいモデルの話でした。`);
    const text = ['OpenAIとAnthropicが新モデルを発表した。', ...lines].join('\n');
    const doc = new TranscriptDocument(text);
    assert.ok(analyzer.analyze(doc).findings.some((f) => f.code === 'truncated-name'));
    const before = { ...analyzer.misses };
    const edited = `${text}\nOpenAIの発表は続いた。`;
    const result = analyzer.analyze(doc.revised(edited));
    assert.equal(analyzer.misses.judged - before.judged, 2, 'the new chunk in both stages: the others read which entities and spellings, not how often');
    assert.equal(visible(result), visible(new Analyzer(services).analyze(new TranscriptDocument(edited))));
  });

  it('words a finding as a fresh analysis would when only the order of the story’s countries changes', async () => {
    const services = await testServices();
    const analyzer = new Analyzer(services);
    const usFirst = 'OpenAIが新モデルを発表した。\nDeepSeekも新モデルを発表した。\n訓練費用は550万ルピーだった。';
    const chinaFirst = 'DeepSeekが新モデルを発表した。\nOpenAIも新モデルを発表した。\n訓練費用は550万ルピーだった。';
    const messages = (result: AnalysisResult): string[] => result.findings.filter((f) => f.code === 'implausible-currency').map((f) => f.message);
    analyzer.analyze(new TranscriptDocument(usFirst));
    const incremental = messages(analyzer.analyze(new TranscriptDocument(chinaFirst)));
    assert.equal(incremental.length, 1);
    assert.deepEqual(incremental, messages(new Analyzer(services).analyze(new TranscriptDocument(chinaFirst))));
    assert.deepEqual(
      incremental,
      messages(new Analyzer(services).analyze(new TranscriptDocument(usFirst))),
      'countries with as many mentions are named in a fixed order',
    );
  });

  it('gives after any sequence of edits exactly what a fresh analysis of the same text gives', async () => {
    const services = await testServices();
    const incremental = new Analyzer(services);
    let text = PODCAST;
    let doc = new TranscriptDocument(text);
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const insertions = ['あ', '。', '\n', 'Deepsek', 'ルピー', 'オープン', ' ', '', '😀'];
    for (let step = 0; step < 150; step++) {
      const at = random(text.length + 1);
      const removed = random(4);
      text = text.slice(0, at) + (insertions[random(insertions.length)] ?? '') + text.slice(at + removed);
      // Revised from the last document, as the server does: the unchanged chunks keep their texts.
      doc = doc.revised(text);
      const result = incremental.analyze(doc);
      if (step % 10 === 9) {
        const fresh = new Analyzer(services).analyze(new TranscriptDocument(text));
        assert.equal(visible(result), visible(fresh), `differs from a fresh analysis after edit ${step} (seed 7)`);
      }
    }
  });

  it('gives after edits that move blank lines, sentence ends and wraps exactly what a fresh analysis gives', async () => {
    const services = await testServices();
    const incremental = new Analyzer(services);
    // Several regions between blank lines (each laid out on its own), one of them prose wrapped mid-sentence,
    // whose breaks are wraps only while the region reads as wrapped: edits there change the layout of chunks they do not touch.
    const wrapped = [
      '生成AIの開発競争は、米国と中国の',
      'あいだで激しさを増しており、サム・',
      'アルトマン氏は計算資源への投資を',
      'さらに増やすと述べた。データセンターの',
      '電力は各地で課題になっている。',
    ].join('\n');
    const sources = [
      PODCAST,
      wrapped,
      fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'clean-article.txt'), 'utf8'),
      wrapped.replace('米国', '欧州'),
    ];
    let text = sources.join('\n\n');
    let doc = new TranscriptDocument(text);
    incremental.analyze(doc);
    let seed = 11;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const insertions = ['あ', '。', '\n', '\n\n', 'が', 'サム・', 'Deepsek', '550万ルピー', '', ' ', 'アルトマン', '3億ドル', '5億ユーロ'];
    for (let step = 0; step < 120; step++) {
      // Sometimes two edits before the next analysis, as when the editor sends changes faster than they are analysed.
      for (let edits = 1 + (step % 7 === 3 ? 1 : 0); edits > 0; edits--) {
        const at = random(text.length + 1);
        const removed = random(7);
        text = text.slice(0, at) + (insertions[random(insertions.length)] ?? '') + text.slice(at + removed);
        doc = doc.revised(text);
      }
      const result = incremental.analyze(doc);
      if (step % 6 === 5) {
        const fresh = new Analyzer(services).analyze(new TranscriptDocument(text));
        assert.equal(visible(result), visible(fresh), `differs from a fresh analysis after edit ${step} (seed 11)`);
        // The document's facts too, in their order (detectors break ties by it).
        assert.deepEqual([...result.context.currencies], [...fresh.context.currencies], `currencies after edit ${step}`);
        assert.deepEqual([...result.context.mentionCount], [...fresh.context.mentionCount], `mention counts after edit ${step}`);
      }
    }
  });

  it('lays out again the chunks before an edit whose region it ends', async () => {
    const services = await testServices();
    const analyzer = new Analyzer(services);
    // Headings one per line: the document reads as one unit per line. Then a region of two chunks whose
    // sentences run on across their breaks: the first chunk's break is a wrap only while the second shares its region.
    const headings = Array.from({ length: 30 }, (_, i) => `第${i + 1}回 生成AIの話`).join('\n');
    const first = '米国の発表によると、ディープ\nシークは新しいモデルを公開した。';
    const second = '投資は続く。計算資源の\n拡大も続く。電力の\n確保が課題だ。';
    const text = `${headings}\n\n${first}\n${second}`;
    const deepSeek = (result: AnalysisResult): number => result.mentions.filter((m) => m.entityId === 'deepseek').length;
    const doc = new TranscriptDocument(text);
    assert.equal(deepSeek(analyzer.analyze(doc)), 1, 'the name read across the wrap');
    // A blank line after the first chunk: it is a region of its own, too short to tell, and the document decides.
    const separated = `${headings}\n\n${first}\n\n${second}`;
    const result = analyzer.analyze(doc.revised(separated));
    const fresh = new Analyzer(services).analyze(new TranscriptDocument(separated));
    assert.equal(deepSeek(fresh), 0, 'the break is no longer a wrap');
    assert.equal(visible(result), visible(fresh));
  });
});
