import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { dataDirectory, KnowledgeBase, loadBuiltInKnowledgeBase } from '../../server/src/core/knowledge/knowledgeBase';
import { DataFileError } from '../../server/src/core/knowledge/validate';
import { tempDir } from '../support/tempDir';

describe('the knowledge base', () => {
  const kb = loadBuiltInKnowledgeBase();

  it('holds the entities of the domain with their spellings and relations', () => {
    assert.ok(kb.entities.size >= 200, `only ${kb.entities.size} entities`);
    assert.equal(kb.get('sam-altman')?.en, 'Sam Altman');
    assert.ok(kb.relatedTo('openai').has('sam-altman'));
    assert.equal(kb.countryOf(kb.get('deepseek')!), 'CN');
  });

  it('gives every entity a Japanese description', () => {
    for (const entity of kb.entities.values()) assert.match(entity.description, /[\u3040-\u30FF\u4E00-\u9FFF]/, entity.id);
  });

  it('lists only real spellings, none of the garbles the detectors must find', () => {
    const spellings = new Set(kb.surfaces.map((s) => s.text));
    for (const garble of ['Deepik', 'Open the Eyes', 'ディープス', 'アルマン', 'OpenIA', 'Twitte']) assert.equal(spellings.has(garble), false, garble);
  });

  it('rejects a data file that does not match the schema, naming the file and the field', () => {
    const dir = tempDir('tl-kb-');
    fs.cpSync(dataDirectory(), dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'knowledge', 'broken.yaml'), 'entities:\n  - { id: Bad Id, type: company, ja: 名前, en: Name, description: 説明 }\n');
    assert.throws(
      () => loadBuiltInKnowledgeBase(dir),
      (error: Error) => error instanceof DataFileError && /broken\.yaml/.test(error.message) && /id/.test(error.message),
    );
  });

  it('rejects a spelling given to two entities and a relation to an unknown entity', () => {
    const entity = (id: string, en: string) => ({ id, type: 'company' as const, ja: id, en, description: '説明' });
    assert.throws(() => new KnowledgeBase([entity('a', 'Same'), entity('b', 'Same')], []), /belongs to both/);
    assert.throws(() => new KnowledgeBase([{ ...entity('a', 'A'), relations: [{ relation: 'made-by', target: 'nobody' }] }], []), /not in the knowledge base/);
  });
});
