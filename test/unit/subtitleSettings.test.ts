import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NETFLIX_JAPANESE } from '../../server/src/core/formats';
import { DEFAULT_SETTINGS, settingsFrom } from '../../server/src/shared';

describe('the subtitle settings', () => {
  it('default to Netflix’s Japanese guide, and analyse SRT and WebVTT documents', () => {
    assert.deepEqual(DEFAULT_SETTINGS.subtitles, NETFLIX_JAPANESE);
    assert.equal(NETFLIX_JAPANESE.maxCharactersPerLine, 13);
    assert.equal(NETFLIX_JAPANESE.maxCharactersPerSecond, 4);
    assert.ok(DEFAULT_SETTINGS.languages.includes('srt') && DEFAULT_SETTINGS.languages.includes('vtt'));
  });

  it('take each valid limit the client sends and keep the default for the others', () => {
    const settings = settingsFrom({ subtitles: { maxCharactersPerLine: 16, maxLines: 'three', frameRate: -25, minGapFrames: 0 } });
    assert.deepEqual(settings.subtitles, { ...NETFLIX_JAPANESE, maxCharactersPerLine: 16 });
    assert.deepEqual(settingsFrom({ subtitles: null }).subtitles, NETFLIX_JAPANESE);
  });
});
