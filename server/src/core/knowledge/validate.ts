/** Loads a data file, checks it against its JSON schema, and says exactly what is wrong when it is not valid. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';

const ajv = new Ajv({ allErrors: true });
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
    const details = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
    throw new DataFileError(`${file} does not match ${path.basename(schemaFile)}: ${details}`);
  }
  return data as T;
}

function schemaValidator(schemaFile: string): ValidateFunction {
  let validate = compiled.get(schemaFile);
  if (!validate) {
    const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as { $id?: string };
    // Two copies of one schema (the shipped data and a user's) share an $id: compile it once.
    validate = (schema.$id ? ajv.getSchema(schema.$id) : undefined) ?? ajv.compile(schema);
    compiled.set(schemaFile, validate);
  }
  return validate;
}
