import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { fillTemplate } from '../../server/src/core/l10n';
import { languageFromEnvironment } from '../../server/src/cli/l10n';
import { bundleFor, useLanguage } from '../../server/src/core/l10nBundles';
import { check } from '../support/analysis';

const ROOT = path.resolve(__dirname, '..', '..');
const JAPANESE = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.ja.json'), 'utf8')) as Record<string, string>;

/** Every message template the code passes to t() or vscode.l10n.t(), from the TypeScript sources. */
function templatesInSources(): Set<string> {
  const templates = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.ts')) {
        for (const match of fs.readFileSync(file, 'utf8').matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) templates.add((match[1] ?? '').replace(/\\(.)/g, '$1'));
      }
    }
  };
  walk(path.join(ROOT, 'server', 'src'));
  walk(path.join(ROOT, 'client', 'src'));
  return templates;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('localisation', () => {
  afterEach(() => useLanguage(undefined));

  it('has a Japanese translation of every message in the code, with the same placeholders, and none left over', () => {
    const templates = templatesInSources();
    assert.ok(templates.size > 100, `found ${templates.size} messages`);
    for (const template of templates) {
      const translation = JAPANESE[template];
      assert.ok(translation, `no Japanese for: ${template}`);
      assert.deepEqual(placeholders(translation), placeholders(template), `placeholders differ for: ${template}`);
    }
    assert.deepEqual(
      Object.keys(JAPANESE).filter((key) => !templates.has(key)),
      [],
      'translations of messages the code no longer has',
    );
  });

  it('localises every %key% of the manifest in English and Japanese', () => {
    const manifest = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const keys = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1] ?? ''));
    const english = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const japanese = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.ja.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual([...keys].sort(), Object.keys(english).sort());
    assert.deepEqual(Object.keys(japanese).sort(), Object.keys(english).sort());
    for (const key of keys) assert.match(japanese[key] ?? '', /[\u3040-\u30ff\u4e00-\u9fff]|Transcript Lens/, key);
  });

  it('finds the bundle for a language tag, and none for English or a language without one', () => {
    assert.match(bundleFor('ja') ?? '', /bundle\.l10n\.ja\.json$/);
    assert.match(bundleFor('ja-JP') ?? '', /bundle\.l10n\.ja\.json$/);
    assert.match(bundleFor('ja_JP.UTF-8') ?? '', /bundle\.l10n\.ja\.json$/);
    assert.equal(bundleFor('en'), undefined);
    assert.equal(bundleFor('fr'), undefined);
    assert.equal(languageFromEnvironment({ LANG: 'ja_JP.UTF-8' }), 'ja_JP.UTF-8');
    assert.equal(languageFromEnvironment({ LC_ALL: 'C', LANG: 'ja_JP.UTF-8' }), undefined);
  });

  it('writes findings, fixes and explanations in Japanese when asked, and in English otherwise', async () => {
    const text = 'まず、Deepsekが先月公開したモデルについて話します。DeepSeekは中国の企業です。';
    const english = (await check(text)).found('garbled-latin-name')[0]?.finding;
    assert.match(english?.message ?? '', /looks like a garbled 「DeepSeek」/);
    useLanguage('ja');
    // Another sentence: findings are cached per sentence, and a server or CLI sets its language before analysing anything.
    const japanese = (await check(text.replace('まず、', 'さて、'))).found('garbled-latin-name')[0]?.finding;
    assert.equal(japanese?.message, '「Deepsek」は「DeepSeek」（ディープシーク）の誤認識のようです');
    assert.equal(japanese?.fixes[0]?.title, '「DeepSeek」に置き換え');
    assert.match(japanese?.explanation.problem ?? '', /^おそらく誤認識または誤入力された名前です/);
  });

  it('fills placeholders in order and leaves unknown ones as they are', () => {
    assert.equal(fillTemplate('{1} and {0}, not {2}', ['a', 3]), '3 and a, not {2}');
  });
});
