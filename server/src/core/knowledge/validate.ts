/** Loads a data file, checks it against its JSON schema, and says exactly what is wrong when it is not valid. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';

// Loaded and made when a YAML file is first validated (a user's knowledge file, the tests, the build): a process
// starting from the compiled data (compiled.ts) validates nothing, and loading Ajv costs ~40 ms of its start.
let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

export class DataFileError extends Error {}

export function readValidated<T>(file: string, schemaFile: string): T {
  let data: unknown;
  try {
    data = parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DataFileError(`${file}: cannot be read as YAML: ${(error as Error).message}`);
  }
  const validate = schemaValidator(schemaFile);
  if (!validate(data)) {
    const details = (validate.errors ?? []).map((e) => `${e.instancePath || '/'}${entityIdAt(data, e.instancePath)} ${e.message ?? ''}`).join('; ');
    throw new DataFileError(`${file} does not match ${path.basename(schemaFile)}: ${details}`);
  }
  return data as T;
}

/** The compiled validator of a schema file (compiled once; schemas it references must be compiled first). */
export function schemaValidator(schemaFile: string): ValidateFunction {
  let validate = compiled.get(schemaFile);
  if (!validate) {
    const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as { $id?: string };
    // Two copies of one schema (the shipped data and a user's) share an $id: compile it once.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see above
    ajv ??= new (require('ajv') as { default: typeof Ajv }).default({ allErrors: true });
    validate = (schema.$id ? ajv.getSchema(schema.$id) : undefined) ?? ajv.compile(schema);
    compiled.set(schemaFile, validate);
  }
  return validate;
}

/** " (id: openai)" for an error inside /entities/N, so the message names the record to fix. */
function entityIdAt(data: unknown, instancePath: string): string {
  const index = /^\/entities\/(\d+)/.exec(instancePath)?.[1];
  if (index === undefined || typeof data !== 'object' || data === null) return '';
  const entity = (data as { entities?: unknown[] }).entities?.[Number(index)];
  const id = typeof entity === 'object' && entity !== null ? (entity as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? ` (id: ${id})` : '';
}
