import { allRules } from '../../core/index';
import type { Rule } from '../../core/rules/rule';
import type { Severity } from '../../core/types';
import type { FileResult, Formatter } from './common';
import { oneBased } from './common';

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers. Artifact URIs are relative to
 * %SRCROOT% (the working directory), which code scanning maps to the repository root.
 *
 * The log holds no absolute path of the machine that wrote it: a file URI of this checkout means
 * nothing once the log is uploaded. So %SRCROOT% is left for the viewer to place, and each rule
 * carries its help as text; there is no helpUri while the package names no public docs address.
 */
export function sarifFormatter(version: string): Formatter {
  const rules = allRules.map((rule) => ({
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    help: ruleHelp(rule),
    defaultConfiguration: { level: level[rule.defaultSeverity] },
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));

  // Results are small; the log is written whole at the end because rules precede results in it.
  const sarifResults: object[] = [];
  const addFile = ({ path, report }: FileResult) => {
    for (const finding of report.findings) {
      // A rule the engine reports but does not list still needs an entry, or viewers reject the log.
      if (!ruleIndex.has(finding.ruleId)) {
        ruleIndex.set(finding.ruleId, rules.length);
        rules.push({
          id: finding.ruleId,
          name: finding.ruleId,
          shortDescription: { text: finding.ruleId },
          help: { text: finding.ruleId, markdown: finding.ruleId },
          defaultConfiguration: { level: level[finding.severity] },
        });
      }
      const { line, column, endLine, endColumn } = oneBased(finding);
      sarifResults.push({
        ruleId: finding.ruleId,
        ruleIndex: ruleIndex.get(finding.ruleId),
        level: level[finding.severity],
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(path), uriBaseId: '%SRCROOT%' },
              region: { startLine: line, startColumn: column, endLine, endColumn },
            },
          },
        ],
      });
    }
  };

  const log = () => ({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'StoryLint', version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The folder storylint ran in: the repository root in CI.' } } },
        results: sarifResults,
      },
    ],
  });
  return {
    start: () => '',
    file: (result) => {
      addFile(result);
      return '';
    },
    end: () => JSON.stringify(log(), null, 2) + '\n',
  };
}

/** A rule's help, from what its docs page opens with (the rule's description), and where to read the rest. */
function ruleHelp(rule: Rule): { text: string; markdown: string } {
  const page = `docs/rules/${rule.id}.md`;
  const off = `"rules": { "${rule.id}": "off" }`;
  return {
    text: `${rule.description} Default severity: ${rule.defaultSeverity}. To change it or turn the rule off, set it in .storylintrc.json (${off}). The full page is ${page} in the StoryLint package.`,
    markdown: `${rule.description}\n\nDefault severity: **${rule.defaultSeverity}**. To change it or turn the rule off, set it in \`.storylintrc.json\`: \`${off}\`.\n\nThe full page is \`${page}\` in the StoryLint package.`,
  };
}
