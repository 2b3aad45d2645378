import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { describeEntity } from '../../server/src/core/describe';
import { TranscriptDocument } from '../../server/src/core/document';
import { glossary as exportGlossary } from '../../server/src/core/exports';
import { glossaryEntities, withGlossaryEntities } from '../../server/src/core/glossary/entities';
import { parseGlossary } from '../../server/src/core/glossary/load';
import { matchGlossary } from '../../server/src/core/glossary/match';
import type { GlossaryEntry } from '../../server/src/core/glossary/model';
import { parsePrh } from '../../server/src/core/dictionary/prh';
import { testServices } from '../support/analysis';

// Our own terms, written for these tests.
const TBX_BASIC = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="inference">
      <descrip type="definition">学習済みモデルで予測すること</descrip>
      <langSet xml:lang="en">
        <tig><term>inference</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>inferencing</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
      <langSet xml:lang="ja-JP">
        <tig><term>インファレンス</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
        <tig><term>推論</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>推論処理</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
  </body></text>
</martif>
`;

const TBX_V3 = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body>
    <conceptEntry id="fine-tuning">
      <langSec xml:lang="ja">
        <termSec><term>ファインチューニング</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>ファインチューン</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>
`;

const CSV = 'term,preferred,forbidden,note\r\nlarge language model,大規模言語モデル,大型言語モデル;巨大言語モデル,社内の表記\r\nAI,AI,ＡＩ,\r\n';

const byPreferred = (entries: readonly GlossaryEntry[], preferred: string): GlossaryEntry => {
  const entry = entries.find((e) => e.preferred === preferred);
  assert.ok(entry, `an entry for ${preferred}`);
  return entry;
};

