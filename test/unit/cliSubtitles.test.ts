import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { checkJson, runCli } from '../support/cli';
import { tempDir } from '../support/tempDir';

const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');

describe('the command line on subtitle files', () => {
  it('finds .srt and .vtt files with --recursive and reports problems only on their cue text', () => {
    const dir = tempDir('tl-subs-');
    for (const name of ['ai-news-interview.srt', 'ai-news-interview.vtt']) fs.copyFileSync(path.join(SAMPLES, name), path.join(dir, name));
    const { files } = checkJson(['--recursive', dir]);
    assert.deepEqual(files.map((f) => path.basename(f.path)).sort(), ['ai-news-interview.srt', 'ai-news-interview.vtt']);
    const srt = files.find((f) => f.path.endsWith('.srt'));
    assert.deepEqual(
      srt?.diagnostics.map((d) => [d.range.start.line, d.code]),
      [
        [17, 'subtitle-reading-speed'],
        [22, 'garbled-latin-name'],
      ],
    );
  });

  it('writes fixes into the subtitle file itself, numbers, timings and tags untouched', () => {
    const dir = tempDir('tl-subs-');
    const file = path.join(dir, 'ep.vtt');
    const text = fs.readFileSync(path.join(SAMPLES, 'ai-news-interview.vtt'), 'utf8');
    fs.writeFileSync(file, text);
    runCli(['check', '--fix', file]);
    const fixed = fs.readFileSync(path.join(dir, 'ep.fixed.vtt'), 'utf8');
    assert.equal(fixed, text.replace('データセン\n', 'データセンター\n').replace('\nターへの', '\nへの').replace('Deepsek', 'DeepSeek'));
  });
});
