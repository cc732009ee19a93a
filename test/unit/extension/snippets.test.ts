import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SECTION_PROMPTS, builtInPacks, lintStory, parseStory, principleNamed } from '../../../src/core';
import { storyTemplate } from '../../../src/extension/storyTemplate';
import { choicesIn, expandSnippet, keepHints, type TabStop } from './snippetBody';

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

const snippets = JSON.parse(readFileSync(join(__dirname, '../../../../snippets/markdown.json'), 'utf8')) as Record<string, Snippet>;
const STORY_SNIPPETS = ['StoryLint: STAR story', 'StoryLint: IOI story', 'StoryLint: Amazon Leadership Principle story', 'StoryLint: Netflix value story'];
const STRUCTURAL = ['missing-section', 'empty-section', 'invalid-front-matter'];

// What a candidate would write in each section, so the expanded story reads like a real one.
const FILLER: Record<string, string> = {
  Situation: 'At a marketplace with 60,000 sellers, checkout failed for 4% of orders and support logged 1,900 tickets a month.',
  Task: 'I owned the goal of cutting checkout failures below 1% within one quarter.',
  Action: 'I pulled two weeks of payment logs, found that retries hit a stale token, wrote the fix plan and reviewed it with three engineering leads.',
  Result: 'Within 12 weeks, checkout failures fell from 4% to 0.8% and tickets from 1,900 to 300 a month.',
  Inputs: 'I pulled two weeks of payment logs and wrote the fix plan with three engineering leads.',
  Outputs: 'We shipped the token refresh in week 6.',
  Impact: 'Within 12 weeks, checkout failures fell from 4% to 0.8% for 60,000 sellers.',
  Reflection: 'I would have pulled the logs a month earlier.',
};

const TITLE = 'Cut checkout failures from 4% to 0.8%';

