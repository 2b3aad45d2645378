import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentLayout } from '../../server/src/core/analyzedDocument';
import { TranscriptDocument } from '../../server/src/core/document';
import { testServices } from '../support/analysis';

/** The wraps of a text, as the line indices whose following break is a wrap, with their reasons. */
async function wraps(text: string): Promise<string[]> {
  const { tokenizer } = await testServices();
  const doc = new TranscriptDocument(text);
  const layout = documentLayout(doc, tokenizer);
  return doc.lines.flatMap((line) => {
    const reason = layout.wrapAfter(line.index);
    return reason ? [`${line.index}:${reason}`] : [];
  });
}

describe('the document layout', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    {
      name: 'prose wrapped mid-sentence: every open break is a wrap',
      text: '半導体の話です。まず、新しい\nGPUが出ました。規制の効果には疑問も\nあります。台湾の工場の話は\nまた今度します。',
      expected: ['0:passage', '1:passage', '2:passage'],
    },
    {
      name: 'subtitle cues: no break is a wrap',
      text: ['どこへ行くんだ', 'ランチョー', 'チャトールの家だ', '知らないよ', 'スキーリフト', 'ゴンドラは止まってる', 'もう遅い'].join('\n'),
      expected: [],
    },
    {
      name: 'menu items and headings: no break is a wrap',
      text: ['ニュース', 'テクノロジー', 'ビジネス', 'サインイン', 'コメント', '関連記事'].join('\n'),
      expected: [],
    },
    {
      name: 'a name broken after its middle dot is a wrap wherever it stands',
      text: 'ゲストはイーロン・\nマスク氏です。',
      expected: ['0:separator'],
    },
    {
      name: 'a short text decides break by break: a word read across the break',
      text: 'その会社のマーケ\nティング戦略です。',
      expected: ['0:word'],
    },
    {
      name: 'speaker turns end a line even inside wrapped prose',
      text: '司会：今日はAIの話です。まず\n最初のテーマから始めま\nしょう。\n記者：はい。半導体の話を\nします。',
      expected: ['0:passage', '1:passage', '3:passage'],
    },
    {
      name: 'a region between blank lines decides for itself',
      text: '記事の本文です。まず、新しい\nGPUが出ました。規制の効果には疑問も\nあります。台湾の工場の話は\nまた今度します。\n\nニュース\nテクノロジー\nビジネス\nサインイン\nコメント',
      expected: ['0:passage', '1:passage', '2:passage'],
    },
  ];
  for (const { name, text, expected } of cases) {
    it(name, async () => assert.deepEqual(await wraps(text), expected));
  }
});
