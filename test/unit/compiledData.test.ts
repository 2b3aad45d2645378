/**
 * The data compiled at build time (dist/data.json, dist/english-words.txt) is what the YAML files and the
 * word list say, validated: the server starts from it without parsing YAML or compiling schemas.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { compileData, compiledDataPath, dataSourceHash, readCompiledData } from '../../server/src/core/knowledge/compiled';
import { dataDirectory, loadBuiltInKnowledgeBase } from '../../server/src/core/knowledge/knowledgeBase';
import { compiledWordListPath, loadEnglishLexicon, sortedWordList } from '../../server/src/core/lexicon';
import { tempDir } from '../support/tempDir';

describe('the data compiled at build time', () => {
  it('holds exactly the validated knowledge base and rules of the YAML files (npm run build writes it)', () => {
    const compiled = JSON.parse(fs.readFileSync(compiledDataPath(), 'utf8')) as unknown;
    assert.deepEqual(compiled, JSON.parse(JSON.stringify(compileData(dataDirectory()))));
  });

  it('is what the server starts from, and the knowledge base built from it has the shipped entities', () => {
    assert.ok(readCompiledData(dataDirectory()), 'dist/data.json is current');
    const kb = loadBuiltInKnowledgeBase();
    assert.ok(kb.entities.has('openai'));
    assert.ok(kb.currencies.length > 0);
  });

  it('names the data it came from: editing a data file changes the hash, so a stale file is not used', () => {
    const copy = tempDir('tl-data-');
    fs.cpSync(dataDirectory(), copy, { recursive: true });
    const before = dataSourceHash(copy);
    assert.equal(before, dataSourceHash(dataDirectory()));
    fs.appendFileSync(path.join(copy, 'rules', 'ordinary-katakana.yaml'), '\n# edited\n');
    assert.notEqual(dataSourceHash(copy), before);
  });

  it('has the English word list sorted and lower-cased, one word a line, read without splitting it', () => {
    assert.equal(fs.readFileSync(compiledWordListPath(), 'utf8'), sortedWordList());
    const lexicon = loadEnglishLexicon();
    for (const word of ['language', 'Model', 'aardvark', 'zygote']) assert.ok(lexicon.has(word), word);
    for (const word of ['anthropicc', 'nvidiaa', '']) assert.ok(!lexicon.has(word), word);
  });
});
