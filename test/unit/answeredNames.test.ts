/** Names the source answers: a word of the translation that renders a name the aligned source writes is no garble of it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answeredBySourceNames } from '../../server/src/core/bilingual';
import { familyNameAsTheSourceWrites, rendersSourceName } from '../../server/src/core/bilingual/answeredNames';
import type { AlignedPair } from '../../server/src/core/bilingual/alignment';
import type { Entity } from '../../server/src/core/knowledge/model';
import { makeFinding } from '../../server/src/core/finding';
import type { Finding } from '../../server/src/core/types';
import { checkPair } from '../support/pairs';

describe('a word rendering the name the source writes', () => {
  const renders: [string, string][] = [
    ['Ivan Zhang', 'イヴァン・チャン'],
    ['Ivan Zhang', 'イヴァン・チャン氏'],
    ['General Catalyst', 'ジェネラル・カタリスト'],
    ['NC AI', 'NC AI'],
    ['Figure 03', '03'],
    ['a Series C round', 'Cラウンド'],
  ];
  for (const [source, written] of renders) it(`「${written}」 renders "${source}"`, () => assert.equal(rendersSourceName(source, written, ['氏']), true));
  // Garbles one sound off the rules' rendering, other names of like consonants, and words of another count.
  const garbles: [string, string][] = [
    ['DeepSeek', 'ディープシーグ'],
    ['Micron', 'マクロン'],
    ['Blackwell', 'ブラックウォール'],
    ['Anthropic', 'アンソロピッグ'],
    ['Mustafa Suleyman', 'ムスタファ・ソロモン'],
    ['Dario Amodei', 'ダニエル・アモデイ'],
    ['Jensen Huang', 'ジェイソン・フアン'],
    ['Agility Robotics', 'アジリティ'],
    ['NC AI', 'NCCL'],
    ['Figure 03', 'o3'],
    ['Ivan Zhang', '伊万・張'],
  ];
  for (const [source, written] of garbles)
    it(`「${written}」 does not render "${source}"`, () => assert.equal(rendersSourceName(source, written, ['氏']), false));
});

describe('a person written by the family name alone, as the source names them', () => {
  const person: Entity = { id: 'ren-ito', type: 'person', ja: '伊藤錬', en: 'Ren Ito', description: '' };
  const pairOf = (source: string): AlignedPair => {
    const segment = { index: 0, range: { start: 0, end: source.length }, text: source, line: 0, pieces: [{ start: 0, text: source }] };
    return { index: 0, source: [segment], target: [], confidence: 1 };
  };
  const titles = ['氏', '社長'];
  const cases: [string, string, string | undefined][] = [
    ['伊藤氏', 'Ito said the plan would change.', 'Ito'],
    ['伊藤社長', 'Ito said the plan would change.', 'Ito'],
    // Named in full by the source, the family name alone is no answer; nor a name the source does not write.
    ['伊藤氏', 'Ren Ito said the plan would change.', undefined],
    ['伊藤氏', 'The founder said the plan would change.', undefined],
    ['伊藤氏', 'Itoh said the plan would change.', undefined],
    // No title, the whole name, or another family name: not this case.
    ['伊藤', 'Ito said the plan would change.', undefined],
    ['伊藤錬氏', 'Ito said the plan would change.', undefined],
    ['佐藤氏', 'Ito said the plan would change.', undefined],
  ];
  for (const [written, source, expected] of cases)
    it(`「${written}」 with "${source}"`, () => assert.equal(familyNameAsTheSourceWrites(person, written, pairOf(source), titles)?.text, expected));
});

describe('the translation’s own name doubts the source answers', () => {
  const range = { start: 10, end: 18 };
  const own = (entityId?: string): Finding => ({
    ...makeFinding({
      code: 'garbled-related-name',
      range,
      message: 'may be アイバン・チャン',
      confidence: 0.8,
      explanation: { problem: 'p', reasons: [] },
      replacements: ['アイバン・チャン'],
    }),
    ...(entityId ? { entityId } : {}),
  });
  it('say a rendering of the very entity proposed as information, with the source’s name', () => {
    const [lowered] = answeredBySourceNames([own('ivan-zhang')], [{ range, sourceName: 'Ivan Zhang', sourceRange: { start: 0, end: 10 }, sameEntity: true }]);
    assert.equal(lowered?.severity, 'information');
    assert.match(lowered?.message ?? '', /Ivan Zhang/);
  });
  it('drop a doubt proposing another entity than the one the word renders', () => {
    assert.deepEqual(answeredBySourceNames([own('nccl')], [{ range, sourceName: 'NC AI', sourceRange: { start: 0, end: 5 }, sameEntity: false }]), []);
  });
  it('leave a doubt on other words alone', () => {
    const other = { range: { start: 30, end: 34 }, sourceName: 'NC AI', sourceRange: { start: 0, end: 5 }, sameEntity: false };
    assert.equal(answeredBySourceNames([own('nccl')], [other])[0]?.severity, 'warning');
  });
});

describe('with the source at hand', () => {
  it('a fine transliteration of the source’s person is not called a misspelling', async () => {
    // Our own sentences: the knowledge base writes アイバン・チャン; イヴァン・チャン reads "Ivan Zhang" letter for letter.
    const { result } = await checkPair('共同創業者のイヴァン・チャンは東京で講演した。', 'Co-founder Ivan Zhang spoke in Tokyo.');
    const loud = result.findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && f.range.start === '共同創業者の'.length);
    assert.deepEqual(
      loud.map((f) => f.code),
      [],
    );
  });
  it('a garble of the source’s name is still one', async () => {
    const { result } = await checkPair('ディープシーグは新しいモデルを公開した。', 'DeepSeek released a new model.');
    assert.ok(result.findings.some((f) => f.code === 'name-mismatch' && (f.severity === 'error' || f.severity === 'warning')));
  });
});
