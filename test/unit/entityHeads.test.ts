/**
 * Head words joined to a known name on both sides of a translation (entityHeads, entity-heads.yaml): what is read as one
 * and what is not, and what they change: a translation that writes another company of the kind in most of its sentences
 * is still checked against its source, while a text of another source is still not.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { englishMentions } from '../../server/src/core/bilingual/englishNames';
import { entityHeads } from '../../server/src/core/bilingual/entityHeads';
import { segmentText } from '../../server/src/core/bilingual/segments';
import { dataDirectory } from '../../server/src/core/knowledge/knowledgeBase';
import { loadRules } from '../../server/src/core/knowledge/rules';
import { schemaValidator } from '../../server/src/core/knowledge/validate';
import { testServices } from '../support/analysis';
import { checkPair } from '../support/pairs';

async function englishHeads(text: string): Promise<string[]> {
  const { kb } = await testServices();
  return entityHeads(loadRules().entityHeads, kb).english(text, englishMentions(text, kb));
}

/** The head anchors of a Japanese sentence whose known entities are given by id and as written. */
async function japaneseHeads(text: string, names: readonly (readonly [id: string, written: string])[]): Promise<string[]> {
  const { kb } = await testServices();
  const [segment] = segmentText(text, 'ja');
  assert.ok(segment);
  const mentions = names.map(([entityId, written]) => {
    const start = text.indexOf(written);
    assert.ok(start >= 0, written);
    return { entityId, range: { start, end: start + written.length } };
  });
  return entityHeads(loadRules().entityHeads, kb).japanese(segment.pieces, mentions);
}

describe('head words joined to a known name in English', () => {
  const READ: readonly [string, readonly string[]][] = [
    ['Nvidia-backed startups are hiring again.', ['h:backed:organisation']],
    ['Cerebras, backed by the SoftBank Group, filed its papers.', ['h:backed:organisation']],
    ['An Anthropic-led team wrote the paper.', ['h:led:organisation']],
    ['Google-owned labs stayed out of it.', ['h:owned:organisation']],
    ['TSMC-made parts are scarce.', ['h:made:organisation']],
    ['The new Intel processor ships in May.', ['h:chip:organisation']],
    ["Micron's next memory chips are late.", ['h:chip:organisation']],
    ["Meta's open models are popular.", ['h:model:organisation']],
    ["Microsoft's chief executive spoke first.", ['h:chief:organisation']],
    ['Broadcom shares rose 4% on Friday.', ['h:shares:organisation']],
    ["Oracle's cloud revenue grew.", ['h:revenue:organisation']],
  ];
  for (const [text, heads] of READ) it(`reads ${heads.join(', ')} in "${text}"`, async () => assert.deepEqual(await englishHeads(text), heads));
  const NONE: readonly [string, string][] = [
    ['Nvidia said the chips were late.', 'an article between the name and the noun'],
    ['Nvidia backed the deal.', 'a verb, not a head joined to the name'],
    ['US-backed startups are hiring.', 'a country, of no kind a translator swaps'],
    ['Nvidia sold more than it made.', 'no head at all'],
    ['Intel said sales of the chips fell.', 'a verb and an article between'],
  ];
  for (const [text, why] of NONE) it(`reads none in "${text}" (${why})`, async () => assert.deepEqual(await englishHeads(text), []));
  it('gives a noun head to the name right before it only (AMD and Intel chips: Intel)', async () => {
    assert.deepEqual(await englishHeads('AMD and Intel chips are both sold out.'), ['h:chip:organisation']);
  });
});

