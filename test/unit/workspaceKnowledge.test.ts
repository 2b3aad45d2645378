import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { TranscriptDocument } from '../../server/src/core/document';
import { withAcceptedSpelling, withIgnoredWord } from '../../server/src/core/knowledge/workspaceEdits';
import { mergeProblems, mergeWorkspaceEntities, parseWorkspaceKnowledge } from '../../server/src/core/knowledge/workspaceKnowledge';
import { testServices } from '../support/analysis';

const FILE = path.resolve('/workspace/transcript-lens.yaml');

describe('a workspace knowledge file', () => {
  it('reads entities in the knowledge base schema, and words ignored in the workspace or in one document', () => {
    const knowledge = parseWorkspaceKnowledge(
      [
        'entities:',
        '  - { id: rinna, type: company, ja: リンナ, en: rinna, country: JP, description: 日本のAI企業。日本語の言語モデルを公開している。 }',
        'ignoredWords: [Fooble]',
        'ignoredInDocuments:',
        '  season1/ep01.txt: [Barble]',
      ].join('\n'),
      FILE,
    );
    assert.deepEqual(knowledge.problems, []);
    assert.deepEqual(
      knowledge.entities.map((e) => e.en),
      ['rinna'],
    );
    assert.deepEqual(knowledge.ignoredWords, ['Fooble']);
    assert.deepEqual([...knowledge.ignoredInDocuments], [[path.resolve('/workspace/season1/ep01.txt'), ['Barble']]]);
  });

  it('reports an invalid record at its line and keeps the valid ones', () => {
    const knowledge = parseWorkspaceKnowledge(
      [
        'entities:',
        '  - { id: rinna, type: gadget, ja: リンナ, en: rinna, description: 日本のAI企業。 }',
        '  - { id: rinna-japanese-gpt, type: model, ja: japanese-gpt-neox, en: japanese-gpt-neox, description: リンナの日本語言語モデル。 }',
      ].join('\n'),
      FILE,
    );
    assert.equal(knowledge.problems.length, 1);
    assert.equal(knowledge.problems[0]?.line, 1);
    assert.match(knowledge.problems[0]?.message ?? '', /type must be equal to one of the allowed values \(company, person/);
    assert.deepEqual(
      knowledge.entities.map((e) => e.id),
      ['rinna-japanese-gpt'],
    );
  });

  it('reports YAML it cannot parse and unknown top-level keys, and then uses nothing from the file', () => {
    assert.match(parseWorkspaceKnowledge('entities: [\n', FILE).problems[0]?.message ?? '', /^Not valid YAML/);
    const unknownKey = parseWorkspaceKnowledge('ignoredWords: [Fooble]\nignoredWord: [Barble]\n', FILE);
    assert.deepEqual(unknownKey.ignoredWords, []);
    assert.match(unknownKey.problems[0]?.message ?? '', /must NOT have additional properties \("ignoredWord"\)/);
    assert.equal(unknownKey.problems[0]?.line, 0);
  });

  it('is empty when the file is empty', () => {
    assert.deepEqual(parseWorkspaceKnowledge('', FILE).problems, []);
    assert.deepEqual(parseWorkspaceKnowledge('# nothing yet\n', FILE).entities, []);
  });
});

describe('merging workspace entities into the knowledge base', () => {
  it('adds new ids and replaces built-in ones', async () => {
    const { kb: base } = await testServices();
    const deepseek = base.get('deepseek');
    assert.ok(deepseek);
    const { kb, rejected } = mergeWorkspaceEntities(base, [
      { ...deepseek, aliases: [...(deepseek.aliases ?? []), 'ディープシーク社'] },
      { id: 'exawizards', type: 'company', ja: 'エクサウィザーズ', en: 'ExaWizards', country: 'JP', description: '日本のAI企業。' },
    ]);
    assert.deepEqual(rejected, []);
    assert.equal(kb.entities.size, base.entities.size + 1);
    assert.ok(kb.get('deepseek')?.aliases?.includes('ディープシーク社'));
    assert.ok(!base.get('deepseek')?.aliases?.includes('ディープシーク社'), 'the built-in knowledge base is left as it was');
  });

  it('leaves out an entity whose spelling belongs to another one, and says where', async () => {
    const { kb: base } = await testServices();
    const text = 'entities:\n  - { id: fake-openai, type: company, ja: 偽物, en: OpenAI, description: 重複。 }\n';
    const knowledge = parseWorkspaceKnowledge(text, FILE);
    const { kb, rejected } = mergeWorkspaceEntities(base, knowledge.entities);
    assert.equal(kb.get('fake-openai'), undefined);
    assert.equal(rejected.length, 1);
    const [problem] = mergeProblems(text, FILE, rejected);
    assert.equal(problem?.line, 1);
    assert.match(problem?.message ?? '', /Entity "fake-openai" is not used: The spelling "OpenAI" belongs to both "openai" and "fake-openai"/);
  });
});

describe('accepting a spelling and ignoring a word', () => {
  it('copies a built-in entity into an empty file with the accepted spelling', async () => {
    const { kb } = await testServices();
    const entity = kb.get('deepseek');
    assert.ok(entity);
    const written = withAcceptedSpelling('', entity, 'Deep Seek');
    const knowledge = parseWorkspaceKnowledge(written, FILE);
    assert.deepEqual(knowledge.problems, []);
    assert.equal(knowledge.entities[0]?.id, 'deepseek');
    assert.equal(knowledge.entities[0]?.description, entity.description);
    assert.deepEqual(knowledge.entities[0]?.aliases, [...(entity.aliases ?? []), 'Deep Seek']);
  });

  it('adds to the entity already in the file, keeps comments, and does not add a spelling twice', async () => {
    const { kb } = await testServices();
    const entity = kb.get('deepseek');
    assert.ok(entity);
    const text = '# our names\nentities:\n  - { id: deepseek, type: company, ja: ディープシーク, en: DeepSeek, description: 中国のAI企業。 }\n';
    const once = withAcceptedSpelling(text, entity, 'Deep Seek');
    assert.match(once, /^# our names/);
    assert.deepEqual(parseWorkspaceKnowledge(once, FILE).entities[0]?.aliases, ['Deep Seek']);
    assert.equal(withAcceptedSpelling(once, entity, 'Deep Seek'), once);
  });

  it('adds ignored words to the workspace list or to the document’s own list', () => {
    const workspace = withIgnoredWord('ignoredWords: [Fooble]\n', 'Barble');
    assert.deepEqual(parseWorkspaceKnowledge(workspace, FILE).ignoredWords, ['Fooble', 'Barble']);
    assert.equal(withIgnoredWord(workspace, 'Barble'), workspace);
    const perDocument = withIgnoredWord(workspace, 'Quxle', 'season1/ep01.txt');
    assert.deepEqual(parseWorkspaceKnowledge(perDocument, FILE).ignoredInDocuments.get(path.resolve('/workspace/season1/ep01.txt')), ['Quxle']);
  });

  it('refuses to rewrite a file that is not valid YAML', () => {
    assert.throws(() => withIgnoredWord('ignoredWords: [\n', 'Fooble'), /not valid YAML.*mend it first/);
  });
});

describe('the analysis with ignored words and workspace entities', () => {
  const TEXT = 'Deepsekが新しいモデルを公開した。DeepSeekは中国の企業だ。';

  it('does not report a finding whose text is ignored', async () => {
    const services = await testServices();
    const doc = new TranscriptDocument(TEXT);
    assert.ok(analyze(doc, services).findings.some((f) => f.code === 'garbled-latin-name'));
    assert.ok(!analyze(doc, services, { ignored: new Set(['Deepsek']) }).findings.some((f) => f.code === 'garbled-latin-name'));
    assert.ok(
      analyze(doc, services, { ignored: new Set(['Deepse']) }).findings.some((f) => f.code === 'garbled-latin-name'),
      'only the exact text',
    );
  });

  it('recognises an accepted spelling as a mention of its entity', async () => {
    const services = await testServices();
    const deepseek = services.kb.get('deepseek');
    assert.ok(deepseek);
    const { kb } = mergeWorkspaceEntities(services.kb, [{ ...deepseek, aliases: [...(deepseek.aliases ?? []), 'Deepsek'] }]);
    const result = analyze(new TranscriptDocument(TEXT), { ...services, kb });
    assert.ok(!result.findings.some((f) => f.code === 'garbled-latin-name'));
    assert.deepEqual(
      result.mentions.filter((m) => m.entityId === 'deepseek').map((m) => m.surface),
      ['Deepsek', 'DeepSeek'],
    );
  });
});
