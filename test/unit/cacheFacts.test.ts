/**
 * The analysis caches each chunk's findings with the document-level facts its detectors read (facts.ts).
 * These tests change each kind of fact far from the chunks that read it — the story's entities and how
 * often they are named, their spellings, countries, currencies, dictionary rules, ignored words and the
 * workspace knowledge — and check that an analyzer which has seen every earlier version answers exactly
 * as a fresh one does.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Analyzer, type AnalysisOptions, type AnalysisResult, type AnalysisServices } from '../../server/src/core/analyze';
import { parsePrh } from '../../server/src/core/dictionary/prh';
import { TranscriptDocument } from '../../server/src/core/document';
import { mergeWorkspaceEntities } from '../../server/src/core/knowledge/workspaceKnowledge';
import { testServices } from '../support/analysis';

/** What a user sees of an analysis: every finding and mention with its range. */
function visible(result: AnalysisResult): string {
  return JSON.stringify({
    findings: result.findings.map((f) => [f.code, f.range, f.severity, f.confidence, f.message, f.fixes]),
    mentions: result.mentions.map((m) => [m.entityId, m.range, m.surface]),
  });
}

// Sentences that read the document's facts: garbled names, a currency, a model name, a spelling…
const READERS = [
  'Deepsekが新しいモデルを公開しました。',
  'その訓練費用は560万ルピーだったと言われています。',
  '新しい拠点には720万ルピーかかったそうです。',
  'GPT-40を使った比較もありました。',
  'Open AIの発表も続きました。',
  'サム・アルマンが登壇しました。',
  'ディープシーカーという表記も見かけます。',
  'Nvideaの株価が上がりました。',
  'NVIDIAとNvidiaの表記が混在しています。',
  'DeepSeekの創業者も話しました。',
  'Anthropicも発表しました。',
];
// Sentences that change the facts, far from the readers (after a stretch of plain sentences).
const FACTS = [
  'DeepSeekは中国の企業です。',
  'OpenAIは米国の企業です。',
  'NVIDIAの決算が発表されました。',
  'Nvidiaの決算が発表されました。',
  'サム・アルトマンが話しました。',
  'インドの市場も伸びています。',
  '日本の市場も伸びています。',
  '参加費は500円です。',
  '講座は1200円でした。',
  '書籍は3000円です。',
  '会費は10ユーロでした。',
  '寄付は20ドルでした。',
  '入場料は300ルピーでした。',
  '本の価格は5ポンドです。',
  'DeepSeekの新モデルも話題です。',
  'Nvidiaの新製品です。',
  'Nvidiaのイベントでした。',
  'OpenAIの研究者が来ました。',
  '英国の規制当局も動きました。',
  '中国の規制当局も動きました。',
  'Anthropicの本社は米国です。',
];
const FILLER = Array.from({ length: 12 }, (_, i) => `今日は第${i + 1}回の放送です。`);

function documentWith(facts: readonly string[]): TranscriptDocument {
  return new TranscriptDocument([...READERS, ...FILLER, ...facts].join('\n'));
}

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

