import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lineWithKey } from '../../server/src/core/sortedLines';

describe('lineWithKey: a sorted string of lines searched by bisection', () => {
  const words = ['apple', 'banana', 'band', 'bandana', 'cherry'].join('\n');
  const phones = ['ab AE1 B', 'abc EY1 B IY1 S IY1', 'abe EY1 B', 'zed Z EH1 D'].join('\n');
  const found: [string, string, string | undefined, string][] = [
    [words, 'apple', undefined, 'apple'],
    [words, 'band', undefined, 'band'],
    [words, 'bandana', undefined, 'bandana'],
    [words, 'cherry', undefined, 'cherry'],
    [phones, 'ab', ' ', 'ab AE1 B'],
    [phones, 'abc', ' ', 'abc EY1 B IY1 S IY1'],
    [phones, 'zed', ' ', 'zed Z EH1 D'],
  ];
  for (const [text, key, separator, line] of found) {
    it(`finds ${key}`, () => assert.equal(lineWithKey(text, key, separator), line));
  }
  const missing: [string, string, string | undefined][] = [
    [words, 'ban', undefined],
    [words, 'aardvark', undefined],
    [words, 'zebra', undefined],
    [phones, 'a', ' '],
    [phones, 'abd', ' '],
    [phones, 'EY1', ' '],
    ['', 'word', undefined],
  ];
  for (const [text, key, separator] of missing) {
    it(`does not find ${key || '(empty)'}`, () => assert.equal(lineWithKey(text, key, separator), undefined));
  }
});
