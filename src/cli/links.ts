import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The rule pages ship beside the CLI (docs/rules next to dist/), so help links work offline and never
// point at a repository address that may not exist. SARIF wants absolute URIs: file URIs are absolute.
const docsDir = join(__dirname, '..', 'docs', 'rules');

export function ruleDocsUri(ruleId: string): string {
  return pathToFileURL(join(docsDir, `${ruleId}.md`)).href;
}
