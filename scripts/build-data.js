#!/usr/bin/env node
// Writes the data files the server and the CLI start from, beside the bundle in dist/ (shipped in the .vsix):
// - ipadic.bin: the compact form of kuromoji's IPADIC dictionary (server/src/core/ipadic), rebuilt only
//   when kuromoji's version or the file's format changes;
// - data.json: the knowledge base and rules, validated against their schemas here, not at every start;
// - english-words.txt: the English word list lower-cased and sorted, one word a line;
// - pronunciations.txt: the CMU Pronouncing Dictionary's words and phones, sorted, one "word PHONES" a line (read by the
//   source checks at the first name they render, never at start: server/src/core/bilingual/pronouncingDictionary.ts);
// - derived.bin: what the analysis derives from the knowledge base and rules before reading any text (cue
//   words, renderings of names, the trie of names), for the bundles just built (server/src/core/derivedData.ts).
const fs = require('node:fs');
const path = require('node:path');
const { writeCompactFile } = require('../server/out/core/ipadic/file.js');
const { compileData } = require('../server/out/core/knowledge/compiled.js');
const { dataDirectory } = require('../server/out/core/knowledge/knowledgeBase.js');
const { sortedWordList } = require('../server/out/core/lexicon.js');
const { sortedPronunciations } = require('../server/out/core/bilingual/pronouncingDictionary.js');
const { derivedDataPath, derivedFileBytes } = require('../server/out/core/derivedData.js');
const { KnowledgeBase } = require('../server/out/core/knowledge/knowledgeBase.js');
const { loadRules } = require('../server/out/core/knowledge/rules.js');
const { loadTokenizer } = require('../server/out/core/tokenizer.js');

const dist = path.resolve(__dirname, '..', 'dist');
const writeIfChanged = (file, content) => {
  const bytes = Buffer.from(content);
  if (fs.existsSync(file) && fs.readFileSync(file).equals(bytes)) return;
  fs.writeFileSync(file, bytes);
};
(async () => {
  fs.mkdirSync(dist, { recursive: true });
  if (writeCompactFile(path.join(dist, 'ipadic.bin'))) console.log("Built dist/ipadic.bin from kuromoji's dictionary.");
  const data = compileData(dataDirectory());
  writeIfChanged(path.join(dist, 'data.json'), JSON.stringify(data));
  writeIfChanged(path.join(dist, 'english-words.txt'), sortedWordList());
  writeIfChanged(path.join(dist, 'pronunciations.txt'), sortedPronunciations());
  // From the data just compiled and the dictionary just built, as the bundles will load them.
  const kb = new KnowledgeBase(data.knowledge.entities, data.knowledge.currencies);
  writeIfChanged(derivedDataPath(), derivedFileBytes(kb, loadRules(), await loadTokenizer(), data.sourceHash));
  // The JSON form earlier builds wrote, which nothing reads any more.
  fs.rmSync(path.join(dist, 'derived.json'), { force: true });
})().catch((error) => {
  console.error(`Building the data files failed: ${error.message}`);
  process.exit(1);
});