const body = (name: string) => snippets[name]!.body.join('\n');
const sectionOf = (stop: TabStop) => [...stop.before.matchAll(/^## (\w+)/gm)].pop()?.[1];

/** Expands a snippet as a person would fill it: the first choice, realistic text in each section, the lists filled. */
function expand(lines: string[]): string {
  return expandSnippet(lines.join('\n'), (stop) => {
    const section = sectionOf(stop);
    if (section) return FILLER[section] ?? 'Filler text.';
    if (stop.before.endsWith('principles: [') && !stop.choices) return 'Deliver Results';
    if (stop.before.endsWith('stakeholders: [')) return 'three engineering leads';
    if (stop.before.endsWith('title: ')) return TITLE;
    return keepHints(stop);
  });
}

describe('snippets/markdown.json', () => {
  it('holds every snippet the product lists, each with a prefix and a description', () => {
    for (const name of [...STORY_SNIPPETS, 'StoryLint: experiment plan', 'StoryLint: impact summary', 'StoryLint: questions to ask the interviewer']) {
      const snippet = snippets[name];
      assert.ok(snippet, name);
      assert.ok(snippet.prefix.length > 0 && snippet.description && snippet.body.length > 0, name);
    }
  });

  for (const name of STORY_SNIPPETS) {
    it(`${name} expands into a story that passes the structure checks`, () => {
      const text = expand(snippets[name].body);
      assert.doesNotMatch(text, /\$\{|\$\d/, 'every placeholder is filled');
      const report = lintStory(text);
      const structural = report.findings.filter((f) => STRUCTURAL.includes(f.ruleId));
      assert.deepEqual(structural.map((f) => `${f.ruleId}: ${f.message}`), []);
    });
  }

  for (const name of STORY_SNIPPETS) {
    it(`${name} with its hints kept lints like New Story's draft: every section empty, no hint read as story text`, () => {
      const report = lintStory(expandSnippet(body(name), keepHints));
      const headings = body(name).match(/^## /gm) ?? [];
      assert.equal(report.findings.filter((f) => f.ruleId === 'empty-section').length, headings.length, 'every section is empty');
      assert.deepEqual(report.principles.filter((p) => p.evidenced || p.evidence.length > 0).map((p) => p.name), [], 'no hint is evidence');
      assert.deepEqual(report.summary?.chain, { inputs: '', outputs: '', impact: '' }, 'the summary quotes no hint');
      assert.equal(report.summary?.question, undefined, 'the question hint is a comment');
      assert.equal(parseStory(expandSnippet(body(name), keepHints)).frontMatter.meta.title, undefined, 'the title hint is a comment');
      assert.equal(report.title, 'Untitled story');
      assert.equal(report.summary?.title, 'Untitled story', 'the impact summary has no title yet');
      const draft = storyTemplate({ title: 'T', company: report.company, framework: report.framework, principles: report.principles.filter((p) => p.tagged).map((p) => p.name) });
      const template = lintStory(draft);
      const others = (r: typeof report) => r.findings.filter((f) => f.ruleId !== 'empty-section').map((f) => `${f.ruleId}: ${f.message}`);
      assert.deepEqual(others(report), others(template));
      assert.equal(report.score, template.score);
    });

    it(`${name}: the title typed over its hint is the story's title`, () => {
      const report = lintStory(expand(snippets[name].body));
      assert.equal(report.title, TITLE);
      assert.equal(report.summary?.title, TITLE);
    });

    it(`${name} has stakeholders: as a tab stop, which the impact summary reads`, () => {
      const filled = expand(snippets[name].body);
      assert.match(filled, /^stakeholders: \[three engineering leads\]$/m);
      assert.deepEqual(lintStory(filled).summary?.stakeholders, ['three engineering leads']);
    });
  }

  it("the STAR and IOI snippets give New Story's prompt under each heading", () => {
    for (const name of ['StoryLint: STAR story', 'StoryLint: IOI story']) {
      const hints: Array<[string, string]> = [];
      expandSnippet(body(name), (stop) => {
        const section = sectionOf(stop);
        if (section && stop.index > 0) hints.push([section, stop.placeholder ?? '']);
        return '';
      });
      assert.ok(hints.length >= 3, name);
      for (const [section, hint] of hints) assert.equal(hint, `<!-- ${SECTION_PROMPTS[section.toLowerCase() as keyof typeof SECTION_PROMPTS]} -->`, `${name}: ${section}`);
    }
  });

  // Netflix's story offers the core principles, the values and the well-known terms, not the values of retired memos.
  for (const [name, company, leftOut] of [
    ['StoryLint: Amazon Leadership Principle story', 'amazon', []],
    ['StoryLint: Netflix value story', 'netflix', ['legacy']],
  ] as const) {
    const offers = leftOut.length ? `every entry but the ${leftOut.join(', ')} ones` : 'every entry';
    it(`${name}: each principle offered is one YAML item naming a principle of the ${company} pack, ${offers} in the pack's order`, () => {
      const pack = builtInPacks().get(company)!;
      const expected = pack.principles.filter((p) => !(leftOut as readonly string[]).includes(p.kind)).map((p) => p.name);
      const line = snippets[name]!.body.find((l) => l.startsWith('principles: '))!;
      const offered = choicesIn(line);
      const named = offered.map((choice) => principleNamed(pack, choice.replace(/^"(.*)"$/, '$1'))?.name);
      assert.deepEqual(named.filter((n) => n === undefined), [], `every choice names a principle: ${offered.join(' | ')}`);
      assert.equal(new Set(named).size, named.length, 'no principle offered twice');
      assert.deepEqual(named, expected, `${offers}, in the pack's order`);
      offered.forEach((choice, i) => {
        // As VS Code inserts it with this option picked, the rest of the hints kept.
        const text = expandSnippet(body(name), (stop) => (stop.choices ? choice : keepHints(stop)));
        assert.deepEqual(parseStory(text).frontMatter.meta.principles, [named[i]], `${choice} is read as one name`);
        const report = lintStory(text);
        assert.deepEqual(report.principles.filter((p) => p.tagged).map((p) => p.name), [named[i]], choice);
        assert.deepEqual(report.findings.filter((f) => ['unknown-principle', 'invalid-front-matter'].includes(f.ruleId)), [], choice);
      });
    });
  }

  describe('the experiment plan', () => {
    const plan = body('StoryLint: experiment plan');
    // What a candidate would write after each label.
    const answers: Record<string, string> = {
      Experiment: 'trailers that autoplay on the title page',
      Hypothesis: 'if trailers autoplay, view-through will rise, because members see the story before they choose',
      'Primary metric': 'view-through rate',
      Guardrails: 'churn and playback errors',
      Duration: '4 weeks, 2 million members per arm',
      Confidence: '95% significance threshold, decided before launch',
    };
    const labelOf = (stop: TabStop) => /\*\*([^*]+):\*\* $/.exec(stop.before)?.[1] ?? '';
    // A Situation that gives no scale, so a figure the plan's hints add would show as no-scale going quiet.
    const inStory = (text: string) =>
      `---\ncompany: netflix\n---\n\n## Situation\n\nCheckout failed too often, and support heard about it daily.\n\n## Task\n\n${FILLER.Task}\n\n## Action\n\n${FILLER.Action} I ran an A/B test of the fix.\n\n${text}\n\n## Result\n\n${FILLER.Result}\n`;

    it('names everything experiment-incomplete asks for', () => {
      const filled = expandSnippet(plan, (stop) => answers[labelOf(stop)] ?? '');
      assert.doesNotMatch(filled, /<!--/, 'every stop is filled');
      assert.deepEqual(lintStory(inStory(filled)).findings.filter((f) => f.ruleId === 'experiment-incomplete').map((f) => f.message), []);
    });

    it('writes its hints as comments: kept, they add nothing the story is judged on', () => {
      const judged = (text: string) => {
        const report = lintStory(inStory(text));
        return { findings: report.findings.map((f) => `${f.ruleId}: ${f.message}`), score: report.score, speakingSeconds: report.speakingSeconds };
      };
      assert.deepEqual(judged(expandSnippet(plan, keepHints)), judged(expandSnippet(plan, () => '')));
      expandSnippet(plan, (stop) => {
        if (stop.placeholder !== undefined) assert.match(stop.placeholder, /^<!-- [^]*? -->$/, labelOf(stop));
        return '';
      });
    });
  });
});

describe('README on snippets', () => {
  const root = join(__dirname, '../../../..');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const entry = /^- \*\*Snippets\.\*\*[\s\S]*?(?=\n- |\n\n)/m.exec(readme)?.[0] ?? '';

  it('says to type the prefix and press Ctrl+Space, and names each snippet\'s prefix', () => {
    assert.ok(entry, 'the README lists the snippets');
    assert.match(entry, /press Ctrl\+Space/);
    assert.match(entry, /editor\.quickSuggestions/);
    for (const [name, snippet] of Object.entries(snippets)) assert.ok(entry.includes(`\`${snippet.prefix[0]}\``), `${name}: \`${snippet.prefix[0]}\``);
  });

  it('while the extension leaves the user\'s suggestion settings alone', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: Record<string, unknown> };
    assert.equal(manifest.contributes.configurationDefaults, undefined);
  });
});