describe('glossaries', () => {
  it('read TBX-Basic: preferred and admitted terms approved, deprecated and superseded ones forbidden, per language', () => {
    const { entries, problems } = parseGlossary(TBX_BASIC, '/g/glossary.tbx');
    assert.deepEqual(problems, []);
    const entry = byPreferred(entries, '推論');
    assert.equal(entry.english, 'inference');
    assert.deepEqual(entry.admitted, ['推論処理']);
    assert.deepEqual(entry.forbidden, [
      { term: 'インファレンス', instead: '推論' },
      { term: 'inferencing', instead: 'inference' },
    ]);
    assert.equal(entry.note, '学習済みモデルで予測すること');
    assert.equal(entry.id, 'inference');
    assert.equal(entry.source, 'glossary.tbx:5');
  });

  it('read TBX v3 (conceptEntry, langSec, termSec)', () => {
    const { entries, problems } = parseGlossary(TBX_V3, '/g/glossary.tbx');
    assert.deepEqual(problems, []);
    assert.deepEqual(byPreferred(entries, 'ファインチューニング').forbidden, [{ term: 'ファインチューン', instead: 'ファインチューニング' }]);
  });

  it('read CSV with term, preferred, forbidden (separated by ;) and note columns', () => {
    const { entries, problems } = parseGlossary(CSV, '/g/glossary.csv');
    assert.deepEqual(problems, []);
    const llm = byPreferred(entries, '大規模言語モデル');
    assert.equal(llm.english, 'large language model');
    assert.deepEqual(
      llm.forbidden.map((f) => f.term),
      ['大型言語モデル', '巨大言語モデル'],
    );
    assert.equal(llm.note, '社内の表記');
    assert.equal(llm.source, 'glossary.csv:2');
  });

  it('read a prh dictionary of plain-text rules as a glossary, and say that /regex/ rules belong in dictionaries', () => {
    const { entries, problems } = parseGlossary(
      'rules:\n  - expected: 生成AI\n    patterns: [生成系AI, ジェネレーティブAI]\n  - expected: x\n    pattern: /y+/\n',
      '/g/terms.yml',
    );
    assert.deepEqual(byPreferred(entries, '生成AI').forbidden, [
      { term: '生成系AI', instead: '生成AI' },
      { term: 'ジェネレーティブAI', instead: '生成AI' },
    ]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.line, 3);
  });

  it('report what is wrong with a file at its line, keeping the entries before it', () => {
    const broken = parseGlossary(TBX_V3.replace('</conceptEntry>', '</conceptEntry><conceptEntry id="x"><langSec xml:lang="ja">'), '/g/glossary.tbx');
    assert.equal(broken.entries.length, 1);
    assert.match(broken.problems[0]?.message ?? '', /XML/);
    const noColumns = parseGlossary('a,b\n1,2\n', '/g/glossary.csv');
    assert.match(noColumns.problems[0]?.message ?? '', /preferred/);
    const onlyForbidden = parseGlossary('preferred,forbidden\n,悪い語\n', '/g/glossary.csv');
    assert.deepEqual(
      onlyForbidden.problems.map((p) => p.line),
      [1],
    );
  });

  it('match forbidden terms as whole words, case and width as written', () => {
    const { entries } = parseGlossary('preferred,forbidden\nAI,Ai\nサーバー,サーバ\n', '/g/glossary.csv');
    const found = (text: string): string[] => matchGlossary(entries, text).map((m) => `${text.slice(m.start, m.end)}→${m.instead}`);
    assert.deepEqual(found('Aiの話'), ['Ai→AI']);
    assert.deepEqual(found('OpenAiの話とAIの話'), [], 'not inside a longer Latin word, and AI is already right');
    assert.deepEqual(found('サーバを増やす'), ['サーバ→サーバー']);
    assert.deepEqual(found('サーバーを増やす'), [], 'part of the preferred term');
    assert.deepEqual(found('サーバント'), [], 'not inside a longer katakana word');
  });

  it('become glossary-term findings with the preferred term as fix, which "ignore" silences like any other', async () => {
    const { entries } = parseGlossary(TBX_BASIC, '/g/glossary.tbx');
    const doc = new TranscriptDocument('新しいチップでインファレンスが速くなった。');
    const options = { dictionary: { rules: [], glossary: entries, key: 'g' } };
    const findings = analyze(doc, await testServices(), options).findings.filter((f) => f.code === 'glossary-term');
    assert.deepEqual(
      findings.map((f) => [doc.slice(f.range), f.fixes[0]?.edits[0]?.newText]),
      [['インファレンス', '推論']],
    );
    const ignored = analyze(doc, await testServices(), { ...options, ignored: new Set(['インファレンス']) }).findings;
    assert.deepEqual(
      ignored.filter((f) => f.code === 'glossary-term'),
      [],
    );
  });

  it('say a forbidden term once, not also as a garbled form of the approved term the glossary makes known', async () => {
    const services = await testServices();
    const { entries } = parseGlossary('term,preferred,forbidden\nfine-tuning,ファインチューニング,ファインチューン\n', '/g/glossary.csv');
    const doc = new TranscriptDocument('ファインチューンは一晩で終わる。ファインチューニングは安い。');
    const kb = withGlossaryEntities(services.kb, entries);
    const findings = analyze(doc, { ...services, kb }, { dictionary: { rules: [], glossary: entries, key: 'g' } }).findings.filter((f) => f.range.start === 0);
    assert.deepEqual(
      findings.map((f) => f.code),
      ['glossary-term'],
    );
  });

  it('"ignore" silences a dictionary finding too', async () => {
    const { rules } = parsePrh('rules:\n  - expected: 生成AI\n    pattern: 生成系AI\n', '/d.yml');
    const doc = new TranscriptDocument('生成系AIの話。');
    const codes = (ignored: Set<string>) => async () =>
      analyze(doc, await testServices(), { dictionary: { rules, key: 'd' }, ignored }).findings.map((f) => f.code);
    assert.ok((await codes(new Set())()).includes('dictionary-rule'));
    assert.ok(!(await codes(new Set(['生成系AI']))()).includes('dictionary-rule'));
  });

  it('add approved terms to the entities for hovers, leaving known entities to the knowledge base', async () => {
    const services = await testServices();
    const { entries } = parseGlossary(`${CSV}OpenAI,OpenAI,Open AI,\r\n`, '/g/glossary.csv');
    const added = glossaryEntities(services.kb, entries);
    assert.deepEqual(
      added.map((e) => [e.ja, e.en, e.type]),
      [
        ['大規模言語モデル', 'large language model', 'term'],
        ['AI', 'AI', 'term'],
      ].filter(([ja]) => !services.kb.surfaces.some((s) => s.text.toLowerCase() === ja?.toLowerCase())),
    );
    const kb = withGlossaryEntities(services.kb, entries);
    const entity = kb.get('glossary:大規模言語モデル');
    assert.ok(entity);
    assert.match(describeEntity(entity, analyze(new TranscriptDocument('大規模言語モデルの話。'), { ...services, kb }).context), /large language model/);
  });

  it('round-trip: a glossary exported as CSV or TBX reads back as the same terms', async () => {
    const result = analyze(new TranscriptDocument('DeepSeekは杭州の企業で、NVIDIAのチップを使う。AT&Tの話ではない。'), await testServices());
    const exported = new Set(result.mentions.map((m) => m.entityId));
    for (const format of ['csv', 'tbx'] as const) {
      const { entries, problems } = parseGlossary(exportGlossary(result, format), `/g/export.${format}`);
      assert.deepEqual(problems, []);
      assert.deepEqual(entries.map((e) => e.id).sort(), [...exported].sort(), format);
      for (const entry of entries) {
        const entity = result.context.kb.get(entry.id ?? '');
        assert.ok(entity);
        assert.deepEqual([entry.preferred, entry.english ?? entry.preferred, entry.type, entry.forbidden], [entity.ja, entity.en, entity.type, []], format);
      }
      // Imported back, it adds no entity (the knowledge base knows them all) and forbids nothing.
      assert.deepEqual(glossaryEntities(result.context.kb, entries), []);
    }
  });
});
