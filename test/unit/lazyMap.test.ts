/** LazyMap: values made from their keys when first read, each once; iteration in the keys' order. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LazyMap } from '../../server/src/core/lazyMap';

describe('LazyMap', () => {
  it('makes a value when first asked for, once, and only for its keys', () => {
    const made: string[] = [];
    const map = new LazyMap(['b', 'a'], (key) => {
      made.push(key);
      return key.toUpperCase();
    });
    assert.equal(map.size, 2);
    assert.equal(map.has('a'), true);
    assert.equal(map.has('c'), false);
    assert.deepEqual(made, []);
    assert.equal(map.get('a'), 'A');
    assert.equal(map.get('a'), 'A');
    assert.equal(map.get('c'), undefined);
    assert.deepEqual(made, ['a']);
  });

  it('iterates in the order of its keys, making what it had not made', () => {
    const map = new LazyMap(['b', 'a', 'c'], (key) => key.repeat(2));
    map.get('c');
    assert.deepEqual(
      [...map],
      [
        ['b', 'bb'],
        ['a', 'aa'],
        ['c', 'cc'],
      ],
    );
    assert.deepEqual([...map.keys()], ['b', 'a', 'c']);
    assert.deepEqual([...map.values()], ['bb', 'aa', 'cc']);
    const seen: string[] = [];
    map.forEach((value, key) => seen.push(`${key}=${value}`));
    assert.deepEqual(seen, ['b=bb', 'a=aa', 'c=cc']);
  });

  it('keeps a made value that is undefined without making it again', () => {
    let calls = 0;
    const map = new LazyMap<string, string | undefined>(['x'], () => {
      calls++;
      return undefined;
    });
    assert.equal(map.get('x'), undefined);
    assert.equal(map.get('x'), undefined);
    assert.equal(calls, 1);
  });
});