describe('cached findings and the document facts they read', () => {
  it('proposes the currency a fresh analysis proposes after the only other currency changes (ルピー, 円 ×3, 人民元 → ドル; no published figure; a currency proposed must fit the story)', async () => {
    const services = await testServices();
    const text = (other: string): string =>
      [
        'ディープシークは中国の企業で、新しい拠点に720万ルピーかけたと言われています。',
        ...FILLER,
        '日本では、この講座の受講料は500円です。',
        '別の講座は1200円でした。',
        '関連書籍は3000円です。',
        `会場の入場料は10${other}でした。`,
      ].join('\n');
    const proposal = (result: AnalysisResult): string | undefined =>
      result.findings.find((f) => f.code === 'implausible-currency')?.fixes.find((fix) => fix.preferred)?.edits[0]?.newText;
    const incremental = new Analyzer(services);
    assert.equal(proposal(incremental.analyze(new TranscriptDocument(text('人民元')))), '人民元', 'the document’s other currency is proposed');
    const edited = new TranscriptDocument(text('ドル'));
    const fresh = new Analyzer(services).analyze(edited);
    assert.equal(proposal(fresh), 'ドル');
    assert.equal(visible(incremental.analyze(edited)), visible(fresh));
  });

  it('proposes the spelling the document now uses most when only the ranking of spellings changes (not the counts)', async () => {
    const services = await testServices();
    const text = (spellings: readonly string[]): string =>
      ['Nvideaの株価が上がりました。', ...FILLER, ...spellings.map((s, i) => `${s}の発表は第${i + 1}部でした。`)].join('\n');
    const incremental = new Analyzer(services);
    incremental.analyze(new TranscriptDocument(text(['Nvidia', 'NVIDIA', 'Nvidia'])));
    const edited = new TranscriptDocument(text(['NVIDIA', 'NVIDIA', 'Nvidia']));
    const fresh = new Analyzer(services).analyze(edited);
    assert.ok(
      fresh.findings.some((f) => f.fixes.some((fix) => fix.edits.some((e) => e.newText === 'NVIDIA'))),
      'the most used spelling is proposed',
    );
    assert.equal(visible(incremental.analyze(edited)), visible(fresh));
  });

  it('answers as a fresh analysis after any sequence of changes to entities, spellings, countries, currencies, dictionaries, ignored words and knowledge', async () => {
    const base = await testServices();
    const deepseek = base.kb.get('deepseek');
    assert.ok(deepseek, 'the knowledge base knows DeepSeek');
    // A workspace knowledge file that accepts 「Deepsek」 as a spelling of DeepSeek.
    const accepting: AnalysisServices = {
      ...base,
      kb: mergeWorkspaceEntities(base.kb, [{ ...deepseek, aliases: [...(deepseek.aliases ?? []), 'Deepsek'] }]).kb,
    };
    const dictionary = { rules: parsePrh('rules:\n  - expected: ディープシーク\n    pattern: ディープシーカー\n', '/workspace/prh.yml').rules, key: 'prh-1' };
    const seed = Number(process.env.TRANSCRIPT_LENS_FUZZ_SEED ?? 14);
    const next = random(seed);
    const present = new Set<number>();
    let services = base;
    let options: { dictionary?: AnalysisOptions['dictionary']; ignored?: ReadonlySet<string> } = {};
    const analyzers = new Map<AnalysisServices, Analyzer>([
      [base, new Analyzer(base)],
      [accepting, new Analyzer(accepting)],
    ]);
    for (let step = 0; step < 200; step++) {
      const change = next(10);
      if (change < 7) {
        // One fact or two at a time: two changes can cancel out in one fact and not in another.
        for (let toggled = 0; toggled <= next(2); toggled++) {
          const fact = next(FACTS.length);
          if (present.has(fact)) present.delete(fact);
          else present.add(fact);
        }
      } else if (change === 7) {
        options = { ...options, dictionary: options.dictionary ? undefined : dictionary };
      } else if (change === 8) {
        options = { ...options, ignored: options.ignored?.size ? new Set() : new Set(['Open AI']) };
      } else {
        services = services === base ? accepting : base;
      }
      const doc = documentWith([...present].sort((a, b) => a - b).map((i) => FACTS[i] ?? ''));
      const analyzer = analyzers.get(services);
      assert.ok(analyzer);
      const incremental = analyzer.analyze(doc, options);
      const fresh = new Analyzer(services).analyze(doc, options);
      assert.equal(
        visible(incremental),
        visible(fresh),
        `step ${step} (seed ${seed}): ${doc.text
          .split('\n')
          .slice(READERS.length + FILLER.length)
          .join(' ')}`,
      );
    }
  });
});
