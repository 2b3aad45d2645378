import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KnowledgeBase } from '../../server/src/core/knowledge/knowledgeBase';
import { EntityRecognizer, recognizerOf, type RecognizedName } from '../../server/src/core/recognizer';
import { check, testServices } from '../support/analysis';

async function entities(text: string): Promise<string[][]> {
  const { result } = await check(text);
  return result.mentions.map((m) => [m.surface, m.entityId]);
}

describe('entity recognition', () => {
  it('finds entities in Latin, katakana and kanji script', async () => {
    assert.deepEqual(await entities('梁文鋒が率いるDeepSeekとオープンAIが競っている。'), [
      ['梁文鋒', 'liang-wenfeng'],
      ['DeepSeek', 'deepseek'],
      ['オープンAI', 'openai'],
    ]);
  });

  it('finds a name split by a line break', async () => {
    assert.deepEqual(await entities('司会者はサム・\nアルトマンに質問した。'), [['サム・アルトマン', 'sam-altman']]);
  });

  it('recognises a surname only once the person is named in full', async () => {
    assert.deepEqual(await entities('マスクをつけて外出した。'), []);
    assert.deepEqual(await entities('イーロン・マスクが登壇した。マスクは語った。'), [
      ['イーロン・マスク', 'elon-musk'],
      ['マスク', 'elon-musk'],
    ]);
  });

  it('does not find names inside longer words or web addresses', async () => {
    assert.deepEqual(await entities('メタデータを整理した。詳しくは https://example.com/openai-news を参照。日本語の話。'), []);
  });

  it('keeps acronyms case-sensitive', async () => {
    assert.deepEqual(await entities('私たちはusの友人です。USの政策。'), [['US', 'united-states']]);
  });

  it('recognises a name followed by a katakana word the dictionary knows', async () => {
    assert.deepEqual(await entities('ディープシークモデルが話題だ。'), [['ディープシーク', 'deepseek']]);
  });

  it('does not read a name out of a hyphenated word', async () => {
    assert.deepEqual(await entities('LAION（Large-scale AI Open Network）はドイツの団体だ。'), [
      ['LAION', 'laion'],
      ['ドイツ', 'germany'],
    ]);
  });

  describe('selecting the mentions of a document’s chunks after an edit', () => {
    const name = (entityId: string, surface: string, needsContext: boolean): RecognizedName => ({
      entityId,
      surface,
      needsContext,
      range: { start: 0, end: surface.length },
    });
    const fullName = [name('elon-musk', 'イーロン・マスク', false)];
    const surname = [name('elon-musk', 'マスク', true)];
    const other = [name('openai', 'OpenAI', false)];

    it('keeps the mentions of the chunks the edit left alone, and selects the edited chunk’s', async () => {
      const recognizer = new EntityRecognizer((await testServices()).kb);
      const first = recognizer.selectPerChunk([fullName, surname, other, []]);
      assert.deepEqual(first.mentions[1], surname, 'the surname counts once the person is named in full');
      const shortForm = first.mentions[1];
      // OpenAI named once more: the entities named in full are the same.
      const edited = [name('openai', 'OpenAI', false), name('openai', 'オープンAI', false)];
      const next = recognizer.selectPerChunk([fullName, surname, edited, []], first);
      assert.equal(next.supported, first.supported, 'no short form decided again');
      assert.equal(next.mentions[1], shortForm);
      assert.deepEqual(next.mentions[2], edited);
      assert.deepEqual(
        [...next.named],
        [
          ['elon-musk', 1],
          ['openai', 2],
        ],
      );
    });

    it('decides the short forms again when an edit names an entity in full or removes its last full name', async () => {
      const recognizer = new EntityRecognizer((await testServices()).kb);
      const first = recognizer.selectPerChunk([fullName, surname]);
      const removed = recognizer.selectPerChunk([[], surname], first);
      assert.notEqual(removed.supported, first.supported);
      assert.deepEqual(removed.mentions[1], [], 'the surname alone is no mention');
      const restored = recognizer.selectPerChunk([fullName, surname], removed);
      assert.deepEqual(restored.mentions[1], surname);
    });
  });

  it('builds one recognizer per knowledge base, shared by the analysis and the detectors', async () => {
    const { kb } = await testServices();
    assert.equal(recognizerOf(kb), recognizerOf(kb));
    const other = new KnowledgeBase([...kb.entities.values()], kb.currencies);
    assert.notEqual(recognizerOf(other), recognizerOf(kb), 'another knowledge base (with a workspace’s entities) has its own');
  });
});
