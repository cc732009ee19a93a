// SARIF wants absolute URIs for help links; one place to change when the repository moves.
export const homepage = 'https://github.com/storylint/storylint';

export function ruleDocsUri(ruleId: string): string {
  return `${homepage}/blob/main/docs/rules/${ruleId}.md`;
}
