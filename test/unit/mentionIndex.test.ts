import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexChunkMentions } from '../../server/src/core/mentionIndex';

const mention = (entityId: string, surface: string, start: number) => ({ entityId, surface, range: { start, end: start + surface.length } });

describe('the mention index', () => {
  // Two chunks, the second starting at offset 100; offsets inside each are the chunk's own.
  const index = indexChunkMentions(
    [0, 100],
    [
      [mention('nvidia', 'Nvidia', 0), mention('openai', 'OpenAI', 10)],
      [mention('nvidia', 'NVIDIA', 2), mention('nvidia', 'Nvidia', 20)],
    ],
  );

  it('counts each entity’s mentions and spellings, in order of first use', () => {
    assert.deepEqual([...index.census.keys()], ['nvidia', 'openai']);
    assert.equal(index.census.get('nvidia')?.count, 3);
    assert.deepEqual(
      [...(index.census.get('nvidia')?.spellings ?? [])],
      [
        ['Nvidia', 2],
        ['NVIDIA', 1],
      ],
    );
  });

  it('places every mention in document offsets, in document order', () => {
    assert.deepEqual(
      index.all().map((m) => [m.surface, m.range.start, m.range.end]),
      [
        ['Nvidia', 0, 6],
        ['OpenAI', 10, 16],
        ['NVIDIA', 102, 108],
        ['Nvidia', 120, 126],
      ],
    );
  });

  it('gives one entity’s mentions in document offsets, and none for an entity not named', () => {
    assert.deepEqual(
      index.of('nvidia').map((m) => m.range.start),
      [0, 102, 120],
    );
    assert.deepEqual(index.of('deepseek'), []);
  });
});
