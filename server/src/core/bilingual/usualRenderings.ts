/**
 * The katakana Japanese media usually write for common words of English names where the spelling rules go wrong
 * (Michael → マイケル, not マイチャエル), from server/data/pronunciation/usual-renderings.yaml (schema:
 * usual-renderings.schema.json, checked by the unit tests and the build). Read once per process, at the first rendering
 * that asks, from the data the build compiled (dist/data.json) when it matches the file; a missing file leaves the
 * spelling rules alone, a malformed one says which file to mend.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { packageRoot } from '../packageRoot';
import { readCompiledData } from '../knowledge/compiled';
import { dataDirectory } from '../knowledge/knowledgeBase';

let renderings: ReadonlyMap<string, string> | undefined;

export const usualRenderingsPath = (): string => path.join(packageRoot(), 'server', 'data', 'pronunciation', 'usual-renderings.yaml');

function load(): ReadonlyMap<string, string> {
  // Compiled at build time with the rules (validated there), when they match the file.
  const compiled = readCompiledData(dataDirectory())?.rules.usualRenderings;
  return compiled ? lowerCased(compiled) : readYaml();
}

const lowerCased = (table: Readonly<Record<string, string>>): ReadonlyMap<string, string> =>
  new Map(Object.entries(table).map(([word, katakana]) => [word.toLowerCase(), katakana]));

function readYaml(): ReadonlyMap<string, string> {
  let text: string;
  try {
    text = fs.readFileSync(usualRenderingsPath(), 'utf8');
  } catch {
    return new Map();
  }
  const data = parseYaml(text) as { renderings?: unknown } | null;
  const table = data?.renderings;
  if (typeof table !== 'object' || table === null || Object.values(table).some((v) => typeof v !== 'string'))
    throw new Error(`${usualRenderingsPath()}: "renderings" must map words to katakana (see usual-renderings.schema.json); mend the file.`);
  return lowerCased(table as Record<string, string>);
}

/** The usual katakana of a word of a name (Michael → マイケル), when the table has it. */
export function usualRendering(word: string): string | undefined {
  renderings ??= load();
  return renderings.get(word.toLowerCase());
}
