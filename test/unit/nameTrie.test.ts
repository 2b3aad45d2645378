import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadBuiltInKnowledgeBase } from '../../server/src/core/knowledge/knowledgeBase';
import { NameTrie, nameTrieArrays, NO_NODE } from '../../server/src/core/nameTrie';

/** The values of the names that are the text exactly, walked a UTF-16 code at a time as the recogniser walks it. */
function lookUp<T>(trie: NameTrie<T>, text: string): T[] | undefined {
  let node = NameTrie.ROOT;
  for (let i = 0; i < text.length; i++) {
    node = trie.child(node, text.charCodeAt(i));
    if (node === NO_NODE) return undefined;
  }
  const found: T[] = [];
  for (let at = trie.valuesStart(node); at < trie.valuesEnd(node); at++) found.push(trie.value(at));
  return found;
}

describe('NameTrie', () => {
  const trie = new NameTrie(
    [
      ['OpenAI', 'openai'],
      ['Open', 'open'],
      ['オープンAI', 'openai-ja'],
      ['OPENAI', 'openai-upper'],
      ['エヌビディア', 'nvidia'],
      ['NVIDIA', 'nvidia-latin'],
      ['İstanbul', 'istanbul-dotted'],
      ['Istanbul', 'istanbul'],
      ['𝕏 Corp', 'x'],
      ['ÉCOLE', 'ecole'],
    ].map(([text, value]) => ({ text: text as string, value: value as string })),
  );

  const cases: readonly { readonly text: string; readonly values: readonly string[] | undefined; readonly why: string }[] = [
    { text: 'openai', values: ['openai', 'openai-upper'], why: 'names are lower-cased; two names of one spelling keep their order' },
    { text: 'OpenAI', values: ['openai', 'openai-upper'], why: 'the text is lower-cased too' },
    { text: 'OPEN', values: ['open'], why: 'a name that is the start of another ends at an inner node' },
    { text: 'ope', values: [], why: 'an inner node where no name ends' },
    { text: 'オープンai', values: ['openai-ja'], why: 'katakana with Latin letters' },
    { text: 'エヌビディア', values: ['nvidia'], why: 'katakana' },
    { text: 'nvidia', values: ['nvidia-latin'], why: 'upper-case name, lower-case text' },
    { text: 'école', values: ['ecole'], why: 'non-ASCII letters are lower-cased' },
    { text: 'OpenAX', values: undefined, why: 'no such path' },
    { text: 'İstanbul', values: undefined, why: 'a letter whose lower case is two codes matches nothing, not even its first code' },
    { text: 'ISTANBUL', values: ['istanbul'], why: 'the plain letter matches' },
    { text: '𝕏 corp', values: undefined, why: 'a name with a character outside the BMP cannot match a code at a time' },
  ];
  for (const { text, values, why } of cases) {
    it(`${text}: ${why}`, () => {
      assert.deepEqual(lookUp(trie, text), values);
    });
  }

  it('an empty trie has a root and no children', () => {
    const empty = new NameTrie<string>([]);
    assert.equal(empty.child(NameTrie.ROOT, 'a'.charCodeAt(0)), NO_NODE);
    assert.equal(empty.valuesEnd(NameTrie.ROOT) - empty.valuesStart(NameTrie.ROOT), 0);
  });

  it('finds every child among many (the root of the knowledge base has thousands)', () => {
    const many = new NameTrie(Array.from({ length: 3000 }, (_, i) => ({ text: String.fromCharCode(0x4e00 + i * 3), value: i })));
    for (let i = 0; i < 3000; i++) {
      assert.deepEqual(lookUp(many, String.fromCharCode(0x4e00 + i * 3)), [i]);
      assert.equal(lookUp(many, String.fromCharCode(0x4e00 + i * 3 + 1)), undefined);
    }
  });

  it('finds every name of the knowledge base, with every other name of the same letters, in the knowledge base’s order', () => {
    const kb = loadBuiltInKnowledgeBase();
    const names = kb.surfaces.map((surface, i) => ({ text: surface.text, value: i }));
    const trie = new NameTrie(names);
    const byKey = new Map<string, number[]>();
    for (const { text, value } of names) byKey.set(text.toLowerCase(), [...(byKey.get(text.toLowerCase()) ?? []), value]);
    for (const [key, values] of byKey) {
      if ([...key].some((ch) => ch.length > 1)) continue;
      assert.deepEqual(lookUp(trie, key), values, key);
      // Latin names ignore case: upper-cased, an ASCII name is found the same.
      if (/^[\x20-\x7e]+$/.test(key)) assert.deepEqual(lookUp(trie, key.toUpperCase()), values, key);
    }
  });

  it('built from arrays worked out before (as the build keeps them), is the trie built from the names', () => {
    const kb = loadBuiltInKnowledgeBase();
    const names = kb.surfaces.map((surface, i) => ({ text: surface.text, value: i }));
    const arrays = nameTrieArrays(names);
    // Values are the names' own, looked up by index: other values give the same trie of other values.
    const given = new NameTrie(
      names.map(({ text, value }) => ({ text, value: -value })),
      arrays,
    );
    const built = new NameTrie(names);
    for (const { text } of names) {
      if ([...text].some((ch) => ch.length > 1)) continue;
      assert.deepEqual(
        lookUp(given, text.toLowerCase())?.map((v) => -v),
        lookUp(built, text.toLowerCase()),
        text,
      );
    }
  });
});
