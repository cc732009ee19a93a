import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintStory, ruleIds } from '../../../src/core';

/**
 * Every rule's docs page (a diagnostic links to it) has the parts the issue asks for, and its examples
 * tell the truth: the Weak example draws the rule's finding and the Strong one does not.
 *
 * The examples are fragments a reader takes in at a glance (one section, or front matter and a
 * section), so each is set into a whole story before it is linted:
 * - a fragment with front matter is the whole story (what a tag or a short draft does depends on it);
 *   a missing title, company or framework comes from the template;
 * - a fragment of three sections or more is the whole body, under the template's front matter;
 * - otherwise its sections replace the template's of the same name, and others are added at the end.
 * The templates are the example bank's clean stories, one STAR and one IOI.
 */
const root = join(__dirname, '..', '..', '..', '..');
const docs = join(root, 'docs', 'rules');

const STAR_TEMPLATE = readFileSync(join(root, 'examples', 'amazon', 'catalog-ingestion-latency.story.md'), 'utf8');
const IOI_TEMPLATE = `---
title: Fixed zero-result searches
company: amazon
framework: ioi
principles: [Dive Deep]
---

## Inputs

I was the product manager for search on a marketplace with 40,000 sellers and 3 million monthly
shoppers. Zero-result searches had doubled over two months and nobody could say why. I pulled two
weeks of raw query logs myself and traced 1,200 zero-result queries back through the tokenizer. The
root cause was a synonym file that a catalog migration had truncated. I wrote a one-page proposal
with the traces and got the search lead to agree in one meeting, before the analytics team could
fit the question into its backlog.

## Outputs

I shipped the restored file behind a flag the same week. I then audited the dashboard metric, found
it counted bot traffic, and rewrote the query that feeds it with one analyst.

## Impact

Zero-result searches fell from 7.8% to 2.1% of queries within three weeks, and search conversion rose
from 11.0% to 12.4% over the next quarter, about $2M a month in sales.
`;

const PARTS = ['## What it checks', '## Why interviewers care', '## Weak', '## Strong', '## Configure'];
/** Examples told in words, or standing for a long story with a placeholder, are read, not linted. */
const TOLD_IN_WORDS: Record<string, ('## Weak' | '## Strong')[]> = {
  'too-long': ['## Weak', '## Strong'],
  'too-short': ['## Strong'],
};
/** Rules that read the story as a whole: their example is the whole body (the template's other sections would answer it). */
const WHOLE_BODY = new Set(['no-scale']);

interface Parsed {
  front?: string;
  sections: { heading: string; body: string }[];
}

function parse(markdown: string): Parsed {
  let text = markdown.replace(/\r\n/g, '\n');
  let front: string | undefined;
  const fm = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (fm) {
    front = fm[1];
    text = text.slice(fm[0].length);
  }
  const sections: Parsed['sections'] = [];
  for (const part of text.split(/^(?=## )/m)) {
    const heading = /^## (.*)/.exec(part);
    if (heading) sections.push({ heading: heading[1].trim(), body: part.slice(heading[0].length).trim() });
  }
  return { front, sections };
}

const field = (front: string, key: string) => new RegExp(`^${key}:`, 'm').test(front);

function asStory(fragment: string, wholeBody = false): string {
  const piece = parse(fragment);
  const ioi = piece.sections.some((s) => /^(inputs|outputs|impact)$/i.test(s.heading));
  const template = parse(ioi ? IOI_TEMPLATE : STAR_TEMPLATE);
  let front = template.front!;
  let sections = template.sections;
  if (piece.front !== undefined) {
    const filled = ['title', 'company', 'framework'].filter((key) => !field(piece.front!, key)).map((key) => front.split('\n').find((line) => line.startsWith(`${key}:`))!);
    front = [...filled, piece.front].join('\n');
    if (piece.sections.length > 0) sections = piece.sections;
  } else if (piece.sections.length >= 3 || wholeBody) {
    sections = piece.sections;
  } else {
    sections = sections.map((s) => piece.sections.find((p) => p.heading === s.heading) ?? s);
    sections.push(...piece.sections.filter((p) => !sections.includes(p)));
  }
  return `---\n${front}\n---\n\n${sections.map((s) => `## ${s.heading}\n\n${s.body}\n`).join('\n')}`;
}

/** The first fenced block under a `## heading`, or undefined. */
function example(page: string, heading: string): string | undefined {
  const start = page.indexOf(`\n${heading}\n`);
  if (start < 0) return undefined;
  const rest = page.slice(start + heading.length + 2);
  // The block must open before the next heading (its own lines may start with "## ").
  const block = /^```[a-z]*\n([\s\S]*?)^```/m.exec(rest);
  return block && !/^#{1,2} /m.test(rest.slice(0, block.index)) ? block[1] : undefined;
}

const fires = (id: string, fragment: string) => lintStory(asStory(fragment, WHOLE_BODY.has(id))).findings.some((f) => f.ruleId === id);

describe('rule docs pages', () => {
  it('the templates the examples are set into are clean', () => {
    assert.deepEqual(lintStory(STAR_TEMPLATE).findings.map((f) => f.ruleId), []);
    assert.deepEqual(lintStory(IOI_TEMPLATE).findings.map((f) => f.ruleId), []);
  });

  for (const id of ruleIds) {
    describe(id, () => {
      const path = join(docs, `${id}.md`);

      it('has a page with what it checks, why, a weak and a strong example, and how to configure it', () => {
        assert.ok(existsSync(path), `docs/rules/${id}.md is missing`);
        const page = readFileSync(path, 'utf8');
        assert.ok(page.startsWith(`# ${id}\n`), 'the page is titled with the rule id');
        const missing = PARTS.filter((part) => !page.includes(`\n${part}\n`));
        assert.deepEqual(missing, []);
        // In this order, so every page reads the same way.
        const at = PARTS.map((part) => page.indexOf(`\n${part}\n`));
        assert.deepEqual([...at].sort((a, b) => a - b), at);
        assert.match(page, /^\*\*Default severity:\*\* (error|warning|info)/m);
      });

      const page = existsSync(path) ? readFileSync(path, 'utf8') : '';
      const lintable = (heading: '## Weak' | '## Strong') => !(TOLD_IN_WORDS[id] ?? []).includes(heading);

      if (lintable('## Weak')) {
        it('its Weak example draws the finding', () => {
          const weak = example(page, '## Weak');
          assert.ok(weak, 'no fenced example under ## Weak');
          assert.ok(fires(id, weak), `the Weak example does not draw ${id}:\n${asStory(weak, WHOLE_BODY.has(id))}`);
        });
      }

      if (lintable('## Strong')) {
        it('its Strong example does not', () => {
          const strong = example(page, '## Strong');
          assert.ok(strong, 'no fenced example under ## Strong');
          assert.ok(!fires(id, strong), `the Strong example draws ${id}:\n${asStory(strong, WHOLE_BODY.has(id))}`);
        });
      }
    });
  }
});
