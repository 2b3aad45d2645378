import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corroborate, cueWordsOf } from '../../server/src/core/corroboration';
import { makeFinding } from '../../server/src/core/finding';
import type { Finding } from '../../server/src/core/types';
import { check, testServices } from '../support/analysis';

/** A hint about Marc Andreessen, as the katakana-name detector gives one for a loose sound match. */
function hint(code = 'garbled-katakana-name', confidence = 0.45, entityId: string | null = 'marc-andreessen'): Finding {
  return makeFinding({
    code,
    range: { start: 0, end: 5 },
    message: 'a hint',
    confidence,
    explanation: { problem: 'p', reasons: ['r'] },
    replacements: ['アンドリーセン'],
    ...(entityId ? { entityId } : {}),
  });
}

// Our own sentences: what a talk might say of an investor, and what it might say of nothing in particular.
const CASES: readonly { readonly name: string; readonly finding: Finding; readonly text: string; readonly severity: string }[] = [
  {
    name: 'two facts of the entity in the document raise a hint to a warning',
    finding: hint(),
    text: '彼は有名な投資家で、昔ブラウザを作った人だ。',
    severity: 'warning',
  },
  { name: 'a word of several descriptions is only half a cue', finding: hint(), text: '彼は有名な投資家だ。', severity: 'hint' },
  { name: 'one fact alone is not enough', finding: hint(), text: '彼はブラウザの話をした。', severity: 'hint' },
  { name: 'common words of many descriptions are no cue', finding: hint(), text: '米国の共同創業者が語った。', severity: 'hint' },
  {
    name: 'a finding of another detector is left alone',
    finding: hint('repeated-word'),
    text: '彼は有名な投資家で、昔ブラウザを作った人だ。',
    severity: 'hint',
  },
  {
    name: 'a finding about no entity is left alone',
    finding: hint('garbled-katakana-name', 0.45, null),
    text: '彼は有名な投資家で、昔ブラウザを作った人だ。',
    severity: 'hint',
  },
  {
    name: 'a guess with no sound evidence stays below information',
    finding: hint('garbled-katakana-name', 0.2),
    text: '彼は有名な投資家で、昔ブラウザを作った人だ。',
    severity: 'hint',
  },
  {
    name: 'information is left as it is (another way of writing a name is no garble)',
    finding: hint('garbled-katakana-name', 0.55),
    text: '彼は有名な投資家で、昔ブラウザを作った人だ。',
    severity: 'information',
  },
];

describe('hints that the document corroborates', () => {
  for (const { name, finding, text, severity } of CASES) {
    it(name, async () => {
      const { kb, tokenizer } = await testServices();
      const [result] = corroborate([finding], { text, named: new Set() }, kb, tokenizer);
      assert.equal(result?.severity, severity);
      if (severity !== finding.severity) assert.match(result?.explanation.reasons.at(-1) ?? '', /投資家.*ブラウザ/);
    });
  }

  it('counts a related entity the document names as a cue', async () => {
    const { kb, tokenizer } = await testServices();
    const [result] = corroborate([hint()], { text: '彼はブラウザの話をした。', named: new Set(['andreessen-horowitz']) }, kb, tokenizer);
    assert.equal(result?.severity, 'warning');
  });

  it('takes rare words of the description, not common ones', async () => {
    const { kb, tokenizer } = await testServices();
    const entity = kb.get('marc-andreessen');
    assert.ok(entity);
    const cues = cueWordsOf(entity, kb, tokenizer);
    assert.equal(cues.get('Netscape'), 1);
    assert.equal(cues.has('米国'), false);
    assert.equal(cues.has('Andreessen'), false, 'its own name is a mention, not a cue');
  });

  it('raises a loose surname match in a whole document to a warning', async () => {
    const text = 'マーク・アンドロンが最近ツイートしている。彼は伝説的な投資家で、ブラウザを発明した人だ。';
    const [finding] = (await check(text)).found('garbled-katakana-name');
    assert.equal(finding?.flagged, 'アンドロン');
    assert.equal(finding?.severity, 'warning');
  });
});