describe('head words written after a known name in Japanese', () => {
  const READ: readonly [string, readonly (readonly [string, string])[], readonly string[]][] = [
    ['AMDが出資する新興企業は採用を再開した。', [['amd', 'AMD']], ['h:backed:organisation']],
    ['インテルの新しいプロセッサーは5月に出荷される。', [['intel', 'インテル']], ['h:chip:organisation']],
    ['グーグル傘下の研究所は加わらなかった。', [['google', 'グーグル']], ['h:owned:organisation']],
    ['TSMC製の部品が不足している。', [['tsmc', 'TSMC']], ['h:made:organisation']],
    ['アンソロピックが主導するチームが論文を書いた。', [['anthropic', 'アンソロピック']], ['h:led:organisation']],
    ['ブロードコムの株価は金曜日に4%上昇した。', [['broadcom', 'ブロードコム']], ['h:shares:organisation']],
    ['オラクルのクラウド売上高は伸びた。', [['oracle', 'オラクル']], ['h:revenue:organisation']],
  ];
  for (const [text, names, heads] of READ)
    it(`reads ${heads.join(', ')} in 「${text}」`, async () => assert.deepEqual(await japaneseHeads(text, names), heads));
  const NONE: readonly [string, readonly (readonly [string, string])[], string][] = [
    ['エヌビディアは、そのチップの出荷が遅れたと述べた。', [['nvidia', 'エヌビディア']], 'a comma between the name and the noun'],
    ['エヌビディアは大きく成長したがチップの出荷は遅れた。', [['nvidia', 'エヌビディア']], 'more than a few characters between'],
    ['アメリカが出資する新興企業は採用を再開した。', [['united-states', 'アメリカ']], 'a country, of no kind a translator swaps'],
  ];
  for (const [text, names, why] of NONE) it(`reads none in 「${text}」 (${why})`, async () => assert.deepEqual(await japaneseHeads(text, names), []));
  it('gives a head to the name right before it only (AMDとインテルのチップ: インテル)', async () => {
    assert.deepEqual(
      await japaneseHeads('AMDとインテルのチップはどちらも売り切れた。', [
        ['amd', 'AMD'],
        ['intel', 'インテル'],
      ]),
      ['h:chip:organisation'],
    );
  });
});

/** Our own round-up: five companies written as another of the kind, beside three written right; little else shared. */
const SWAPS_EN = [
  'Chip money kept moving this month.',
  'Nvidia-backed startups opened offices in Paris.',
  'A Microsoft-led consortium is weighing a new bid.',
  'The new AMD accelerator reaches buyers in the autumn.',
  'Cerebras, backed by Nvidia, is hiring again.',
  'An OpenAI-led team wrote the report.',
  'Elsewhere, TSMC-made parts stayed scarce.',
  "Micron's new memory chips passed a customer test.",
  'Qualcomm-designed processors will power new laptops.',
  'Few expect the pace to slow soon.',
].join('\n');
const SWAPS_JA_RIGHT = [
  '今月も半導体の資金は動き続けた。',
  'エヌビディアが出資する新興企業各社は、パリに事務所を開いた。',
  'マイクロソフトが主導する企業連合は、新たな買収提案を検討している。',
  'AMDの新しいアクセラレーターは秋に買い手へ届く。',
  'エヌビディアが出資するセレブラスは、再び採用を始めている。',
  'オープンAIが主導するチームが報告書を書いた。',
  '一方、TSMC製の部品は品薄のままだった。',
  'マイクロン・テクノロジーの新しいメモリーチップは顧客の試験に合格した。',
  'クアルコムが設計したプロセッサーは、新しいノートパソコンに搭載される。',
  'ペースがすぐに落ちるとみる向きは少ない。',
];
const SWAPPED: readonly [line: number, written: string][] = [
  [1, 'AMD'],
  [2, 'グーグル'],
  [3, 'インテル'],
  [5, 'アンソロピック'],
  [7, 'SKハイニックス'],
];
const RIGHT_NAME: Readonly<Record<number, string>> = { 1: 'エヌビディア', 2: 'マイクロソフト', 3: 'AMD', 5: 'オープンAI', 7: 'マイクロン・テクノロジー' };

function swapped(): string {
  return SWAPS_JA_RIGHT.map((line, k) => {
    const swap = SWAPPED.find(([at]) => at === k);
    return swap ? line.replace(RIGHT_NAME[k] ?? '', swap[1]) : line;
  }).join('\n');
}

describe('a translation that writes another company in most of its sentences', () => {
  it('is checked against its source: each company written as another is a name mismatch with the source’s name', async () => {
    const checked = await checkPair(swapped(), SWAPS_EN);
    assert.deepEqual(
      checked.found('name-mismatch').map((f) => [f.flagged, f.fix]),
      SWAPPED.map(([at, written]) => [written, RIGHT_NAME[at]]),
    );
  });
  it('written right, is quiet', async () => {
    const checked = await checkPair(SWAPS_JA_RIGHT.join('\n'), SWAPS_EN);
    assert.deepEqual(
      checked.result.findings.filter((f) => f.source !== undefined).map((f) => f.code),
      [],
    );
    assert.ok(checked.result.alignment?.pairs.every((pair) => pair.confidence >= 0.6));
  });
  it('a text of another source that shares a head word here and there is still not checked', async () => {
    const other = [
      '同社は火曜日、新しい工場の建設を始めた。',
      'AMDが出資する新興企業は、ベルリンに拠点を置く。',
      '電力の確保が最大の課題だという。',
      'アナリストは慎重な見方を崩していない。',
      'ソフトバンクグループの決算は来週発表される。',
      'サムスン電子は新しいスマートフォンを公開した。',
      'ロボットの需要は年々高まっている。',
      'アップルはこの件についてコメントしなかった。',
      '政府は補助金の見直しを進めている。',
      '来年の見通しは明るいとみられる。',
    ].join('\n');
    const checked = await checkPair(other, SWAPS_EN);
    assert.deepEqual(
      checked.result.findings.filter((f) => f.source !== undefined).map((f) => f.code),
      [],
    );
  });
});

