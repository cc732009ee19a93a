// Deterministic corpus of realistic stories for the benchmark: same seed, same bytes, on every machine.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: tiny, fast, and good enough to vary test data (Math.random cannot be seeded). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const companies = {
  amazon: ['Customer Obsession', 'Ownership', 'Invent and Simplify', 'Are Right, A Lot', 'Learn and Be Curious', 'Dive Deep', 'Deliver Results', 'Frugality', 'Earn Trust', 'Have Backbone; Disagree and Commit', 'Think Big', 'Bias for Action', 'Insist on the Highest Standards'],
  netflix: ['Judgment', 'Candor', 'Courage', 'Curiosity', 'Inclusion', 'Selflessness', 'Innovation', 'Freedom and Responsibility', 'Context, not Control'],
  generic: [],
};
const units = ['sellers', 'customers', 'members', 'orders a day', 'requests a second', 'engineers', 'stores', 'countries', 'TB of logs'];
const systems = ['checkout service', 'catalog pipeline', 'recommendations row', 'billing job', 'search index', 'onboarding flow', 'fraud model', 'warehouse tool', 'payments API', 'partner portal'];
const metrics = ['p95 latency', 'error rate', 'conversion', 'churn', 'view-through', 'ticket volume', 'cost per order', 'activation', 'retention', 'throughput'];
const vague = ['a lot', 'basically', 'kind of', 'significantly', 'I think', 'really', 'helped'];
const timeframes = ['within 14 weeks', 'by the end of Q3', 'after two weeks', 'three months after launch', 'in six weeks', 'by year end'];

const capitalize = (text) => text[0].toUpperCase() + text.slice(1);

function generator(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const num = () => int(2, 900).toLocaleString('en-US') + (random() < 0.3 ? ',000' : '');

  const situation = () => [
    `At a ${pick(['mid-size marketplace', 'streaming startup', 'logistics company', 'bank', 'travel site'])}, I was the ${pick(['product manager', 'tech lead', 'engineering manager', 'analyst'])} for the ${pick(systems)}.`,
    `It served ${num()} ${pick(units)}, and ${pick(metrics)} had drifted to ${int(2, 95)}% over ${int(2, 11)} months.`,
    `Support logged ${num()} tickets a month about it, and ${int(2, 9)} large accounts had asked for a fix before renewal.`,
    `The previous attempt to fix it had stalled after ${int(2, 8)} weeks because nobody owned the data end to end.`,
    `Leadership wanted a new ${pick(['cluster', 'vendor', 'team', 'rewrite'])}, which would have cost $${num()} and taken a year.`,
  ];
  const task = () => [
    `I owned the goal of moving ${pick(metrics)} by ${int(5, 60)}% before the ${pick(['holiday freeze', 'annual planning', 'Q4 launch', 'contract renewals'])}, with ${int(2, 9)} engineers and no new budget.`,
    `My manager asked me to have a plan within ${int(1, 3)} weeks and a result within a quarter.`,
  ];
  const action = (weak) => {
    const we = weak ? 'We' : 'I';
    return [
      `${we} pulled ${int(2, 8)} weeks of logs and traced ${num()} sample requests to find where the time went.`,
      `${we} found that one ${pick(['retry loop', 'batch job', 'cache miss', 'manual review step', 'lock'])} accounted for ${int(30, 90)}% of the delay.`,
      `I wrote a ${int(1, 4)}-page memo with the traces and walked ${int(2, 6)} leads through the trade-offs, including the option to do nothing.`,
      `${we} proposed two changes, cut the quarter's scope to those, and moved the rest to next year's plan.`,
      `I set weekly targets, published a dashboard of ${pick(metrics)}, and reviewed it with the team every Monday.`,
      weak ? `We ${pick(vague)} worked through the issues together and it went ${pick(vague)} better.` : `In week ${int(3, 10)}, a rollout created duplicates for ${num()} records; I paused it, wrote the fix with one engineer, and resumed within ${int(12, 72)} hours.`,
      `I ran an A/B test on ${int(5, 50)}% of traffic with ${pick(metrics)} as the primary metric for ${int(2, 6)} weeks at 95% confidence.`,
      `Before the launch I wrote the runbook, trained ${int(3, 30)} on-call engineers, and rehearsed the rollback twice.`,
      `I also met the ${pick(['finance', 'legal', 'support', 'sales'])} team to agree how the change would be announced to ${pick(units)}.`,
    ];
  };
  const result = (weak) =>
    weak
      ? [`The result was ${pick(vague)} better and people were ${pick(vague)} happy with it.`, `I think it was one of our most successful projects.`]
      : [
          `${capitalize(pick(timeframes))}, ${pick(metrics)} went from ${int(10, 99)}% to ${int(1, 9)}%.`,
          `Tickets fell from ${num()} to ${int(20, 400)} a month, and the work saved $${num()} a year.`,
          `Two of the at-risk accounts renewed, and the dashboard is still used by ${int(3, 12)} teams.`,
        ];

  return function story(index) {
    const company = pick(['amazon', 'amazon', 'netflix', 'netflix', 'generic']);
    const framework = random() < 0.8 ? 'star' : 'ioi';
    const weak = random() < 0.25;
    const principles = [...new Set([pick(companies[company].concat(['Synergy'])), pick(companies[company].concat(['Deliver Results']))])].filter(Boolean);
    const heading = (name) => (random() < 0.15 ? `**${name}:** ` : `## ${name}\n\n`);
    const paragraph = (sentences) => sentences.filter(() => random() < 0.9).join(' ');
    const names = framework === 'star' ? ['Situation', 'Task', 'Action', 'Result'] : ['Inputs', 'Outputs', 'Impact'];
    const bodies = framework === 'star' ? [situation(), task(), action(weak), result(weak)] : [situation().concat(action(weak)), task().concat(result(weak)), result(weak)];
    const sections = names
      .filter((_, i) => !(weak && i === 1 && random() < 0.3))
      .map((name) => `${heading(name)}${paragraph(bodies[names.indexOf(name)])}\n`);
    const front = [
      '---',
      `title: Story ${index} - ${pick(metrics)} on the ${pick(systems)}`,
      company === 'generic' && random() < 0.5 ? null : `company: ${company}`,
      `framework: ${framework}`,
      principles.length ? `principles: [${principles.map((p) => (p.includes(',') ? `"${p}"` : p)).join(', ')}]` : null,
      random() < 0.5 ? `question: Tell me about a time you ${pick(['delivered under a deadline', 'disagreed with your manager', 'dove deep into data'])}.` : null,
      '---',
    ].filter((line) => line !== null);
    return `${front.join('\n')}\n\n${sections.join('\n')}`;
  };
}

/** Writes `count` stories under `dir` (100 per folder, like a real bank split by company or year). */
export function writeCorpus(dir, count, seed = 20250601) {
  const stamp = join(dir, '.complete');
  const key = `${count}:${seed}:v1`;
  try {
    if (readFileSync(stamp, 'utf8') === key) return dir;
  } catch {
    // Not generated yet.
  }
  rmSync(dir, { recursive: true, force: true });
  const story = generator(prng(seed));
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `bank-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `story-${String(i).padStart(5, '0')}.story.md`), story(i));
  }
  writeFileSync(stamp, key);
  return dir;
}
