/**
 * A value derived from the document's facts (DetectorContext.derived) is computed once per context, not
 * once per chunk, and a chunk that used it is cached on one fact: the derived value's reads, which holds
 * exactly while every fact its computation read does.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildContext, type DetectorContext } from '../../server/src/core/context';
import { factsHold, recordingContext } from '../../server/src/core/facts';
import { indexChunkMentions } from '../../server/src/core/mentionIndex';
import type { EntityMention } from '../../server/src/core/types';
import { testServices } from '../support/analysis';

const mention = (entityId: string, surface: string): EntityMention => ({ entityId, surface, range: { start: 0, end: surface.length } });

async function contextNaming(mentions: readonly EntityMention[]): Promise<DetectorContext> {
  const { kb, lexicon, rules } = await testServices();
  return buildContext({ kb, lexicon, rules, mentions: indexChunkMentions([0], [mentions]) });
}

/** The entities the story names with their spellings: what truncated-name lists its targets from. */
function namedSpellings(context: DetectorContext): string {
  let listed = '';
  for (const id of context.mentionCount.keys()) listed += `${id}:${[...context.spellingsOf(id).keys()].join('/')};`;
  return listed;
}

describe('derived values of the document context', () => {
  it('are computed once for every chunk judged under one context, each chunk reading one fact', async () => {
    const context = await contextNaming([mention('openai', 'OpenAI'), mention('nvidia', 'NVIDIA')]);
    let computed = 0;
    const compute = (c: DetectorContext): string => {
      computed++;
      return namedSpellings(c);
    };
    for (let chunk = 0; chunk < 50; chunk++) {
      const recording = recordingContext({ context, chunkMentions: [] });
      assert.equal(recording.context.derived('test named spellings', compute), 'openai:OpenAI;nvidia:NVIDIA;');
      assert.deepEqual(
        recording.reads().map(([kind, about]) => [kind, about]),
        [['derived', 'test named spellings']],
      );
    }
    assert.equal(computed, 1);
  });

  it('hold in another context exactly while what the computation read is the same', async () => {
    const compute = (c: DetectorContext): string => namedSpellings(c);
    const first = await contextNaming([mention('openai', 'OpenAI'), mention('openai', 'OpenAI')]);
    const recording = recordingContext({ context: first, chunkMentions: [] });
    recording.context.derived('test spellings held', compute);
    const reads = recording.reads();
    // Named once more, with the same spelling: the list of spellings is the same.
    const sameSpellings = await contextNaming([mention('openai', 'OpenAI')]);
    assert.equal(factsHold(reads, { context: sameSpellings, chunkMentions: [] }), true);
    const otherSpelling = await contextNaming([mention('openai', 'OpenAI'), mention('openai', 'オープンAI')]);
    assert.equal(factsHold(reads, { context: otherSpelling, chunkMentions: [] }), false);
    const otherEntity = await contextNaming([mention('openai', 'OpenAI'), mention('nvidia', 'NVIDIA')]);
    assert.equal(factsHold(reads, { context: otherEntity, chunkMentions: [] }), false);
  });

  it('refuse a computation that reads the chunk’s own mentions, saying so', async () => {
    const context = await contextNaming([mention('openai', 'OpenAI')]);
    const recording = recordingContext({ context, chunkMentions: [] });
    assert.throws(() => recording.context.derived('test reads mentions', (c) => c.mentions.length), /read a chunk's mentions/);
  });
});