describe('the schema of head words', () => {
  const validate = schemaValidator(path.join(dataDirectory(), 'schema', 'entity-heads.schema.json'));
  const valid = (heads: readonly object[]): boolean => validate({ purpose: 'test', heads });
  const cases: [string, readonly object[], boolean][] = [
    ['the shipped heads', loadRules().entityHeads, true],
    ['a head without "before"', [{ id: 'led', after: '-led\\b', ja: ['主導'] }], true],
    ['a head without Japanese', [{ id: 'led', after: '-led\\b', ja: [] }], false],
    ['a Japanese rendering with punctuation', [{ id: 'led', after: '-led\\b', ja: ['主導、'] }], false],
    ['an id in capitals', [{ id: 'Led', after: '-led\\b', ja: ['主導'] }], false],
    ['a head without "after"', [{ id: 'led', ja: ['主導'] }], false],
  ];
  for (const [name, heads, expected] of cases) it(`${expected ? 'accepts' : 'rejects'} ${name}`, () => assert.equal(valid(heads), expected));
});

describe('a company written as the one the next sentence names', () => {
  const EN = [
    'Chip money kept moving this month.',
    'Nvidia-backed startups opened offices in Paris.',
    'The new AMD accelerator reaches buyers in the autumn.',
    'Few expect the pace to slow soon.',
  ].join('\n');
  const FIRST = '今月も半導体の資金は動き続けた。';
  const LAST = 'ペースがすぐに落ちるとみる向きは少ない。';
  it('is a name mismatch when it stands with the head of the name missing here (AMDが出資する for "Nvidia-backed")', async () => {
    const ja = [FIRST, 'AMDが出資する新興企業各社は、パリに事務所を開いた。', 'インテルの新しいアクセラレーターは秋に買い手へ届く。', LAST].join('\n');
    const checked = await checkPair(ja, EN);
    assert.deepEqual(
      checked.found('name-mismatch').map((f) => [f.flagged, f.fix]),
      [
        ['AMD', 'エヌビディア'],
        ['インテル', 'AMD'],
      ],
    );
  });
  it('is no mismatch when the two sentences change places in the translation (the missing name is written beside)', async () => {
    const ja = [FIRST, 'AMDの新しいアクセラレーターは秋に買い手へ届く。', 'エヌビディアが出資する新興企業各社は、パリに事務所を開いた。', LAST].join('\n');
    const checked = await checkPair(ja, EN);
    assert.deepEqual(checked.found('name-mismatch'), []);
  });
});

describe('two names exchanged between sentences beside each other', () => {
  const EN = [
    'Model news came fast this week.',
    'Google released Gemini on Monday.',
    'Anthropic released Claude a day later.',
    'Both models read images.',
  ].join('\n');
  const FIRST = '今週はモデルのニュースが相次いだ。';
  const LAST = 'どちらのモデルも画像を読める。';
  it('flags each name when each sentence keeps its other words (Anthropic on Gemini, Google on Claude)', async () => {
    const ja = [FIRST, 'アンソロピックは月曜日にGeminiを発表した。', 'グーグルはその翌日にClaudeを発表した。', LAST].join('\n');
    const checked = await checkPair(ja, EN);
    assert.deepEqual(
      checked.found('name-mismatch').map((f) => [f.flagged, f.fix]),
      [
        ['アンソロピック', 'グーグル'],
        ['グーグル', 'アンソロピック'],
      ],
    );
  });
  it('is no mismatch when a name moves one way to the sentence beside', async () => {
    const ja = [FIRST, '月曜日にGeminiが発表された。', 'その翌日、グーグルに続いてアンソロピックがClaudeを発表した。', LAST].join('\n');
    const checked = await checkPair(ja, EN);
    assert.deepEqual(checked.found('name-mismatch'), []);
  });
  it('is no mismatch when the two sentences change places whole', async () => {
    const ja = [FIRST, 'アンソロピックはその前日に発表されたモデルに続き、Claudeを公開した。', 'グーグルは月曜日にGeminiを発表していた。', LAST].join('\n');
    const checked = await checkPair(ja, EN);
    assert.deepEqual(checked.found('name-mismatch'), []);
  });
});
