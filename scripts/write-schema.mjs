// Writes the JSON Schema for .storylintrc.json from the zod schema, so the editor's validation never drifts from the engine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { configJsonSchema } = createRequire(import.meta.url)(join(root, 'out', 'src', 'core', 'index.js'));
mkdirSync(join(root, 'schemas'), { recursive: true });
writeFileSync(join(root, 'schemas', 'storylintrc.schema.json'), `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
