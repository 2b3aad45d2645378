/**
 * An edit that changes a fact of the document (an entity named once more, a currency, a spelling ranked
 * otherwise) looks up again only the chunks whose judgement read that fact (factReaders.ts), and answers
 * exactly as a fresh analysis. Each row adds or removes one sentence far from the chunks that read facts,
 * among many chunks that read none: a lookup of every chunk would exceed the row's bound, a lookup of too
 * few would answer otherwise than a fresh analysis.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Analyzer, type AnalysisResult } from '../../server/src/core/analyze';
import { TranscriptDocument } from '../../server/src/core/document';
import { testServices } from '../support/analysis';

function visible(result: AnalysisResult): string {
  return JSON.stringify({
    findings: result.findings.map((f) => [f.code, f.range, f.severity, f.confidence, f.message, f.fixes]),
    mentions: result.mentions.map((m) => [m.entityId, m.range, m.surface]),
  });
}

// Sentences whose judgement reads the document's facts (garbled names, currencies, spellings).
const READERS = [
  'Deepsekが新しいモデルを公開しました。',
  'その訓練費用は560万ルピーだったと言われています。',
  'Open AIの発表も続きました。',
  'サム・アルマンが登壇しました。',
  'Nvideaの株価が上がりました。',
  'NVIDIAとNvidiaの表記が混在しています。',
];
// Many chunks that read no fact of the document.
const FILLER = Array.from({ length: 60 }, (_, i) => `今日は第${i + 1}回の放送です。`);
const BASE = ['DeepSeekは中国の企業です。', 'Nvidiaの決算が発表されました。'];
/** The name stage and the chunk stage: each looks its chunks up. */
const STAGES = 2;

interface Row {
  readonly name: string;
  /** The fact sentences before and after the edit. */
  readonly before: readonly string[];
  readonly after: readonly string[];
  /** The most chunks of each stage the edit may look up beside the one it replaces; undefined: a fact every chunk reads. */
  readonly readers: number | undefined;
}

const ROWS: readonly Row[] = [
  { name: 'no fact changes (a filler sentence)', before: BASE, after: [...BASE, '今日は特別回の放送です。'], readers: 0 },
  { name: 'an entity named once more', before: BASE, after: [...BASE, 'DeepSeekの新モデルも話題です。'], readers: 1 },
  { name: 'the ranking of spellings changes', before: BASE, after: [...BASE, 'NVIDIAの新製品です。', 'NVIDIAのイベントでした。'], readers: 3 },
  { name: 'another amount in a currency named already', before: BASE, after: [...BASE, '参加費は500円です。'], readers: 1 },
  { name: 'the only other currency changes', before: [...BASE, '会費は10ユーロでした。'], after: [...BASE, '会費は10ドルでした。'], readers: 2 },
  { name: 'an entity no longer named', before: [...BASE, 'OpenAIの研究者が来ました。'], after: BASE, readers: 3 },
  // Whether an entity, a person or a country is named at all is read by every chunk (the names that may be garbled there).
  { name: 'an entity named for the first time', before: BASE, after: [...BASE, 'OpenAIは米国の企業です。'], readers: undefined },
  { name: 'a person named in full', before: BASE, after: [...BASE, 'サム・アルトマンが話しました。'], readers: undefined },
  { name: 'a country the story is about', before: BASE, after: [...BASE, 'インドの市場も伸びています。'], readers: undefined },
];

// A sentence with an amount in yen, added by a first edit that changes a fact (the index is made then); the row's edit is the second.
const YEN = '講座は1200円でした。';
const text = (facts: readonly string[]): string => [...READERS, ...FILLER, ...facts].join('\n');

describe('the readers of the document facts', () => {
  for (const row of ROWS) {
    it(`looks up only the chunks that read the facts an edit changes: ${row.name}`, async () => {
      const services = await testServices();
      const analyzer = new Analyzer(services);
      let doc = new TranscriptDocument(text(row.before));
      analyzer.analyze(doc);
      doc = doc.revised(text([...row.before, YEN]));
      analyzer.analyze(doc);
      doc = doc.revised(text([...row.after, YEN]));
      const before = analyzer.misses.lookedUp;
      const result = analyzer.analyze(doc);
      const lookedUp = analyzer.misses.lookedUp - before;
      // Per stage: the chunk the edit replaced and the chunks that read the facts it changed.
      if (row.readers !== undefined) assert.ok(lookedUp <= STAGES * (1 + row.readers), `${lookedUp} lookups`);
      assert.equal(visible(result), visible(new Analyzer(services).analyze(new TranscriptDocument(text([...row.after, YEN])))));
    });
  }
});
