import type { ImpactSummary, PrincipleReport } from '../api';
import { stakeholdersIn } from '../analysis/stakeholders';
import type { StoryAnalysis } from '../analysis/storyAnalysis';
import type { Section } from '../parse/story';
import { quoteHead, sentencesIn } from '../text/sentences';
import { clip, sentenceAt } from './quotes';

const FROM_TO = /\bfrom\s+((?:[$€£¥]\s?)?[\d.,]+\s?[%\p{L}]*(?:\s[\p{L}]+)?)\s+to\s+((?:[$€£¥]\s?)?[\d.,]+\s?[%\p{L}]*(?:\s[\p{L}]+)?)/iu;

/** The one-page impact summary: the metric moved, who was influenced, how big, which principles, and the chain. */
export function impactSummary(a: StoryAnalysis, principles: PrincipleReport[]): ImpactSummary {
  const { story } = a;
  const meta = story.frontMatter.meta;
  return {
    title: storyTitle(a),
    company: a.pack.id,
    ...(meta.question ? { question: meta.question } : {}),
    ...metricOf(a),
    stakeholders: meta.stakeholders?.length ? meta.stakeholders : stakeholdersIn(a.body),
    scale: [...new Set(a.scale.map((s) => s.text.trim()))].slice(0, 4),
    principles: principles.filter((p) => p.evidenced && (p.tagged || p.kind === 'principle' || p.kind === 'value')).sort((x, y) => Number(y.tagged) - Number(x.tagged)).map((p) => p.name).slice(0, 5),
    chain: {
      inputs: lead(a, a.actionSection),
      outputs: lead(a, a.section(story.framework === 'ioi' ? 'outputs' : 'result')),
      impact: lead(a, a.section('impact')) || metricOf(a).metric?.text || '',
    },
  };
}

/** How many outcome numbers the summary looks at for the sentence that shows a change. */
const MAX_METRIC_TRIES = 32;

function metricOf(a: StoryAnalysis): Pick<ImpactSummary, 'metric'> {
  const { outcomes } = a.outcomeNumbers;
  if (outcomes.length === 0) return {};
  const prose = a.story.prose;
  // The first outcome sentence that shows a change, else the first: worked out one outcome at a time,
  // among the first few only (a Result holds a handful of numbers; a 1 MB one must not cost a sentence
  // split per number).
  let best: { text: string } | undefined;
  for (const outcome of outcomes.slice(0, MAX_METRIC_TRIES)) {
    const sentence = sentenceAt(prose, outcome.start, a.quotes);
    if (FROM_TO.test(sentence.text) || /\b(?:up|down|by|vs|versus)\b|[x×]\b/i.test(sentence.text)) {
      best = sentence;
      break;
    }
  }
  best ??= sentenceAt(prose, outcomes[0].start, a.quotes);
  const fromTo = FROM_TO.exec(best.text);
  const timeframe = a.outcomeTimeframes[0]?.text;
  return {
    metric: {
      text: best.text,
      ...(fromTo ? { from: fromTo[1].trim(), to: fromTo[2].trim() } : {}),
      ...(timeframe ? { timeframe } : {}),
    },
  };
}

/** The first two sentences of a section, as a line of the chain. */
function lead(a: StoryAnalysis, section: Section | undefined): string {
  if (!section) return '';
  const sentences = sentencesIn(a.story.prose, section.bodyStart, section.bodyEnd, 2);
  // quoteHead: the chain line is clipped to 320 characters, so a sentence's first 321 decide it.
  return clip(sentences.map((s) => quoteHead(s.text, 321)).join(' '), 320);
}

/** The story's title: front matter's, else its first level-1 heading. */
export function storyTitle(a: StoryAnalysis): string {
  return a.story.frontMatter.meta.title ?? firstHeading(a) ?? 'Untitled story';
}

function firstHeading(a: StoryAnalysis): string | undefined {
  const heading = a.story.blocks.find((b) => b.type === 'heading' && b.level === 1);
  return heading?.content.trim() || undefined;
}
