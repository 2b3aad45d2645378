import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ALL_DETECTORS } from '../../server/src/core/detectors';
import { SOURCE_CHECKS } from '../../server/src/core/bilingual';
import { ENTITY_TYPES } from '../../server/src/core/knowledge/model';
import { TOKEN_TYPES } from '../../server/src/semanticTokens';
import { SUBTITLE_CHECKS } from '../../server/src/core/formats';
import { DEFAULT_SETTINGS } from '../../server/src/shared';

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as {
  contributes: {
    configuration: { properties: Record<string, { items?: { enum?: string[] }; default?: unknown }> };
    semanticTokenTypes: { id: string }[];
  };
};

describe('the extension manifest', () => {
  it('offers exactly the detectors’ and subtitle checks’ codes in transcriptLens.disabledChecks', () => {
    const offered = manifest.contributes.configuration.properties['transcriptLens.disabledChecks']?.items?.enum ?? [];
    assert.deepEqual([...offered].sort(), [...ALL_DETECTORS, ...SUBTITLE_CHECKS, ...SOURCE_CHECKS].map((d) => d.code).sort());
  });

  it('declares the subtitle checks’ defaults the server uses (Netflix Japanese guide)', () => {
    const properties = manifest.contributes.configuration.properties;
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS.subtitles)) {
      const declared = properties[`transcriptLens.subtitles.${key}`]?.default;
      assert.equal(typeof declared, 'number', key);
      assert.ok(Math.abs((declared as number) - value) < 0.001, `${key}: ${String(declared)} in the manifest, ${value} in the server`);
    }
  });

  it('declares the same setting defaults as the server uses', () => {
    const properties = manifest.contributes.configuration.properties;
    assert.deepEqual(properties['transcriptLens.languages']?.default, DEFAULT_SETTINGS.languages);
    assert.equal(properties['transcriptLens.minimumJapaneseRatio']?.default, DEFAULT_SETTINGS.minimumJapaneseRatio);
    assert.deepEqual(properties['transcriptLens.dictionaries']?.default, DEFAULT_SETTINGS.dictionaries);
    assert.deepEqual(properties['transcriptLens.knowledgeFiles']?.default, DEFAULT_SETTINGS.knowledgeFiles);
    assert.equal(properties['transcriptLens.inlayHints.englishNames']?.default, DEFAULT_SETTINGS.inlayHints.englishNames);
  });

  it('contributes one semantic token type per entity type', () => {
    assert.equal(TOKEN_TYPES.length, ENTITY_TYPES.length);
    assert.deepEqual(manifest.contributes.semanticTokenTypes.map((t) => t.id).sort(), [...TOKEN_TYPES].sort());
  });

  it('gives every detector a distinct code and a description', () => {
    assert.equal(new Set(ALL_DETECTORS.map((d) => d.code)).size, ALL_DETECTORS.length);
    for (const detector of ALL_DETECTORS) assert.ok(detector.description.length > 20, detector.code);
  });
});

describe('the Entities view in the manifest', () => {
  const contributes = (
    JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      contributes: { viewsContainers: Record<string, { id: string; icon: string }[]>; views: Record<string, { id: string; when?: string }[]> };
    }
  ).contributes;

  it('has a view container of its own in the activity bar, with an icon that exists, instead of the bottom of the Explorer', () => {
    const container = contributes.viewsContainers.activitybar?.find((c) => c.id === 'transcriptLens');
    assert.ok(container, 'an activity-bar container');
    assert.ok(fs.existsSync(path.resolve(__dirname, '..', '..', container.icon)), container.icon);
    assert.deepEqual(
      contributes.views.transcriptLens?.map((v) => v.id),
      ['transcriptLens.entities'],
    );
    assert.equal(contributes.views.explorer, undefined);
  });
});
