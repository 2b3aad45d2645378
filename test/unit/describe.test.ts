import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeEntity, describeFinding, escapeMarkdown } from '../../server/src/core/describe';
import { check } from '../support/analysis';

describe('hover texts', () => {
  it('describe an entity with its names, type, facts, relations and this document’s spellings', async () => {
    const { result } = await check('サム・アルトマンはOpenAIのCEOだ。オープンAIは米国の企業。OpenAIは急成長した。');
    const text = describeEntity(result.context.kb.get('openai')!, result.context);
    assert.match(text, /オープンAI/);
    assert.match(text, /OpenAI/);
    assert.match(text, /company/);
    assert.match(text, /「OpenAI」×2, 「オープンAI」×1/);
  });

  it('explain a finding: what is wrong, why, and the correction', async () => {
    const { result, text } = await check('OpenAIとDeepSeekの話。米国企業は年間70億ルピーを使う。');
    const finding = result.findings.find((f) => f.code === 'implausible-currency')!;
    const hover = describeFinding(finding, text.slice(finding.range.start, finding.range.end));
    assert.match(hover, /→ 「ドル」/);
    assert.match(hover, /Why \(implausible-currency, confidence \d+%/);
    assert.match(hover, /インド/);
  });

  it('escape document text so it cannot become a link, HTML or a command', () => {
    assert.equal(escapeMarkdown('[x](command:evil) <b>'), '\\[x\\]\\(command:evil\\) \\<b\\>');
  });
});
