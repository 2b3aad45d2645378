/**
 * What the build derives from the shipped knowledge base and rules (dist/derived.bin: cue words, renderings
 * of names, readings of the domain terms, romaji and folded forms of the names, spelled-out readings) is what the analysis computes itself, and is
 * used only by the bundle that computed it.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { deriveData, derivedDataFor, derivedDataPath, useDerivedDataOf } from '../../server/src/core/derivedData';
import { renderingsOf } from '../../server/src/core/detectors/literalTranslation';
import { spelledOutReadings } from '../../server/src/core/detectors/spelledOutName';
import { domainLexicon } from '../../server/src/core/domainLexicon';
import { readCompiledData } from '../../server/src/core/knowledge/compiled';
import { dataDirectory, KnowledgeBase } from '../../server/src/core/knowledge/knowledgeBase';
import { loadRules } from '../../server/src/core/knowledge/rules';
import { nameIndexOf } from '../../server/src/core/nameIndex';
import { loadTokenizer } from '../../server/src/core/tokenizer';
import { tempDir } from '../support/tempDir';

const dist = path.dirname(derivedDataPath());
const sourceHash = (): string => {
  const compiled = readCompiledData(dataDirectory());
  assert.ok(compiled, 'dist/data.json is current (npm run build)');
  return compiled.sourceHash;
};

describe('the data derived at build time', () => {
  it('is what the analysis computes from the shipped knowledge base and rules', async () => {
    const compiled = readCompiledData(dataDirectory());
    assert.ok(compiled);
    // A knowledge base of its own, so that nothing cached for the shipped one answers.
    const kb = new KnowledgeBase(compiled.knowledge.entities, compiled.knowledge.currencies);
    const computed = deriveData(kb, loadRules(), await loadTokenizer());
    assert.ok(computed.cueWords.length > 100 && computed.renderings.size > 10);
    for (const bundle of ['server.js', 'cli.js']) {
      const shipped = derivedDataFor(path.join(dist, bundle), sourceHash());
      assert.ok(shipped, `dist/derived.bin is for dist/${bundle}`);
      // The file's renderings are decoded when read: all of them here, to compare.
      const { renderings, ...rest } = shipped;
      const { renderings: computedRenderings, ...computedRest } = computed;
      assert.deepEqual([...renderings], JSON.parse(JSON.stringify([...computedRenderings])));
      assert.deepEqual(rest, { ...JSON.parse(JSON.stringify({ ...computedRest, nameTrie: undefined })), nameTrie: computedRest.nameTrie });
    }
  });

  it('gives the analysis the renderings and the domain lexicon it would compute', async () => {
    const compiled = readCompiledData(dataDirectory());
    assert.ok(compiled);
    const tokenizer = await loadTokenizer();
    const rules = loadRules();
    const shipped = derivedDataFor(path.join(dist, 'cli.js'), sourceHash());
    assert.ok(shipped);
    // Two knowledge bases and rule sets of their own: one given the file's data, one computing it.
    const given = new KnowledgeBase(compiled.knowledge.entities, compiled.knowledge.currencies);
    const givenRules = { ...rules, literalWords: { ...rules.literalWords } };
    useDerivedDataOf(given, givenRules, shipped);
    const computed = new KnowledgeBase(compiled.knowledge.entities, compiled.knowledge.currencies);
    const computedRules = { ...rules, literalWords: { ...rules.literalWords } };
    assert.deepEqual(new Map(renderingsOf(given, givenRules.literalWords)), renderingsOf(computed, computedRules.literalWords));
    assert.deepEqual(nameIndexOf(given), nameIndexOf(computed));
    const readings = spelledOutReadings(computed);
    assert.ok(readings.length > 10);
    assert.deepEqual(spelledOutReadings(given), readings);
    const fromFile = domainLexicon(givenRules, tokenizer);
    const fromTokens = domainLexicon(computedRules, tokenizer);
    assert.ok(fromFile.byReading.size > 100);
    assert.deepEqual(fromFile.byReading, fromTokens.byReading);
    assert.deepEqual(fromFile.byLooseReading, fromTokens.byLooseReading);
  });

  it('is not used by other code or for other data: those compute it themselves', () => {
    assert.equal(derivedDataFor(path.join(dist, 'cli.js'), 'another hash'), undefined);
    assert.equal(derivedDataFor(path.join(dist, 'extension.js'), sourceHash()), undefined);
    assert.equal(derivedDataFor(path.resolve(__dirname, '../../server/src/core/derivedData.ts'), sourceHash()), undefined);
  });

  it('names a hash of each bundle: a bundle that differs by one byte computes it itself', () => {
    const copy = tempDir('tl-derived-');
    fs.copyFileSync(derivedDataPath(), path.join(copy, 'derived.bin'));
    const bundle = path.join(copy, 'cli.js');
    fs.copyFileSync(path.join(dist, 'cli.js'), bundle);
    assert.ok(derivedDataFor(bundle, sourceHash(), path.join(copy, 'derived.bin')));
    fs.appendFileSync(bundle, ' ');
    assert.equal(derivedDataFor(bundle, sourceHash(), path.join(copy, 'derived.bin')), undefined);
  });
});

describe('the derived data file', () => {
  it('is not used when cut short', () => {
    const copy = tempDir('tl-derived-');
    const bundle = path.join(copy, 'cli.js');
    fs.copyFileSync(path.join(dist, 'cli.js'), bundle);
    const bytes = fs.readFileSync(derivedDataPath());
    fs.writeFileSync(path.join(copy, 'derived.bin'), bytes.subarray(0, bytes.byteLength - 1));
    assert.equal(derivedDataFor(bundle, sourceHash(), path.join(copy, 'derived.bin')), undefined);
    fs.writeFileSync(path.join(copy, 'derived.bin'), bytes.subarray(0, 3));
    assert.equal(derivedDataFor(bundle, sourceHash(), path.join(copy, 'derived.bin')), undefined);
  });
});
