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

  it('takes the last version’s census over when every chunk names the same (an edit moved them), and counts again when not', () => {
    const chunks = [
      [mention('nvidia', 'Nvidia', 0), mention('openai', 'OpenAI', 10)],
      [mention('nvidia', 'NVIDIA', 2), mention('nvidia', 'Nvidia', 20)],
    ];
    const first = indexChunkMentions([0, 100], chunks);
    // A character typed at the start of the first chunk: the same names, moved.
    const moved = indexChunkMentions([0, 101], [[mention('nvidia', 'Nvidia', 1), mention('openai', 'OpenAI', 11)], chunks[1] ?? []], first);
    assert.equal(moved.census, first.census, 'nothing counted again');
    assert.deepEqual(
      moved.of('nvidia').map((m) => m.range.start),
      [1, 103, 121],
    );
    // Another spelling in the second chunk: counted afresh.
    const respelt = indexChunkMentions([0, 101], [chunks[0] ?? [], [mention('nvidia', 'NVIDIA', 2), mention('nvidia', 'NVIDIA', 20)]], moved);
    assert.notEqual(respelt.census, moved.census);
    assert.deepEqual(
      [...(respelt.census.get('nvidia')?.spellings ?? [])],
      [
        ['Nvidia', 1],
        ['NVIDIA', 2],
      ],
    );
  });

  it('updates the census from the chunks that name others, and counts again when the order of first use may change', () => {
    const starts = [0, 100, 200, 300];
    const chunks = [[mention('nvidia', 'Nvidia', 0)], [mention('openai', 'OpenAI', 0)], [mention('nvidia', 'NVIDIA', 0), mention('openai', 'OpenAI', 9)], []];
    const seen = (index: ReturnType<typeof indexChunkMentions>): string =>
      JSON.stringify({
        census: [...index.census].map(([id, { count, spellings }]) => [id, count, [...spellings]]),
        of: ['nvidia', 'openai'].map((id) => index.of(id).map((m) => m.range.start)),
      });
    const first = indexChunkMentions(starts, chunks);
    // Each edit of the table from `first`: the census updated (or counted again) is what a fresh count gives.
    const edits: readonly (readonly (readonly ReturnType<typeof mention>[])[])[] = [
      [chunks[0] ?? [], chunks[1] ?? [], chunks[2] ?? [], [mention('nvidia', 'Nvidia', 5)]],
      [chunks[0] ?? [], chunks[1] ?? [], [mention('openai', 'OpenAI', 9)], []],
      [chunks[0] ?? [], chunks[1] ?? [], [mention('nvidia', 'Nvidia', 0), mention('openai', 'OpenAI', 9)], []],
      [chunks[0] ?? [], [], chunks[2] ?? [], [mention('openai', 'OpenAI', 1)]],
      [[mention('openai', 'OpenAI', 0)], chunks[1] ?? [], chunks[2] ?? [], []],
      [chunks[0] ?? [], chunks[1] ?? [], chunks[2] ?? [], [mention('deepseek', 'DeepSeek', 0)]],
    ];
    for (const edited of edits) {
      const updated = indexChunkMentions(starts, edited, first);
      assert.equal(seen(updated), seen(indexChunkMentions(starts, edited)), JSON.stringify(edited));
    }
    // A chunk between two that name Nvidia names it too: its mentions come between theirs.
    const around = [[mention('nvidia', 'Nvidia', 0)], [], [mention('nvidia', 'Nvidia', 0)]];
    const between = [around[0] ?? [], [mention('nvidia', 'Nvidia', 3)], around[2] ?? []];
    assert.equal(seen(indexChunkMentions(starts, between, indexChunkMentions(starts, around))), seen(indexChunkMentions(starts, between)));
    // Nvidia named once more where it was named before with that spelling: updated, not counted again.
    const again = indexChunkMentions(starts, edits[0] ?? [], first);
    assert.notEqual(again.census, first.census);
    assert.equal(again.census.get('openai'), first.census.get('openai'), 'an entity the edit left alone keeps its entry');
  });
});
