/** Table tests of headedPlaces: the place of several words a source word stands in, and whether katakana renders it whole. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headedPlace, rendersPlace } from '../../server/src/core/bilingual/checks/names/headedPlaces';
import type { Word } from '../../server/src/core/bilingual/pairFacts';

const HEADS = new Set(['Santa', 'San', 'Abu', 'Fort', 'New']);

/** The word of a sentence, with its range. */
function wordOf(sentence: string, text: string): Word {
  const start = sentence.indexOf(text);
  assert.ok(start >= 0, `${text} is in the sentence`);
  return { text, range: { start, end: start + text.length } };
}

function katakana(...texts: string[]): Word[] {
  return texts.map((text) => ({ text, range: { start: 0, end: text.length } }));
}

describe('headedPlace', () => {
  const placed: [sentence: string, word: string, place: string][] = [
    ['The company is headquartered in Santa Clara.', 'Clara', 'Santa Clara'],
    ['The company is headquartered in Santa Clara.', 'Santa', 'Santa Clara'],
    ['It will build a campus in Abu Dhabi next year.', 'Dhabi', 'Abu Dhabi'],
    ['In Fort Worth County, the plant opened.', 'Worth', 'Fort Worth'],
    ['San Jose hosted the event.', 'Jose', 'San Jose'],
  ];
  for (const [sentence, word, place] of placed)
    it(`places ${word} in "${place}"`, () => assert.equal(headedPlace(wordOf(sentence, word), sentence, HEADS)?.text, place));

  const unplaced: [sentence: string, word: string][] = [
    // No head before the word.
    ['The company is headquartered in Austin.', 'Austin'],
    ['Brandon Clara joined the board.', 'Clara'],
    // A head with no capitalised word after it is no place.
    ['New rules were announced by Moorhead.', 'Moorhead'],
    // The head after the word.
    ['Clara moved to Santa Monica.', 'Clara'],
  ];
  for (const [sentence, word] of unplaced)
    it(`places ${word} nowhere in "${sentence}"`, () => assert.equal(headedPlace(wordOf(sentence, word), sentence, HEADS), undefined));
});

describe('rendersPlace', () => {
  const place = (text: string): Word => ({ text, range: { start: 0, end: text.length } });
  it('takes one katakana word for the whole place', () => assert.ok(rendersPlace(place('Santa Clara'), katakana('サンタクララ'))));
  it('takes a dotted word too', () => assert.ok(rendersPlace(place('Santa Clara'), katakana('サンタ・クララ'))));
  it('takes アブダビ for Abu Dhabi', () => assert.ok(rendersPlace(place('Abu Dhabi'), katakana('アブダビ'))));
  it('does not take another place of the same head', () => assert.ok(!rendersPlace(place('Santa Clara'), katakana('サンタモニカ'))));
  it('does not take an unrelated word', () => assert.ok(!rendersPlace(place('Fort Worth'), katakana('データセンター'))));
});
