import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { dataDirectory, loadBuiltInKnowledgeBase } from '../../server/src/core/knowledge/knowledgeBase';
import { loadEnglishLexicon } from '../../server/src/core/lexicon';
import { loadTokenizer } from '../../server/src/core/tokenizer';

/**
 * Names that are also ordinary words, kept on purpose: in a Japanese transcript of the field, "Runway"
 * in Latin letters or アマゾン in katakana is the company far more often than the word. A name added to
 * the knowledge base that is an ordinary word must be added here after that judgement, or be left out
 * (or given as a shortName, which counts only beside the full name).
 */
const ENGLISH_WORD_NAMES = [
  'ABB',
  'Acer',
  'Adobe',
  'Airbus',
  'Alphabet',
  'Amazon',
  'Android',
  'Anthropic',
  'Apple',
  'ARIA',
  'Ascend',
  'Azure',
  'Bard',
  'Bing',
  'BIS',
  'Brazil',
  'Canada',
  'Canon',
  'China',
  'Cisco',
  'CLIP',
  'Codex',
  'Cohere',
  'Colossus',
  'Copilot',
  'Corning',
  'Cursor',
  'Dell',
  'DISCO',
  'Discord',
  'DOE',
  'Dojo',
  'Enflame',
  'Etched',
  'FAA',
  'Facebook',
  'FLUX',
  'Gemini',
  'Gemma',
  'Glean',
  'Google',
  'Graviton',
  'Grok',
  'Honda',
  'Hopper',
  'HOYA',
  'India',
  'Intel',
  'iOS',
  'Ironwood',
  'Japan',
  'Jetson',
  'Linux',
  'Llama',
  'Lovable',
  'Magistral',
  'Mamba',
  'Manus',
  'Meta',
  'MiniMax',
  'Mistral',
  'Mosaic',
  'Notion',
  'NUS',
  'Oracle',
  'PaLM',
  'Pentagon',
  'Perplexity',
  'Phi',
  'Pika',
  'Politico',
  'Poolside',
  'Python',
  'RAND',
  'Rebellions',
  'Rubin',
  'Runway',
  'Russia',
  'SAP',
  'Saronic',
  'Sequoia',
  'Siemens',
  'Siri',
  'SMEE',
  'Snapdragon',
  'Snowflake',
  'Sora',
  'Stripe',
  'Supermicro',
  'Tesla',
  'Texas',
  'Transformer',
  'Trillium',
  'Twitter',
  'UK',
  'UN',
  'Upstage',
  'US',
  'Whisper',
  'Willow',
  'Windows',
  'Windsurf',
  'WIRED',
  'Wiz',
  'Yahoo',
  // Codenames of chips and quantum processors (codenames.yaml): in a Japanese transcript, the chip.
  'Nighthawk',
  'Starling',
  'Wormhole',
  // Products named with an English word (codenames.yaml): in a Japanese transcript, the product.
  'Comet',
  'Fury',
  'Inspect',
  'Passage',
  'SuperNova',
  // TII's language models (field-more.yaml): in a Japanese transcript of the field, the model rather than SpaceX's rocket.
  'Falcon',
  // G42's AI company (field-more.yaml): the film is written インセプション in Japanese, so the Latin word is the company.
  'Inception',
];

/** Katakana names that kuromoji's dictionary knows as ordinary words (アマゾン is also the river). */
const KATAKANA_WORD_NAMES = ['アップル', 'アマゾン', 'アルファベット', 'シノプシス', 'セコイア', 'ホッパー', 'ミストラル', 'メタ'];

describe('the knowledge base covers the field', () => {
  const kb = loadBuiltInKnowledgeBase();

  it('holds at least 1,500 entities, and takes them from every file of the knowledge directory', () => {
    assert.ok(kb.entities.size >= 1500, `only ${kb.entities.size} entities`);
    const files = fs.readdirSync(path.join(dataDirectory(), 'knowledge')).filter((f) => f.endsWith('.yaml'));
    assert.ok(files.length >= 10, files.join(', '));
    for (const [file, id] of [
      ['chips.yaml', 'tokyo-electron'],
      ['cloud.yaml', 'equinix'],
      ['investors.yaml', 'sequoia-capital'],
      ['executives.yaml', 'cc-wei'],
      ['officials.yaml', 'sanae-takaichi'],
      ['products.yaml', 'claude-sonnet-4-5'],
    ]) {
      assert.ok(files.includes(file ?? ''), `${file} is missing`);
      assert.ok(kb.get(id ?? ''), `${id} (from ${file}) is not loaded`);
    }
  });

  it('gives each person and organisation of the new sectors a country', () => {
    const without = [...kb.entities.values()].filter((e) => (e.type === 'person' || e.type === 'company') && !kb.countryOf(e)).map((e) => e.id);
    assert.ok(without.length <= 20, `no country for ${without.join(', ')}`);
  });

  it('has no Latin name that is an ordinary English word unless it is listed as chosen on purpose', () => {
    const lexicon = loadEnglishLexicon();
    const words = new Set(kb.surfaces.filter((s) => !s.needsContext && /^[A-Za-z]+$/.test(s.text) && lexicon.has(s.text)).map((s) => s.text));
    const unexpected = [...words].filter((w) => !ENGLISH_WORD_NAMES.includes(w)).sort();
    assert.deepEqual(unexpected, [], 'ordinary English words given as names: judge each, then list it above or leave it out');
  });

  it('has no katakana name that is an ordinary Japanese word unless it is listed as chosen on purpose', async () => {
    const tokenizer = await loadTokenizer();
    const ordinary = kb.surfaces
      .filter((s) => !s.needsContext && /^[\u30A0-\u30FF]+$/.test(s.text))
      .filter((s) => {
        const tokens = tokenizer.tokenize(s.text);
        return tokens.length === 1 && tokens[0]?.known === true && tokens[0].posDetail !== '固有名詞';
      })
      .map((s) => s.text);
    const unexpected = ordinary.filter((w) => !KATAKANA_WORD_NAMES.includes(w)).sort();
    assert.deepEqual(unexpected, [], 'ordinary katakana words given as names: judge each, then list it above or leave it out');
  });
});
